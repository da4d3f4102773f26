import Foundation
import Hummingbird

/// The built site as Hummingbird's `FileMiddleware` sees it: the middleware does the HTTP
/// (validators, `304`, ranges, `HEAD`, content types), this provider decides which file a path
/// names, and refuses every path that leads outside the site (`StaticFileResolver`).
///
/// A file up to `readAtOnce` is read when it is identified, and its size and date come from the
/// same open file: a rebuild that replaces it between the headers and the body cannot make the
/// `Content-Length` false. HTML pages, whatever their size, get the live-reload script, counted
/// in their size. Larger files are streamed from the descriptor they were identified by.
struct SiteFileProvider: FileProvider {
    /// Replaced when a rebuild changes the site's sub-path.
    let resolver: Locked<StaticFileResolver>
    /// Pages rendered ahead of the build, served in place of their files.
    let overlay: PreviewOverlay

    init(resolver: Locked<StaticFileResolver>, overlay: PreviewOverlay = PreviewOverlay()) {
        self.resolver = resolver
        self.overlay = overlay
    }

    enum FileIdentifier: Sendable {
        /// A file read whole (a page with the live-reload script added).
        case contents([UInt8], modified: Date)
        /// A large file, streamed from the descriptor it was identified by, up to the size it had then.
        case stream(FileHandle, size: Int, modified: Date)
        case folder(path: String)
        case outsideRoot
    }

    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    /// Files up to this size are read at once, in the request's task: handing each small file
    /// to NIO's thread pool (as Hummingbird's `FileIO` does) cost two thirds of the throughput in `wrk`.
    static let readAtOnce = 4 << 20

    /// The file `SiteRequestMiddleware` resolved for the request being answered (its real path,
    /// checked to lie inside the site): the provider takes it instead of resolving the path again.
    @TaskLocal static var resolvedFile: String?

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        if let real = Self.resolvedFile {
            // A folder's path, asked first, then its `index.html`: the resolved file is that index.
            guard !path.hasSuffix("/") else { return .folder(path: String(real[..<(real.lastIndex(of: "/") ?? real.endIndex)])) }
            if let page = overlay.page(at: real) { return .contents(LiveReloadInjector.inject(into: page.bytes), modified: page.modified) }
            return Self.identify(real)
        }
        switch resolver.current.locate(decodedPath: path) {
        case .file(let real): return Self.identify(real)
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
        case .contents(let bytes, let modified):
            return FileAttributes(isFolder: false, size: bytes.count, modificationDate: modified)
        case .stream(_, let size, let modified):
            return FileAttributes(isFolder: false, size: size, modificationDate: modified)
        }
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        switch id {
        case .contents(let bytes, _): return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        case .stream(let handle, let size, _): return Self.body(of: handle, range: 0...max(size - 1, 0), size: size)
        case .folder, .outsideRoot: throw HTTPError(.notFound)
        }
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        switch id {
        case .contents(let bytes, _):
            let upper = min(range.upperBound, bytes.count - 1)
            // Past the end: `SiteRequestMiddleware` turns the response into a `416`.
            guard range.lowerBound <= upper else { return ResponseBody() }
            return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes[range.lowerBound...upper]))
        case .stream(let handle, let size, _):
            // Past the end: `SiteRequestMiddleware` turns the response into a `416`.
            guard range.lowerBound < size else { return ResponseBody() }
            return Self.body(of: handle, range: range, size: size)
        case .folder, .outsideRoot: throw HTTPError(.notFound)
        }
    }

    /// Bytes `range` of an open file, in chunks, never more than the `size` the headers gave: a
    /// rebuild renames a new file into place, and this descriptor still reads the old one.
    private static func body(of handle: FileHandle, range: ClosedRange<Int>, size: Int) -> ResponseBody {
        // An open range (`bytes=100-`) ends at `Int.max`.
        let end = min(range.upperBound, size - 1) + 1
        return ResponseBody(contentLength: max(end - range.lowerBound, 0)) { writer in
            var offset = range.lowerBound
            try handle.seek(toOffset: UInt64(offset))
            while offset < end {
                guard let data = try handle.read(upToCount: min(128 << 10, end - offset)), !data.isEmpty else { break }
                try await writer.write(ByteBuffer(bytes: data))
                offset += data.count
            }
            try await writer.finish(nil)
        }
    }

    /// A file by its real path: read whole when small (and given the script when a page), else
    /// its path; nil when it is gone or is not a regular file.
    static func identify(_ path: String) -> FileIdentifier? {
        // Non-blocking, in case something other than a file took the path's place; not through a
        // symlink put there since the path was resolved.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let info = FileInfo.of(descriptor: descriptor), info.kind == .file else { return nil }
        // Pages are read whole, whatever their size, to carry the live-reload script.
        guard info.size <= readAtOnce || isHTML(path) else { return .stream(handle, size: info.size, modified: date(info)) }
        guard let data = try? handle.readToEnd() ?? Data() else { return nil }
        let bytes = isHTML(path) ? LiveReloadInjector.inject(into: [UInt8](data)) : [UInt8](data)
        return .contents(bytes, modified: date(info))
    }

    /// A page with the live-reload script, for answers the preview makes itself (its `404.html`).
    static func page(at path: String) -> [UInt8]? {
        guard case .contents(let bytes, _)? = identify(path), isHTML(path) else { return nil }
        return bytes
    }

    static func isHTML(_ path: String) -> Bool {
        let name = path.lowercased()
        return name.hasSuffix(".html") || name.hasSuffix(".htm")
    }

    private static func date(_ info: FileInfo) -> Date {
        Date(timeIntervalSince1970: Double(info.modified) / 1_000_000_000)
    }
}
