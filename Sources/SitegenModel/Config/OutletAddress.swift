/// An address an outlet publishes at, as the outlet directory and `outlets:` in `site.yml` key
/// it: lower case, without a scheme, `www.`, a port, a query or a trailing `/`
/// (`https://www.Example.com:443/World/` → `example.com/world`).
public enum OutletAddress {
    /// The address's key; nil when its host has no dot or holds a character no host does (an
    /// internationalised host is written in its ASCII form, `xn--mnchen-3ya.de`).
    public static func key(_ address: String) -> String? {
        var text = address.trimmed.lowercased()
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        if let end = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<end]) }
        var parts = text.split(separator: "/").map(String.init)
        guard var host = parts.first else { return nil }
        parts.removeFirst()
        if let colon = host.firstIndex(of: ":"), host[host.index(after: colon)...].allSatisfy(\.isNumber) { host = String(host[..<colon]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        if host.hasSuffix(".") { host.removeLast() }
        guard host.contains("."), !host.hasPrefix("."), !host.contains(".."),
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return ([host] + parts).joined(separator: "/")
    }
}
