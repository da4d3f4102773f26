import Foundation
import Testing
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenMarkdown
@testable import SitegenModel
import SitegenTestSupport

@Suite("ThemeLoader")
struct ThemeLoaderTests {
    static func files(_ overrides: [String: String?]) -> [(path: String, contents: Data)] {
        var files: [String: String] = [:]
        for name in Theme.requiredTemplates + Theme.optionalTemplates { files["\(name).mustache"] = "<p>{{page.title}}</p>" }
        for (path, text) in overrides { files[path] = text }
        return files.map { ($0.key, Data($0.value.utf8)) }
    }

    @Test func loadsTemplatesAndAssets() throws {
        let theme = try ThemeLoader().load(files: Self.files(["assets/site.css": "body{}", "partials/x.mustache": "x"]), origin: "templates/")
        #expect(theme.assets.map(\.path) == ["assets/site.css"])
        #expect(theme.render("home", ["page": ["title": "<Hi>"]]) == "<p>&lt;Hi&gt;</p>")
    }

    @Test func aThemeWithoutTheChangesTemplateLoadsAndSaysSo() throws {
        var files = Self.files([:])
        files.removeAll { $0.path == "changes.mustache" }
        let theme = try ThemeLoader().load(files: files, origin: "templates/")
        #expect(!theme.has("changes") && theme.has("home"))
    }

    @Test func reportsEveryProblemWithItsFileAndLine() {
        let files = Self.files([
            "article.mustache": "line one\n{{#open}}\nno close",
            "home.mustache": "a\nb\n{{> partials/missing}}",
            "briefing.mustache": nil,
        ])
        do {
            _ = try ThemeLoader().load(files: files, origin: "templates/")
            Issue.record("expected failure")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains("templates/article.mustache:3:9: template error: a section is not closed (missing `{{/name}}`)"))
            #expect(messages.contains("templates/briefing.mustache: missing template `briefing.mustache` (the combined briefing)"))
            #expect(messages.contains("templates/home.mustache:3: partial `partials/missing` not found (expected templates/partials/missing.mustache)"))
            #expect(messages.count == 3)
        }
    }

    @Test func siteWithoutTemplatesUsesTheBuiltInTheme() throws {
        let site = try TemporaryDirectory()
        let theme = try ThemeLoader().load(siteDirectory: site.url)
        #expect(theme.origin == "built-in theme")
        #expect(theme.assets.contains { $0.path == "assets/style.css" })
    }

    /// The built-in theme is generated from templates/ by scripts/embed-theme.py; they must not drift apart.
    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        let repository = Repository.root
        let folder = repository.appendingPathComponent("templates")
        let onDisk = ThemeLoader.regularFiles(in: folder)
        #expect(onDisk == EmbeddedTheme.files.map(\.path), "run scripts/embed-theme.py")
        for file in EmbeddedTheme.files {
            let text = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(text == file.contents, "\(file.path) differs from the built-in theme: run scripts/embed-theme.py")
        }
    }
}
