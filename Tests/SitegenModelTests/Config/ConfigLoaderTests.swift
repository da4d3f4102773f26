import Testing
@testable import SitegenModel

@Suite("ConfigLoader")
struct ConfigLoaderTests {
    @Test func readsSettingsAndGazetteer() throws {
        let yaml = """
        title: Ukraine briefing
        description: A story.
        base_url: https://example.org/briefings/ukraine
        language: uk
        author: Desk
        markdown:
          unsafe_html: true
        home:
          articles: 5
          tags: 7
        taxonomies:
          tags: {title: Subjects}
          people: {title: Who}
        people:
          - name: Volodymyr Zelenskyy
            role: President of Ukraine
            aliases: [Zelensky, Zelenskiy]
        places:
          - name: Kyiv
            aliases: [Kiev]
        topics:
          - name: peace plan
        aliases:
          Jean-Noel Barrot: Jean-Noël Barrot
        unknown_key: kept quietly
        """
        let config = try ConfigLoader().parse(yaml, path: "content/site.yml")
        #expect(config.title == "Ukraine briefing")
        #expect(config.baseURL.absolute == "https://example.org/briefings/ukraine/")
        #expect(config.baseURL.path == "/briefings/ukraine/")
        #expect(config.language == "uk")
        #expect(config.allowRawHTML)
        #expect(config.homeArticleCount == 5 && config.homeTagCount == 7)
        #expect(config.tagsTitle == "Subjects" && config.peopleTitle == "Who")
        #expect(config.gazetteer.people.first?.aliases == ["Zelensky", "Zelenskiy"])
        #expect(config.gazetteer.role(of: "Volodymyr Zelenskyy") == "President of Ukraine")
        let resolver = NameResolver(gazetteer: config.gazetteer)
        #expect(resolver.resolve("zelensky") == "Volodymyr Zelenskyy")
        #expect(resolver.resolve("Kiev") == "Kyiv")
        #expect(resolver.resolve("Jean-Noel Barrot") == "Jean-Noël Barrot")
        #expect(resolver.resolve("Nobody Known") == "Nobody Known")
    }

    @Test func emptyFileGivesDefaults() throws {
        let config = try ConfigLoader().parse("", path: "content/site.yml")
        #expect(config == SiteConfig())
    }

    @Test func badBaseURLNamesItsLine() {
        #expect(throws: Diagnostic.error("`base_url` must be an absolute http or https URL such as https://example.org/briefing/, found `example.org`",
                                         at: SourceLocation(path: "content/site.yml", line: 2))) {
            try ConfigLoader().parse("title: x\nbase_url: example.org\n", path: "content/site.yml")
        }
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() {
        do {
            _ = try ConfigLoader().parse("title: x\npeople: [a, b\nlanguage: en\n", path: "content/site.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location?.path == "content/site.yml")
            #expect(error.location?.line != nil)
            #expect(error.message.hasPrefix("invalid YAML"))
        }
    }

    /// `outlets:` maps addresses (a host, or a host and a path) to outlets' names, as written.
    @Test func outletsMapAddressesToNames() throws {
        let yaml = """
        outlets:
          harbourtimes.example: The Harbour Times
          https://example.com/world/: Example World
        """
        let config = try ConfigLoader().parse(yaml, path: "content/site.yml")
        // Keyed as the outlet directory keys them: no scheme, `www.`, port or trailing slash, lower case.
        #expect(config.outlets == ["harbourtimes.example": "The Harbour Times", "example.com/world": "Example World"])
        #expect(try ConfigLoader().parse("outlets: {}", path: "content/site.yml").outlets == [:])
        #expect(try ConfigLoader().parse("outlets:\n  HTTPS://WWW.Example.com:8080/: Example\n", path: "s.yml").outlets == ["example.com": "Example"])
    }

    @Test func anOutletWithoutAnAddressOrANameNamesItsLine() {
        let address = "each key of `outlets` must be an address such as `example.com` or `news.example.com/world` "
            + "(an internationalised host in its `xn--` form), found "
        #expect(throws: Diagnostic.error(address + "`Harbour Times`", at: SourceLocation(path: "content/site.yml", line: 3))) {
            try ConfigLoader().parse("title: x\noutlets:\n  Harbour Times: The Harbour Times\n", path: "content/site.yml")
        }
        #expect(throws: Diagnostic.error(address + "`münchen.de`", at: SourceLocation(path: "content/site.yml", line: 2))) {
            try ConfigLoader().parse("outlets:\n  münchen.de: Münchner Zeitung\n", path: "content/site.yml")
        }
        #expect(throws: Diagnostic.error("`outlets`: `harbourtimes.example` needs the outlet's name, like `harbourtimes.example: The Example Times`",
                                         at: SourceLocation(path: "content/site.yml", line: 2))) {
            try ConfigLoader().parse("outlets:\n  harbourtimes.example:\n", path: "content/site.yml")
        }
        // Two spellings of one address would leave it to chance which name wins: refused.
        #expect(throws: Diagnostic.error("`outlets` lists `https://www.scmp.com/` twice: it is the same address as `scmp.com`",
                                         at: SourceLocation(path: "content/site.yml", line: 3))) {
            try ConfigLoader().parse("outlets:\n  scmp.com: SCMP\n  https://www.scmp.com/: South China MP\n", path: "content/site.yml")
        }
    }

    @Test func gazetteerEntryWithoutNameIsAnError() {
        #expect(throws: Diagnostic.self) {
            try ConfigLoader().parse("people:\n  - role: Envoy\n", path: "site.yml")
        }
    }

    @Test func baseURLNormalisation() {
        #expect(BaseURL("https://example.org")?.absolute == "https://example.org/")
        #expect(BaseURL("http://localhost:8000/a/b")?.path == "/a/b/")
        #expect(BaseURL("ftp://example.org/") == nil)
        #expect(BaseURL("/relative/") == nil)
        #expect(BaseURL("https://example.org/?q=1") == nil)
    }
}
