import Testing
@testable import SitegenModel

@Suite("FrontMatterParser")
struct FrontMatterParserTests {
    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let split = try FrontMatterParser().split("---\ntitle: A\ndate: 2025-11-20\n---\nBody\n", path: "a.md")
        #expect(split.yaml == "title: A\ndate: 2025-11-20")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func acceptsDotsAsClosingFenceAndTrailingSpaces() throws {
        let split = try FrontMatterParser().split("--- \ntitle: A\n...\n", path: "a.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "")
    }

    @Test func missingFrontMatterIsReportedAtLineOne() {
        #expect(throws: Diagnostic.error("no front matter: the file must start with a line `---`, then YAML (title, date), then `---`",
                                         at: SourceLocation(path: "a.md", line: 1))) {
            try FrontMatterParser().split("# Just markdown\n", path: "a.md")
        }
    }

    @Test func unclosedFrontMatter() {
        #expect(throws: Diagnostic.error("front matter is not closed: add a line `---` after the YAML",
                                         at: SourceLocation(path: "a.md", line: 1))) {
            try FrontMatterParser().split("---\ntitle: A\n\nBody", path: "a.md")
        }
    }
}
