import Crypto

extension PageData {
    /// What a timeline entry's page data holds, as a key for the build cache: the SHA-256 of every
    /// value its template can read (the site's values, the root, the event and its reports), each
    /// field prefixed by its length in UTF-8 bytes. Two entries with the same key render the same
    /// bytes, whatever the theme does with them (the theme itself is the build fingerprint's);
    /// no separator inside a field and no Unicode normalisation can make two keys alike.
    var eventCacheKey: String {
        var hasher = SHA256()
        for field in site.keyFields + [root] + (event?.keyFields ?? []) {
            let bytes = Array(field.utf8)
            hasher.update(data: Array(String(bytes.count).utf8) + [0x3A] + bytes)
        }
        return hasher.finalize().map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
