import Testing
@testable import SitegenModel

@Suite("Slug")
struct SlugTests {
    @Test(arguments: [
        ("Jean-Noël Barrot", "jean-noel-barrot"),
        ("peace plan", "peace-plan"),
        ("U.S. secretary of State", "us-secretary-of-state"),
        ("Zelenskyy’s  28-point plan!", "zelenskyys-28-point-plan"),
        ("  --Ukraine--  ", "ukraine"),
        ("Kraków & Łódź", "krakow-odz"),
        ("Ελλάδα", ""),
        ("University of Hawaiʻi", "university-of-hawaii"),
    ])
    func makesSlugs(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func shortensAtAWordBoundary() {
        let slug = Slug.make(String(repeating: "word ", count: 40), maxLength: 30)
        #expect(slug.count <= 30)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("word"))
    }

    @Test func validity() {
        #expect(Slug.isValid("peace-plan-2025"))
        #expect(!Slug.isValid("Peace"))
        #expect(!Slug.isValid("-a"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("a b"))
    }
}
