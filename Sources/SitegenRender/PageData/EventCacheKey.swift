import Crypto

extension PageData {
    /// What a timeline entry's page data holds, as a key for the build cache: the SHA-256 of every
    /// value its template can read (the site's values, the root, the event and its reports), each
    /// field prefixed by its length in UTF-8 bytes. Two entries with the same key render the same
    /// bytes, whatever the theme does with them (the theme itself is the build fingerprint's);
    /// no separator inside a field and no Unicode normalisation can make two keys alike.
    var eventCacheKey: String {
        // One buffer of `length:bytes` fields, hashed at once (the timeline of a large briefing has
        // thousands of entries, and this runs for each at every build).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        func add(_ field: String) {
            bytes.append(contentsOf: String(field.utf8.count).utf8)
            bytes.append(0x3A)
            bytes.append(contentsOf: field.utf8)
        }
        for field in site.keyFields { add(field) }
        add(root)
        for field in event?.keyFields ?? [] { add(field) }
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
