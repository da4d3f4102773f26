import SitegenModel
import Foundation

/// Well-known news outlets by the address they publish at: how `sitegen import` names an article's
/// source when the page does not spell the outlet's name, or spells it only in short (`SZ`,
/// `DER SPIEGEL`). The built-in list is `OutletList`; a site's `outlets:` in `site.yml` adds to it
/// and wins over it (`adding(_:)`).
public struct OutletDirectory: Sendable, Equatable {
    /// The outlet the directory names for an address, and the entry that named it.
    public struct Listing: Sendable, Equatable {
        public var name: String
        /// The entry's address: `lemonde.fr`, `news.sky.com`, `www3.nhk.or.jp/nhkworld`.
        public var key: String

        /// The labels of the entry's host: `[www3, nhk, or, jp]` for `www3.nhk.or.jp/nhkworld`.
        public var hostLabels: [String] {
            (key.split(separator: "/").first ?? "").split(separator: ".").map(String.init)
        }
    }

    /// Names by address: a host without `www.` (`lemonde.fr`), or a host and a path prefix
    /// (`www3.nhk.or.jp/nhkworld`), as `key(_:)` writes them.
    public private(set) var names: [String: String] = [:]
    /// The most path segments an entry has: a lookup tries no longer prefixes of a path.
    private var deepestPath = 0

    /// A directory of `names` (address → name); an address that is no host is left out.
    public init(names: [String: String] = [:]) {
        for (address, name) in names { add(address, name) }
    }

    /// The built-in directory, read from `OutletList` on first use.
    public static let builtIn = OutletDirectory(names: parse(OutletList.text).names)

    /// This directory with `entries` (address → name, as a site's `outlets:` gives them) added:
    /// they win over this directory's own. An address that is no host is skipped.
    public func adding(_ entries: [String: String]) -> OutletDirectory {
        var result = self
        // In key order, so that two spellings of one address (which `site.yml` refuses) could not
        // give a different name from run to run.
        for (address, name) in entries.sorted(by: { $0.key < $1.key }) { result.add(address, name) }
        return result
    }

    private mutating func add(_ address: String, _ name: String) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard let key = Self.key(address), !name.isEmpty else { return }
        names[key] = name
        deepestPath = max(deepestPath, key.split(separator: "/").count - 1)
    }

    /// The outlet that publishes at `host` and `path`: the entry with the longest path prefix
    /// of the host, then the host's own, then the same for each parent domain down to the
    /// registrable one (`edition.cnn.com` → `cnn.com`; `www.bbc.co.uk/sport/…` → `bbc.co.uk/sport`).
    public func listing(host: String, path: String = "") -> Listing? {
        guard !names.isEmpty, let hostKey = Self.key(host) else { return nil }
        let segments = path.lowercased().split(separator: "/").prefix(deepestPath).map(String.init)
        for domain in Self.domains(of: hostKey) {
            for count in stride(from: segments.count, through: 0, by: -1) {
                let key = ([domain] + segments.prefix(count)).joined(separator: "/")
                if let name = names[key] { return Listing(name: name, key: key) }
            }
        }
        return nil
    }

    /// An address as the directory keys it (see `OutletAddress.key`, which `site.yml`'s
    /// `outlets:` are checked with too).
    public static func key(_ address: String) -> String? {
        OutletAddress.key(address)
    }

    /// A host and its parent domains, down to the registrable one: `a.b.example.co.uk` →
    /// `[a.b.example.co.uk, b.example.co.uk, example.co.uk]`, never `co.uk`.
    static func domains(of host: String) -> [String] {
        let labels = host.split(separator: ".").map(String.init)
        // A country's second-level domain (`co.uk`, `com.au`, `or.jp`) is part of the suffix.
        let isSecondLevelSuffix = labels.count >= 3 && PageAddress.secondLevelSuffixes.contains(labels[labels.count - 2])
            && labels[labels.count - 1].count == 2
        let registrable = min(labels.count, isSecondLevelSuffix ? 3 : 2)
        return (registrable...labels.count).reversed().map { labels.suffix($0).joined(separator: ".") }
    }

    /// The entries of a list written as `OutletList` is, and what is wrong with the lines that are
    /// no entry: no tab, an address that is no host or is not written as `key(_:)` writes it, no
    /// name, an address listed twice.
    static func parse(_ text: String) -> (names: [String: String], problems: [String]) {
        var names: [String: String] = [:]
        var problems: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                problems.append("line \(number): no tab between the address and the name: \(line)")
                continue
            }
            let address = String(line[..<tab])
            let name = line[line.index(after: tab)...].trimmingCharacters(in: .whitespaces)
            guard let key = key(address) else {
                problems.append("line \(number): `\(address)` is no host with a dot")
                continue
            }
            if key != address { problems.append("line \(number): `\(address)` should be written `\(key)`") }
            if name.isEmpty { problems.append("line \(number): `\(address)` has no name") }
            if let earlier = names[key] {
                problems.append("line \(number): `\(key)` is listed twice (\(earlier); \(name))")
            } else if !name.isEmpty {
                names[key] = name
            }
        }
        return (names, problems)
    }
}
