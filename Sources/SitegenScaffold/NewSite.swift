import Foundation
import SitegenModel

/// The files of a new briefing site (`sitegen new`): a `content/site.yml` with every key
/// present and explained, a `content/briefing.md`, and one example article. There is no
/// `templates/`: the built-in theme serves until `sitegen theme eject`.
public struct NewSite: Sendable {
    public var title: String
    /// A BCP 47 language tag: `en`, `de`, `pt-BR`.
    public var language: String
    /// The example article's date: the day the site is made.
    public var date: ContentDate

    public init(title: String, language: String, date: ContentDate) {
        self.title = title
        self.language = language
        self.date = date
    }

    /// The example article's file name, without `.md`.
    public static let exampleSlug = "example-article"

    public var files: [ScaffoldFile] {
        [
            ScaffoldFile(path: "\(SiteLayout.contentFolder)/\(SiteLayout.configFile)", text: siteYAML),
            ScaffoldFile(path: "\(SiteLayout.contentFolder)/\(SiteLayout.briefingFile)", text: briefing),
            ScaffoldFile(path: "\(SiteLayout.contentFolder)/\(SiteLayout.articlesFolder)/\(Self.exampleSlug).md", text: article),
            ScaffoldFile(path: ".gitignore", text: "# sitegen's build cache and lock, kept beside public/.\n/.public.sitegen-*\n"),
        ]
    }

    /// Whether `tag` looks like a BCP 47 language tag: letters, then parts of letters or digits.
    public static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// `text` as a YAML double-quoted scalar. JSON's string syntax is a subset of YAML's.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }

    var siteYAML: String {
        """
        # Site settings for sitegen. Every key is shown with its default where this file does not
        # set it; delete a key to go back to its default. Paths in the built site are relative, so
        # the same public/ works at a domain root, under a sub-path and from a local file server.

        # The site's name: in every page's title, the header and the feed.
        title: \(Self.quoted(title))
        # One or two sentences, for search engines and link previews.
        description: ""
        # Where the site will be published, ending in /. Used for canonical links, the feed and the
        # sitemap; `sitegen build --base-url URL` overrides it for one build.
        base_url: https://example.org/
        # The language of the articles, as a BCP 47 tag (en, de, fr-CA): the pages' lang attribute.
        language: \(Self.quoted(language))
        # Who publishes the briefing: shown in the footer and the feed.
        author: ""

        # A search box on every page, with an index of the articles written beside them
        # (search/). false leaves both out.
        search: true

        markdown:
          # Pass raw HTML in articles through. GFM's tag filter still disarms <script>, <iframe>,
          # <style> and the like, and javascript: links are always dropped.
          unsafe_html: false

        briefing:
          # How many of the newest articles the combined briefing shows in full; older ones are
          # shown by their summary, with a link, so a long-running story stays one readable page.
          full_articles: 50

        home:
          # How many of the latest articles the home page lists.
          articles: 20
          # How many tags, and how many people, the home page shows.
          tags: 20

        # The names of the two ways articles are grouped, as the pages show them.
        taxonomies:
          tags:
            title: Topics
          people:
            title: People

        # The gazetteer: the people, places and topics of this story. `sitegen import` tags the
        # articles it imports with them, and the build merges their aliases into one name. Import
        # also keeps the people it finds in content/gazetteer.yml; what is written here wins.
        people: []
        #  - name: Volodymyr Zelenskyy
        #    role: President of Ukraine
        #    aliases: [Zelensky, Zelenskiy]
        places: []
        #  - name: Kyiv
        #    aliases: [Kiev]
        topics: []
        #  - name: ceasefire
        #    aliases: [cease-fire]

        # Further variants, so that tags and people written by hand in front matter merge too:
        # variant: name.
        aliases: {}
        #  Zelensky: Volodymyr Zelenskyy

        # Outlets' names for `sitegen import`, by the address they publish at (a host, or a host and
        # a path): address: name. They win over the built-in directory of well-known outlets, which
        # names the source when the page does not spell it.
        outlets: {}
        #  harbourtimes.example: The Harbour Times
        #  example.com/world: Example World

        """
    }

    var briefing: String {
        """
        ---
        # The combined briefing's title, summary and key points: the home page and /briefing/ show them.
        title: \(Self.quoted(title))
        summary: One or two sentences on the story, for readers who read nothing else.
        key_points:
          - The first thing a reader must know.
          - The second.
        ---
        This introduction opens the briefing, above its timeline, who's who, key quotes and the
        articles in full. Write it in Markdown once the first articles are in.

        """
    }

    var article: String {
        """
        ---
        title: An example article
        date: \(date.isoDate)
        source: Example Outlet
        url: https://example.com/news/example-article
        section: World
        tags: [example]
        summary: What this file shows, in one sentence; delete it once the first real article is in.
        ---
        Each article is one Markdown file in `content/articles/`, and its file name is its address:
        this one is `/articles/\(Self.exampleSlug)/`. `title` and `date` are required.

        Import an outlet's page instead of writing the front matter by hand:

        ```sh
        sitegen import page.txt --url https://example.com/news/story
        ```

        Then review the Markdown it writes, and run `sitegen serve` to preview the site.

        """
    }
}
