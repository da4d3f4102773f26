import Foundation
import Testing
@testable import SitegenScaffold
import SitegenCore
import SitegenModel
import SitegenTestSupport

@Suite("sitegen theme eject")
struct ThemeEjectTests {
    @Test func writesTheBuiltInThemeThatBuildsTheSameSite() throws {
        let folder = try TemporaryDirectory()
        _ = try NewSiteWriter().write(NewSite(title: "T", language: "en", date: ContentDate("2026-01-02")!), into: folder.url,
                                      displayPath: "site", force: false)
        _ = try SiteBuilder(options: BuildOptions(siteDirectory: folder.url, outputDirectory: folder.url.appendingPathComponent("before"))).build()
        let report = try ThemeEject().write(into: folder.url, force: false)
        #expect(report.written.count == ThemeEject().files.count && report.kept.isEmpty)
        #expect(folder.exists("templates/layout.mustache") && folder.exists("templates/assets/style.css"))
        _ = try SiteBuilder(options: BuildOptions(siteDirectory: folder.url, outputDirectory: folder.url.appendingPathComponent("after"))).build()
        for page in ["index.html", "briefing/index.html", "articles/example-article/index.html", "assets/style.css"] {
            #expect(try folder.read("before/\(page)") == folder.read("after/\(page)"), "\(page)")
        }
        // A second run finds every file as it wrote it.
        let again = try ThemeEject().write(into: folder.url, force: false)
        #expect(again.unchanged.count == ThemeEject().files.count && again.written.isEmpty)
    }

    @Test func anEditedFileStopsTheEjectUnlessForced() throws {
        let folder = try TemporaryDirectory()
        try folder.write("templates/layout.mustache", "<p>my layout</p>")
        let refused = try ThemeEject().write(into: folder.url, force: false)
        #expect(refused.kept == ["templates/layout.mustache"] && refused.written.isEmpty)
        #expect(try folder.read("templates/layout.mustache") == "<p>my layout</p>")
        // Nothing at all was written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("templates").path) == ["layout.mustache"])
        let forced = try ThemeEject().write(into: folder.url, force: true)
        #expect(forced.replaced == ["templates/layout.mustache"])
        #expect(try folder.read("templates/layout.mustache") != "<p>my layout</p>")
        #expect(try ThemeEject().edited(in: folder.url).isEmpty)
    }
}
