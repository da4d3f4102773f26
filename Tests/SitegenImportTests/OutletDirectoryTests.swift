import Foundation
import SitegenModel
import Testing
@testable import SitegenImport

struct OutletDirectoryTests {
    /// Every line of the built-in list is a comment, a blank or an entry: an address written as
    /// the directory keys it (a host with a dot, lower case, no `www.`), a tab and a name; and no
    /// address is listed twice.
    @Test func theBuiltInListIsWellFormed() {
        let parsed = OutletDirectory.parse(OutletList.text)
        #expect(parsed.problems == [])
        #expect(parsed.names.count >= 600)
        #expect(OutletDirectory.builtIn.names == parsed.names)
        for (address, name) in parsed.names {
            #expect(name == name.trimmingCharacters(in: .whitespaces) && !name.contains("\t"), "\(address)")
        }
    }

    /// The checker finds each kind of malformed line, with its number.
    @Test func aMalformedLineIsReported() {
        let text = """
        # a comment
        example.com\tThe Example Times
        harbour\tHarbour
        harbourtimes.com Harbour Times
        www.harbour.example\tHarbour
        empty.example\t
        example.com\tExample Again
        """
        let parsed = OutletDirectory.parse(text)
        #expect(parsed.names == ["example.com": "The Example Times", "harbour.example": "Harbour"])
        #expect(parsed.problems.map { $0.prefix(7) } == ["line 3:", "line 4:", "line 5:", "line 6:", "line 7:"])
        #expect(parsed.problems[0].contains("no host"))
        #expect(parsed.problems[1].contains("no tab"))
        #expect(parsed.problems[2].contains("should be written `harbour.example`"))
        #expect(parsed.problems[3].contains("has no name"))
        #expect(parsed.problems[4].contains("listed twice"))
    }

    @Test(arguments: [
        ("edition.cnn.com", "/2025/04/12/world/talks/index.html", "CNN"),
        ("amp.theguardian.com", "/world/2025/apr/12/talks", "The Guardian"),
        ("www.lemonde.fr", "/international/article/2025/04/12/x.html", "Le Monde"),
        ("www.scmp.com", "/news/china/article/1/x", "South China Morning Post"),
        ("www.sueddeutsche.de", "/politik/x-1.123", "Süddeutsche Zeitung"),
        ("www.sn.at", "/politik/x-123", "Salzburger Nachrichten"),
        ("tg24.sky.it", "/mondo/2025/04/12/x", "Sky TG24"),
        ("news.sky.com", "/story/x-123", "Sky News"),
        ("timesofindia.indiatimes.com", "/world/x/articleshow/1.cms", "The Times of India"),
    ])
    func aHostOrItsParentDomain(_ host: String, _ path: String, _ name: String) {
        #expect(OutletDirectory.builtIn.listing(host: host, path: path)?.name == name)
    }

