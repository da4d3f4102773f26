import Foundation
import Testing
@testable import SitegenScaffold
import SitegenCore
import SitegenModel
import SitegenTestSupport

@Suite("sitegen new")
struct NewSiteTests {
    static let site = NewSite(title: "Ceasefire \"talks\": Gaza\u{2019}s path", language: "pt-BR", date: ContentDate("2026-03-04")!)

    @Test func siteYAMLHasEveryKeyAndParsesToWhatWasAsked() throws {
        let yaml = site(Self.site, "content/site.yml")
        for key in ["title:", "description:", "base_url:", "language:", "author:", "search:", "briefing:", "full_articles:", "markdown:", "unsafe_html:", "home:",
                    "articles:", "tags:", "taxonomies:", "people:", "places:", "topics:", "aliases:", "outlets:"] {
            #expect(yaml.contains("\n" + key) || yaml.contains("  " + key), "\(key) missing")
        }
        let config = try ConfigLoader().parse(yaml, path: "content/site.yml")
        #expect(config.title == "Ceasefire \"talks\": Gaza\u{2019}s path")
        #expect(config.language == "pt-BR")
        // Every other key is written with its default value.
        var defaults = SiteConfig()
        defaults.title = config.title
        defaults.language = config.language
        defaults.baseURL = BaseURL("https://example.org/")!
        #expect(config == defaults)
    }

    func site(_ site: NewSite, _ path: String) -> String {
        String(decoding: site.files.first { $0.path == path }!.contents, as: UTF8.self)
    }

    @Test func theNewSiteBuildsWithTheBuiltInTheme() throws {
        let folder = try TemporaryDirectory()
        let report = try NewSiteWriter().write(Self.site, into: folder.url, displayPath: "site", force: false)
        #expect(report.written.sorted() == Self.site.files.map(\.path).sorted())
        #expect(!folder.exists("templates"))
        let built = try SiteBuilder(options: BuildOptions(siteDirectory: folder.url)).build()
        #expect(built.articles == 1 && built.warnings.isEmpty)
        let home = try folder.read("public/index.html")
        #expect(home.contains("<html lang=\"pt-BR\">"))
        #expect(home.contains("Ceasefire &quot;talks&quot;: Gaza\u{2019}s path"))
        #expect(try folder.read("public/articles/example-article/index.html").contains("4 March 2026"))
    }

    @Test func aFolderWithFilesIsRefusedUnlessForcedAndNothingIsReplaced() throws {
        let folder = try TemporaryDirectory()
        try folder.write("notes.txt", "mine")
        try folder.write("content/site.yml", "title: Mine\n")
        #expect(throws: NewSiteWriter.Refusal.notEmpty("site")) {
            try NewSiteWriter().write(Self.site, into: folder.url, displayPath: "site", force: false)
        }
        #expect(!folder.exists("content/briefing.md"))
        let report = try NewSiteWriter().write(Self.site, into: folder.url, displayPath: "site", force: true)
        #expect(report.kept == ["content/site.yml"])
        #expect(try folder.read("content/site.yml") == "title: Mine\n")
        #expect(try folder.read("notes.txt") == "mine")
        #expect(folder.exists("content/briefing.md") && folder.exists("content/articles/example-article.md"))
        // Nothing is left beside the files it wrote.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("content").path).sorted()
        #expect(names == ["articles", "briefing.md", "site.yml"])
    }

    @Test func aFileIsNoFolder() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("taken", "x")
        #expect(throws: NewSiteWriter.Refusal.notAFolder("taken")) {
            try NewSiteWriter().write(Self.site, into: file, displayPath: "taken", force: true)
        }
    }

    @Test(arguments: ["en", "de", "pt-BR", "zh-Hant-TW", "es-419"])
    func languageTags(_ tag: String) {
        #expect(NewSite.isLanguageTag(tag))
    }

    @Test(arguments: ["", "e", "english language", "en_US", "-en", "en-", "ünï", "12"])
    func notLanguageTags(_ tag: String) {
        #expect(!NewSite.isLanguageTag(tag))
    }
}
