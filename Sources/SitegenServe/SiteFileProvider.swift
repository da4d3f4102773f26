import Foundation
import Hummingbird

/// The built site as Hummingbird's `FileMiddleware` sees it: the middleware does the HTTP
/// (validators, `304`, ranges, `HEAD`, content types), this provider decides which file a path
/// names, and refuses every path that leads outside the site (`StaticFileResolver`).
///
/// HTML pages are read whole and given the live-reload script; their size is the size with it,
/// so that `Content-Length`, ranges and validators describe what is sent.
struct SiteFileProvider: FileProvider {
    /// Replaced when a rebuild changes the site's sub-path.
    let resolver: Locked<StaticFileResolver>
    private let fileIO = FileIO()

    init(resolver: Locked<StaticFileResolver>) {
        self.resolver = resolver
    }

    enum FileIdentifier: Sendable {
        case file(path: String, isHTML: Bool)
        case folder(path: String)
        case outsideRoot
    }

    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    /// The file `SiteRequestMiddleware` resolved for the request being answered (its real path,
    /// checked to lie inside the site): the provider takes it instead of resolving the path again.
    @TaskLocal static var resolvedFile: String?

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        if let real = Self.resolvedFile {
            // A folder's path, asked first, then its `index.html`: the resolved file is that index.
            guard !path.hasSuffix("/") else { return .folder(path: String(real[..<(real.lastIndex(of: "/") ?? real.endIndex)])) }
            return .file(path: real, isHTML: Self.isHTML(real))
        }
        switch resolver.current.locate(decodedPath: path) {
        case .file(let real): return .file(path: real, isHTML: Self.isHTML(real))
        case .folder(let real): return .folder(path: real)
        case .outsideRoot: return .outsideRoot
        case .missing, .rootMissing: return nil
        }
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        switch id {
        case .outsideRoot:
            throw HTTPError(.forbidden, message: "this path leads outside the site")
        case .folder(let path):
            guard let info = FileInfo.of(path), info.kind == .directory else { return nil }
            return FileAttributes(isFolder: true, size: 0, modificationDate: Self.date(info))
        case .file(let path, let isHTML):
            guard let info = FileInfo.of(path), info.kind == .file else { return nil }
            return FileAttributes(isFolder: false, size: info.size + (isHTML ? LiveReloadInjector.addedLength : 0),
                                  modificationDate: Self.date(info))
        }
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        guard case .file(let path, let isHTML) = id else { throw HTTPError(.notFound) }
        if let bytes = try Self.contents(at: path, isHTML: isHTML) { return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)) }
        return try await fileIO.loadFile(path: path, context: context)
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        guard case .file(let path, let isHTML) = id else { throw HTTPError(.notFound) }
        guard let bytes = try Self.contents(at: path, isHTML: isHTML) else {
            return try await fileIO.loadFile(path: path, range: range, context: context)
        }
        let upper = min(range.upperBound, bytes.count - 1)
        // Past the end: `SiteRequestMiddleware` turns the response into a `416`.
        guard range.lowerBound <= upper else { return ResponseBody() }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes[range.lowerBound...upper]))
    }

    /// Files up to this size are read at once, in the request's task: handing each small file
    /// to NIO's thread pool (as `FileIO` does) cost two thirds of the throughput in `wrk`.
    static let readAtOnce = 4 << 20

    /// The bytes to send (pages with the live-reload script), or nil for a large file that
    /// `FileIO` streams; not found when a rebuild took the file away meanwhile.
    static func contents(at path: String, isHTML: Bool) throws -> [UInt8]? {
        guard isHTML || (FileInfo.of(path)?.size ?? 0) <= readAtOnce else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw HTTPError(.notFound) }
        return isHTML ? LiveReloadInjector.inject(into: [UInt8](data)) : [UInt8](data)
    }

    /// A page with the live-reload script; not found when a rebuild took it away meanwhile.
    static func page(at path: String) throws -> [UInt8] {
        try contents(at: path, isHTML: true) ?? []
    }

    static func isHTML(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasSuffix(".htm")
    }

    private static func date(_ info: FileInfo) -> Date {
        Date(timeIntervalSince1970: Double(info.modified) / 1_000_000_000)
    }
}