    /// The longest path prefix listed wins over the host; prefixes are whole segments.
    @Test func aPathPrefixWinsOverTheHost() {
        let directory = OutletDirectory.builtIn
        #expect(directory.listing(host: "www3.nhk.or.jp", path: "/nhkworld/en/news/20250412_01/")
            == OutletDirectory.Listing(name: "NHK World-Japan", key: "www3.nhk.or.jp/nhkworld"))
        #expect(directory.listing(host: "www3.nhk.or.jp", path: "/news/html/20250412/k1.html")?.name == "NHK")
        #expect(directory.listing(host: "www3.nhk.or.jp", path: "/nhkworldwide/x")?.name == "NHK")
        #expect(directory.listing(host: "www.bbc.co.uk", path: "/sport/football/123")?.name == "BBC Sport")
        #expect(directory.listing(host: "www.bbc.co.uk", path: "/news/world-123")?.name == "BBC News")
        #expect(directory.listing(host: "www.bbc.com", path: "/Mundo/articles/c123")?.name == "BBC News Mundo")
    }

    /// Parent domains are tried down to the registrable domain, never a public suffix (`co.uk`);
    /// an unknown host is listed by none.
    @Test func parentDomainsStopAtTheRegistrableDomain() {
        #expect(OutletDirectory.domains(of: "a.b.example.co.uk") == ["a.b.example.co.uk", "b.example.co.uk", "example.co.uk"])
        #expect(OutletDirectory.domains(of: "edition.cnn.com") == ["edition.cnn.com", "cnn.com"])
        #expect(OutletDirectory.domains(of: "abc.net.au") == ["abc.net.au"])
        let suffixes = OutletDirectory(names: ["co.uk": "Not an outlet", "com": "Nor this"])
        #expect(suffixes.listing(host: "www.example.co.uk") == nil)
        #expect(OutletDirectory.builtIn.listing(host: "www.harbourtimes.example", path: "/x") == nil)
    }

    @Test func anAddressIsKeyedWithoutSchemeWwwOrTrailingSlash() {
        #expect(OutletDirectory.key("https://www.Example.com/World/?page=2") == "example.com/world")
        #expect(OutletDirectory.key("news.example.com.") == "news.example.com")
        #expect(OutletDirectory.key("localhost") == nil)
        #expect(OutletDirectory.key("exa mple.com") == nil)
        #expect(OutletDirectory.key("") == nil)
    }

    /// A site's entry wins over the built-in one for the same address, and adds addresses.
    @Test func aSitesOutletWinsOverTheBuiltInOne() {
        let directory = OutletDirectory.builtIn.adding(["scmp.com": "SCMP", "https://www.harbourtimes.example/": "The Harbour Times"])
        #expect(directory.listing(host: "www.scmp.com", path: "/news/x")?.name == "SCMP")
        #expect(directory.listing(host: "harbourtimes.example")?.name == "The Harbour Times")
        #expect(directory.listing(host: "www.lemonde.fr")?.name == "Le Monde")
        #expect(OutletDirectory.builtIn.listing(host: "www.scmp.com")?.name == "South China Morning Post")
    }

    // MARK: The outlet's name of a page

    /// The page's short form, capitals or acronym of a label the directory's entry covers gives way
    /// to the directory's name.
    @Test func theDirectorysNameWinsOverThePagesShortForm() {
        let nhk = PageAddress("https://www3.nhk.or.jp/nhkworld/en/news/20250412_01/")!
        #expect(nhk.outlet(in: ["NHK WORLD", "Talks resume in Geneva"]) == OutletName("NHK World-Japan", .directory))
        let nzz = PageAddress("https://www.nzz.ch/international/x-ld.123")!
        #expect(nzz.outlet(in: ["NZZ", "Gespräche in Genf"]) == OutletName("Neue Zürcher Zeitung", .directory))
        let scmp = PageAddress("https://www.scmp.com/news/china/article/1/x")!
        #expect(scmp.outlet(in: ["Copyright © 2025 SCMP Publishers"]) == OutletName("South China Morning Post", .directory))
        // Listed, and nothing on the page: the directory's name.
        let times = PageAddress("https://www.nytimes.com/2025/04/12/world/talks.html")!
        #expect(times.outlet(in: ["Talks resume in Geneva"]) == OutletName("The New York Times", .directory))
    }

    /// The page's spelling wins where it names a subdomain that the directory's entry (for the
    /// domain) does not cover; an address the directory lacks reads from its host.
    @Test func thePageOrTheHostWhereTheDirectoryHasNoEntryForIt() {
        let directory = OutletDirectory(names: ["example.com": "Example Group"])
        let subdomain = PageAddress("https://harbourtimes.example.com/coast/x-y-z")!
        #expect(subdomain.outlet(in: ["The Harbour Times"], outlets: directory) == OutletName("The Harbour Times", .page))
        #expect(subdomain.outlet(in: ["Menu"], outlets: directory) == OutletName("Example Group", .directory))
        let unknown = PageAddress("https://www.harbourtimes.com/coast/x-y-z")!
        #expect(unknown.outlet(in: ["Menu"]) == OutletName("Harbour Times", .host))
        #expect(unknown.outlet(in: ["Menu"]).name == unknown.readableHostName)
        #expect(unknown.outlet(in: ["© The Harbour Times"]) == OutletName("The Harbour Times", .page))
    }

    /// Through the importer: the site's `outlets:` names the source over the built-in directory.
    @Test func aSitesOutletNamesTheImportedSource() throws {
        let url = "https://www.scmp.com/news/world/article/1/ferry-services-resume-after-storm"
        let facts = EditorFacts(date: ContentDate("2024-01-21"), url: url)
        let builtIn = try Fixtures.importer().importArticle(try Fixtures.raw("brief.txt"), facts: facts)
        #expect(builtIn.source == "South China Morning Post")
        #expect(builtIn.notes.contains("source South China Morning Post from the address (the outlet directory)"))

        let site = try TemporarySite()
        defer { site.remove() }
        var importer = try SiteImporter(options: SiteImporter.Options(siteDirectory: site.root, facts: facts, outlets: ["scmp.com": "SCMP"]),
                                        gazetteer: Fixtures.gazetteer)
        let outcome = importer.importFile(Fixtures.rawURL("brief.txt"), displayName: "brief.txt")
        #expect(outcome.article?.source == "SCMP")
    }
}
