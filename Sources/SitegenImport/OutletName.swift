/// The name of the outlet that published a page, and what gave it.
public struct OutletName: Sendable, Equatable {
    public enum Origin: String, Sendable {
        /// The page spells the name, and its letters are a label of the page's host.
        case page = "the page's spelling"
        /// The outlet directory lists the page's address (built in, or the site's `outlets:`).
        case directory = "the outlet directory"
        /// Neither: the host's main label, cut into words (`kuwaittimes.com` → `Kuwait Times`).
        case host = "the words of the host"
    }

    public var name: String
    public var origin: Origin

    public init(_ name: String, _ origin: Origin) {
        self.name = name
        self.origin = origin
    }
}
