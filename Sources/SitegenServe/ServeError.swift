/// Why the preview server could not start, in words for the user.
public enum ServeError: Error, Sendable, CustomStringConvertible, Equatable {
    case portInUse(host: String, port: Int)
    case permissionDenied(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    case cannotCreateFolder(path: String, reason: String)
    case notASite(path: String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use: stop the other server or choose another port with --port"
        case .permissionDenied(let host, let port):
            "not allowed to listen on \(host):\(port): ports below 1024 need special rights; choose another port with --port"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason)"
        case .cannotCreateFolder(let path, let reason):
            "cannot create the preview folder \(path): \(reason)"
        case .notASite(let path):
            "no content/ folder in \(path): run sitegen serve in a site folder or pass --source DIR"
        }
    }
}
