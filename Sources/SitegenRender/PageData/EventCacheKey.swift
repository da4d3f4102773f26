import Crypto

extension PageData {
    /// What a timeline entry's page data holds, as a key for the build cache: the SHA-256 of every
    /// value its template can read (the site's values, the root, the event and its reports), each
    /// field prefixed by its length in UTF-8 bytes. Two entries with the same key render the same
    /// bytes, whatever the theme does with them (the theme itself is the build fingerprint's);
    /// no separator inside a field and no Unicode normalisation can make two keys alike.
    var eventCacheKey: String {
        eventCacheKey(prefix: Self.eventKeyPrefix(site: site, root: root))
    }

    /// The site's fields and the root as the key hashes them first: the same for every entry of one
    /// build, so worked out once for the thousands of entries of a large briefing.
    static func eventKeyPrefix(site: SiteData, root: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        for field in site.keyFields + [root] { appendField(field, to: &bytes) }
        return bytes
    }

    /// The key, with `prefix` from `eventKeyPrefix(site:root:)` for this page data's site and root.
    func eventCacheKey(prefix: [UInt8]) -> String {
        var bytes = prefix
        for field in event?.keyFields ?? [] { Self.appendField(field, to: &bytes) }
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// `length:bytes`, the length in UTF-8 bytes.
    private static func appendField(_ field: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(field.utf8.count).utf8)
        bytes.append(0x3A)
        bytes.append(contentsOf: field.utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
