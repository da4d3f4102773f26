#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HTTPTypes
import Hummingbird
import SitegenCore
import SitegenMarkdown
import SitegenModel

/// Answers `GET` and `HEAD` for the built site: files with their type and validators,
/// `304 Not Modified`, folder redirects, the site's own `404.html`, and the live-reload script
/// in every HTML page.
struct StaticFileResponder: Sendable {
    let resolver: StaticFileResolver
    /// For the page shown while there is no site yet (first build running or failed).
    let broadcaster: ReloadBroadcaster

    /// How long a request waits for a rebuild to swap the new site in.
    private static let swapWait: Duration = .milliseconds(20)
    private static let swapAttempts = 100
    private static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!

    func respond(to request: Request) async -> Response {
        let isHead = request.method == .head
        var attempts = 0
        while true {
            let resolution = resolver.resolve(request.uri.path, query: request.uri.query)
            switch resolution {
            case .file(let path):
                if let response = file(path, status: .ok, request: request, isHead: isHead) { return response }
                // Replaced between resolving and opening it: resolve again.
            case .redirect(let location):
                return Self.text(.movedPermanently, "Moved to \(location)\n", isHead: isHead, extra: [.location: location])
            case .notFound:
                return notFound(request, isHead: isHead)
            case .outsideRoot:
                return Self.text(.forbidden, "403 Forbidden: this path leads outside the site.\n", isHead: isHead)
            case .badRequest(let reason):
                return Self.text(.badRequest, "400 Bad Request: \(reason).\n", isHead: isHead)
            case .rootMissing:
                break
            }
            attempts += 1
            guard attempts < Self.swapAttempts, broadcaster.status.failure == nil || attempts < 3 else {
                return statusPage(isHead: isHead)
            }
            try? await Task.sleep(for: Self.swapWait)
        }
    }

    /// The site's `404.html` with status 404, or a plain message when there is none.
    private func notFound(_ request: Request, isHead: Bool) -> Response {
        if case .file(let path) = resolver.notFoundPage(),
           let response = file(path, status: .notFound, request: request, isHead: isHead) {
            return response
        }
        return Self.text(.notFound, "404 Not Found\n", isHead: isHead)
    }

    /// Serves one file; `nil` when it can no longer be opened as a regular file.
    private func file(_ path: String, status: HTTPResponse.Status, request: Request, isHead: Bool) -> Response? {
        // Non-blocking, in case something other than a file took the path's place.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let info = FileInfo.of(descriptor: descriptor), info.kind == .file else { return nil }

        let contentType = ContentTypes.forPath(path)
        let injects = ContentTypes.isHTML(contentType)
        let length = info.size + (injects ? LiveReloadInjector.addedLength : 0)
        var headers: HTTPFields = [
            .contentType: contentType,
            .contentLength: String(length),
            // Always revalidate: a rebuilt page must never come from the browser's cache.
            .cacheControl: "no-cache",
            Self.contentTypeOptions: "nosniff",
        ]
        if status == .ok {
            let tag = "\"\(String(info.inode, radix: 16))-\(String(info.size, radix: 16))-\(String(info.modified, radix: 16))\(injects ? "-live" : "")\""
            headers[.eTag] = tag
            headers[.lastModified] = HTTPDate.format(secondsSince1970: info.modifiedSeconds)
            if isNotModified(request, tag: tag, modified: info.modifiedSeconds) {
                headers[.contentType] = nil
                return Response(status: .notModified, headers: headers)
            }
        }
        if isHead { return Response(status: status, headers: headers) }
        guard var bytes = Self.readAll(descriptor, size: info.size) else { return nil }
        if injects { bytes = LiveReloadInjector.inject(into: bytes) }
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `If-None-Match` wins over `If-Modified-Since`, as RFC 9110 says.
    private func isNotModified(_ request: Request, tag: String, modified: Int) -> Bool {
        let matches = request.headers[values: .ifNoneMatch]
        if !matches.isEmpty {
            let candidates = matches.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces }
            return candidates.contains { $0 == "*" || $0 == tag || $0 == "W/" + tag }
        }
        if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return modified <= since
        }
        return false
    }

    /// Shown while there is no built site: the first build is running, or it failed.
    private func statusPage(isHead: Bool) -> Response {
        let status = broadcaster.status
        let body: String
        if let failure = status.failure {
            body = "<h1>The build failed</h1>\n<p>Fix the error below; this page reloads when the site builds.</p>\n<pre>\(HTMLText.escape(failure))</pre>"
        } else {
            body = "<h1>Building the site…</h1>\n<p>This page reloads when the site is ready.</p>"
        }
        let page = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>sitegen preview</title></head>\n<body>\n\(body)\n\(LiveReloadScript.tag)\n</body>\n</html>\n"
        return Self.response(.serviceUnavailable, Array(page.utf8), contentType: ContentTypes.html, isHead: isHead,
                             extra: [.retryAfter: "1"])
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, isHead: Bool, extra: HTTPFields = [:]) -> Response {
        response(status, Array(text.utf8), contentType: "text/plain; charset=utf-8", isHead: isHead, extra: extra)
    }

    static func response(_ status: HTTPResponse.Status, _ bytes: [UInt8], contentType: String, isHead: Bool,
                         extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .contentLength: String(bytes.count), .cacheControl: "no-cache"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers,
                        body: isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + offset, size - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
