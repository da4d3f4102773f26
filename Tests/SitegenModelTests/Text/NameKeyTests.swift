import Testing
@testable import SitegenModel

@Suite struct NameKeyTests {
    @Test func nameKeysMeetAcrossTransliterations() {
        #expect(NameKey.of("Qaddafi") == NameKey.of("Gaddafi"))
        #expect(NameKey.of("Mohammed") == NameKey.of("Muhammad"))
        #expect(NameKey.of("Erdogan") == NameKey.of("Erdoğan"))
        #expect(NameKey.of("al-Sisi") == NameKey.of("el-Sisi"))
        #expect(NameKey.of("Zelensky") == NameKey.of("Zelenskyy"))
        #expect(NameKey.of("Merz") != NameKey.of("Marx"))
    }

    @Test func doubledLettersAndDigraphsAreOne() {
        #expect(NameKey.of("Witkof") == NameKey.of("Witkoff"))
        #expect(NameKey.of("Philipp") == NameKey.of("Filip"))
        #expect(NameKey.ofName("J.D. Vance") == NameKey.ofName("JD Vance"))
    }
}
