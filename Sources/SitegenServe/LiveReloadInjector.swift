/// Adds the live-reload script to an HTML page as it is served; the file on disk is not changed.
enum LiveReloadInjector {
    private static let tag = Array(LiveReloadScript.tag.utf8)
    private static let closingBody = Array("</body>".utf8)

    /// How many bytes injection adds: the same for every page, so a `HEAD` or `304` can give the
    /// length without reading the file.
    static var addedLength: Int { tag.count }

    /// The page with the script tag before its last `</body>` (any case), or at its end.
    static func inject(into page: [UInt8]) -> [UInt8] {
        let position = lastClosingBody(in: page) ?? page.count
        var result: [UInt8] = []
        result.reserveCapacity(page.count + tag.count)
        result.append(contentsOf: page[..<position])
        result.append(contentsOf: tag)
        result.append(contentsOf: page[position...])
        return result
    }

    private static func lastClosingBody(in page: [UInt8]) -> Int? {
        guard page.count >= closingBody.count else { return nil }
        var start = page.count - closingBody.count
        while start >= 0 {
            var matches = true
            for offset in 0..<closingBody.count {
                var byte = page[start + offset]
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
                if byte != closingBody[offset] { matches = false; break }
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }
}
