import HTTPTypes
import Hummingbird
import SitegenMarkdown

/// What the preview decides before Hummingbird's `FileMiddleware` serves a file: which methods
/// it answers, where a folder or the sub-path's parent redirects, what is refused, the site's own
/// `404.html`, and the page shown while there is no site yet (a rebuild swapping it in waits).
struct SiteRequestMiddleware: RouterMiddleware {
    typealias Context = PreviewRequestContext

    /// Replaced when a rebuild changes the site's sub-path.
    let resolver: Locked<StaticFileResolver>
    /// For the page shown while there is no site yet (first build running or failed).
    let broadcaster: ReloadBroadcaster

    /// How long a request waits for a rebuild to swap the new site in.
    private static let swapWait: Duration = .milliseconds(20)
    private static let swapAttempts = 100
    private static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await answer(request, context: context, next: next)
        response.headers[Self.contentTypeOptions] = "nosniff"
        // Always revalidate: a rebuilt page must never come from the browser's cache (Hummingbird's
        // `CacheControl` knows only its own table of extensions, so it is set here for every answer).
        if request.uri.path != LiveReloadScript.eventsPath { response.headers[.cacheControl] = "no-cache" }
        if response.status == .ok || response.status == .partialContent, response.headers[.contentType] == nil {
            response.headers[.contentType] = "application/octet-stream"
        }
        return response
    }

    private func answer(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "405 Method Not Allowed\n", isHead: false, extra: [.allow: "GET, HEAD"])
        }
        if request.uri.path.hasPrefix(LiveReloadScript.prefix) { return try await next(request, context) }
        let isHead = request.method == .head
        let request = Self.withUsableRange(Self.splittingValidatorLists(request))
        var attempts = 0
        while true {
            let resolver = resolver.current
            switch resolver.resolve(request.uri.path, query: request.uri.query) {
            case .file(let real):
                do {
                    let response = try await SiteFileProvider.$resolvedFile.withValue(real) { try await next(request, context) }
                    return Self.refusingEmptyRanges(response, isHead: isHead)
                } catch let error as any HTTPResponseError where error.status != .notFound {
                    // A refusal from the file middleware or the provider (a symlink out): said in plain text.
                    return Self.text(error.status, "\(error.status.code) \(error.status.reasonPhrase)\n", isHead: isHead)
                } catch let error as any HTTPResponseError where error.status == .notFound {
                    // Replaced between resolving and opening it: resolve again.
                }
            case .redirect(let location):
                return Self.text(.movedPermanently, "Moved to \(location)\n", isHead: isHead, extra: [.location: location])
            case .notFound:
                return notFound(resolver, isHead: isHead)
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

    /// The site's `404.html` with status 404 (and the live-reload script), or a plain message.
    private func notFound(_ resolver: StaticFileResolver, isHead: Bool) -> Response {
        if case .file(let path) = resolver.notFoundPage(), let page = SiteFileProvider.page(at: path) {
            return Self.response(.notFound, page, contentType: ContentTypes.html, isHead: isHead)
        }
        return Self.text(.notFound, "404 Not Found\n", isHead: isHead)
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

    /// A range that starts past the end: `FileMiddleware` (2.28) answers `206` with a range like
    /// `bytes 100-22/23` and a negative length; RFC 9110 says `416` with the file's size.
    private static func refusingEmptyRanges(_ response: Response, isHead: Bool) -> Response {
        guard response.status == .partialContent, let range = response.headers[.contentRange],
              let bounds = range.split(separator: " ").last?.split(separator: "/"), bounds.count == 2,
              let span = bounds.first?.split(separator: "-", maxSplits: 1), span.count == 2,
              let first = Int(span[0]), let last = Int(span[1]), first > last
        else { return response }
        return text(.rangeNotSatisfiable, "416 Range Not Satisfiable\n", isHead: isHead, extra: [.contentRange: "bytes */\(bounds[1])"])
    }

    /// The `Range` header `FileMiddleware` handles as RFC 9110 says: one range `bytes=first-` or
    /// `bytes=first-last`, on a `GET`. Anything else (a suffix `bytes=-500`, which it would read as
    /// the first 501 bytes; several ranges; a `HEAD`, which it answers `200` with the range's
    /// length) is dropped, and the whole file is sent, as the RFC allows.
    private static func withUsableRange(_ request: Request) -> Request {
        guard let range = request.headers[.range] else { return request }
        if request.method == .get, range.hasPrefix("bytes="), case let span = range.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false),
           span.count == 2, !span[0].isEmpty, span[0].allSatisfy(\.isASCIIDigit), span[1].allSatisfy(\.isASCIIDigit),
           span[1].isEmpty || Int(span[0]) ?? .max <= Int(span[1]) ?? -1 {
            return request
        }
        var head = request.head
        head.headerFields[.range] = nil
        return Request(head: head, body: request.body)
    }

    /// `If-None-Match: "a", "b"` as one field per tag, the form `FileMiddleware` compares.
    private static func splittingValidatorLists(_ request: Request) -> Request {
        let tags = request.headers[values: .ifNoneMatch]
        guard tags.contains(where: { $0.contains(",") }) else { return request }
        var head = request.head
        head.headerFields[values: .ifNoneMatch] = tags.flatMap { $0.split(separator: ",") }
            .map { String($0.drop(while: { $0 == " " || $0 == "\t" })).trimmingTrailingBlanks }
        return Request(head: head, body: request.body)
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
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

private extension String {
    var trimmingTrailingBlanks: String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
