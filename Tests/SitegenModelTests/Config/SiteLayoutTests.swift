import Foundation
import Testing
@testable import SitegenModel

struct SiteLayoutTests {
    @Test func everyPathOfASiteFolder() {
        let layout = SiteLayout(siteDirectory: URL(fileURLWithPath: "/srv/site"))
        #expect(layout.config.path == "/srv/site/content/site.yml")
        #expect(layout.gazetteer.path == "/srv/site/content/gazetteer.yml")
        #expect(layout.briefing.path == "/srv/site/content/briefing.md")
        #expect(layout.articles.path == "/srv/site/content/articles")
        #expect(layout.raw.path == "/srv/site/content/raw")
        #expect(layout.templates.path == "/srv/site/templates")
        #expect(layout.defaultOutput.path == "/srv/site/public")
    }

    /// What sitegen keeps beside an output folder is named after it, so two outputs in one folder never share a file.
    @Test func siblingsOfAnOutputFolderAreNamedAfterIt() {
        let siblings = OutputSiblings(output: URL(fileURLWithPath: "/srv/site/public"))
        #expect(OutputSiblings.Kind.allCases.map { siblings.url($0).path } == [
            "/srv/site/.public.sitegen-staging", "/srv/site/.public.sitegen-journal", "/srv/site/.public.sitegen-previous",
            "/srv/site/.public.sitegen-cache", "/srv/site/.public.sitegen-pieces", "/srv/site/.public.sitegen-lock",
        ])
        #expect(OutputSiblings.temporaryPath(for: "/srv/site/public/index.html") == "/srv/site/public/.index.html.sitegen-new")
    }
}
