import Testing
@testable import SitegenModel

struct TextFoldingTests {
    @Test func accentsCaseAndApostrophesFold() {
        #expect(TextFolding.fold("Jean-Noël Barrot") == "jean-noel barrot")
        #expect(TextFolding.fold("Erdoğan’s ÇAVUŞOĞLU") == "erdogan's cavusoglu")
        // Accents written as combining marks fold the same as precomposed ones.
        #expect(TextFolding.fold("Noe\u{0301}l") == TextFolding.fold("Noël"))
        // Other scripts are lower-cased and lose their diacritics too (`й` → `и`), not transliterated.
        #expect(TextFolding.fold("Зеленский") == "зеленскии")
    }

    @Test func aCharacterKeepsItsCase() {
        #expect(TextFolding.fold(Character("Ë")) == "E")
        #expect(TextFolding.fold(Character("\u{2019}")) == "'")
        #expect(TextFolding.fold(Character("“")) == "“")
    }

    @Test func slugsTakeASCIILettersOnly() {
        #expect(TextFolding.asciiLetters(for: "ß") == "ss")
        #expect(TextFolding.asciiLetters(for: "é") == "e")
        #expect(TextFolding.asciiLetters(for: "中") == "")
        #expect(Slug.make("Jean-Noël Barrot über Straßen") == "jean-noel-barrot-uber-strassen")
    }
}
