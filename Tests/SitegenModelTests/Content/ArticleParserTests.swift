import Testing
@testable import SitegenModel

@Suite("ArticleParser")
struct ArticleParserTests {
    func parse(_ text: String, slug: String = "an-article") -> Result<Article, BuildFailure> {
        ArticleParser().parse(text, path: "content/articles/\(slug).md", defaultSlug: slug)
    }

    @Test func readsEveryField() throws {
        let text = """
        ---
        title: Leavitt denies the plan asks concessions
        date: 2025-11-20
        source: Example Outlet
        url: https://example.com/story
        section: World
        tags: [peace plan, Ukraine, Russia]
        people:
          - Karoline Leavitt
          - Steve Witkoff
        summary: One or two sentences.
        quotes:
          - speaker: Karoline Leavitt
            text: This is a good plan for both Russia and Ukraine.
          - text: A quote with no clear speaker.
        events:
          - date: 2025-11-18
            text: Envoys meet.
        draft: false
        editor_note: keep this
        ---
        Body **text**.
        """
        let article = try parse(text).get()
        #expect(article.slug == "an-article")
        #expect(article.title == "Leavitt denies the plan asks concessions")
        #expect(article.date.isoDate == "2025-11-20")
        #expect(article.source == "Example Outlet")
        #expect(article.sourceURL == "https://example.com/story")
        #expect(article.section == "World")
        #expect(article.tags == ["peace plan", "Ukraine", "Russia"])
        #expect(article.people == ["Karoline Leavitt", "Steve Witkoff"])
        #expect(article.quotes == [.init(speaker: "Karoline Leavitt", text: "This is a good plan for both Russia and Ukraine.", line: 13),
                                   .init(speaker: nil, text: "A quote with no clear speaker.", line: 15)])
        #expect(article.events == [.init(date: ContentDate("2025-11-18")!, text: "Envoys meet.", line: 17)], "the editor's events, not found ones")
        #expect(article.draft == false)
        #expect(article.extra == ["editor_note": "keep this"])
        #expect(article.body == "Body **text**.")
        #expect(article.bodyFirstLine == 22)
    }

    @Test func missingTitleAndDateAreBothReported() {
        guard case let .failure(failure) = parse("---\nsource: X\n---\nBody") else {
            Issue.record("expected failure"); return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "content/articles/an-article.md:2: missing required field `title`",
            "content/articles/an-article.md:2: missing required field `date`",
        ])
    }

    @Test func badDateNamesItsLine() {
        guard case let .failure(failure) = parse("---\ntitle: A\ndate: 20 November 2025\n---\n") else {
            Issue.record("expected failure"); return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "content/articles/an-article.md:3: `date` must be a date like 2025-11-20 (or 2025-11-20T14:30:00Z), found `20 November 2025`",
        ])
    }

    @Test func impossibleDateIsRejected() {
        guard case .failure = parse("---\ntitle: A\ndate: 2025-02-30\n---\n") else {
            Issue.record("expected failure"); return
        }
    }

    @Test func yamlErrorLineIsTheFileLine() {
        guard case let .failure(failure) = parse("---\ntitle: A\ndate: 2025-11-20\ntags: [a, b\n---\nBody") else {
            Issue.record("expected failure"); return
        }
        let line = failure.diagnostics.first?.location?.line ?? 0
        #expect(line >= 4 && line <= 5)
        #expect(failure.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func wrongShapesAreErrors() {
        guard case let .failure(failure) = parse("---\ntitle: [a, b]\ndate: 2025-11-20\nquotes: just text\n---\n") else {
            Issue.record("expected failure"); return
        }
        #expect(failure.diagnostics.count == 2)
        #expect(failure.diagnostics[0].description == "content/articles/an-article.md:2: `title` must be a single value, found a list")
    }

    @Test func invalidFileNameNeedsASlug() {
        guard case let .failure(failure) = parse("---\ntitle: A\ndate: 2025-11-20\n---\n", slug: "My Article") else {
            Issue.record("expected failure"); return
        }
        #expect(failure.diagnostics.first?.message.contains("suggested: my-article.md") == true)
    }

    @Test func slugKeyOverridesFileName() throws {
        let article = try parse("---\ntitle: A\ndate: 2025-11-20\nslug: custom-slug\n---\n").get()
        #expect(article.slug == "custom-slug")
    }

    @Test func draftAndScalarTags() throws {
        let article = try parse("---\ntitle: A\ndate: 2025-11-20T09:30:00+02:00\ntags: Ukraine\ndraft: yes\n---\n").get()
        #expect(article.draft)
        #expect(article.tags == ["Ukraine"])
        #expect(article.date.rfc3339 == "2025-11-20T09:30:00+02:00")
    }

    /// Without `events:`, the build finds the events in the text; with it (even empty), the editor's list is the list.
    @Test func eventsAreFoundInTheTextUnlessTheFrontMatterListsThem() throws {
        let body = "---\ntitle: Talks\ndate: 2025-11-20\n%@---\nEnvoys met in Geneva on Tuesday to discuss the plan.\n\nThey will meet again in Abu Dhabi on December 2.\n"
        let found = try ArticleParser(language: "en").parse(body.replacingOccurrences(of: "%@", with: ""), path: "a.md", defaultSlug: "a").get()
        #expect(found.events.map { "\($0.date.isoDate) \($0.planned) \($0.line ?? 0) \($0.found)" } == ["2025-11-18 false 5 true", "2025-12-02 true 7 true"])
        let none = try ArticleParser(language: "en").parse(body.replacingOccurrences(of: "%@", with: "events: []\n"), path: "a.md", defaultSlug: "a").get()
        #expect(none.events.isEmpty)
        let edited = try ArticleParser(language: "en").parse(body.replacingOccurrences(of: "%@", with: "events:\n  - date: 2025-12-02\n    text: Talks in Abu Dhabi.\n    planned: true\n    sentence: They will meet again.\n"), path: "a.md", defaultSlug: "a").get()
        #expect(edited.events == [.init(date: ContentDate("2025-12-02")!, text: "Talks in Abu Dhabi.", planned: true, sentence: "They will meet again.", line: 5)])
    }
}
