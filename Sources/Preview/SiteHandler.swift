import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import Site

/// Serves the last good build from memory: pages with the reload script added, files from
/// content/ read from disk only when they really are inside it, the site's own 404 page
/// for anything else, and nothing at all outside the site.
struct SiteHandler: Sendable {
    let store: SiteStore
    /// content/ with every symlink resolved: copied files must lie under it.
    let contentRoot: String

    /// `target` is the request's path and query as the client sent them.
    func respond(to request: Request, target: String) async -> Response {
        guard let path = RequestPath.sitePath(target) else {
            return Self.text(.forbidden, "Forbidden: the path leaves the site.\n", request: request)
        }
        await store.waitForFirstBuild()
        let build = await store.build
        guard let site = await store.site else {
            return Self.page(.serviceUnavailable, Self.noSiteYet, build: build, request: request)
        }
        guard let file = site.files[path] else {
            if !path.hasSuffix("index.html"), site.files[path + "/index.html"] != nil {
                // Pages link relatively, so they must be served from their folder.
                return Response(status: .movedPermanently, headers: [.location: "/" + path + "/", .cacheControl: "no-store"])
            }
            let notFound: Data
            if case .bytes(let data)? = site.files["404.html"]?.contents { notFound = data } else { notFound = Data(Self.noSiteYet.utf8) }
            return Self.respond(.notFound, notFound, type: MediaType.html, build: build, request: request)
        }
        switch file.contents {
        case .bytes(let data):
            return Self.respond(.ok, data, type: MediaType.of(path: path), build: build, request: request)
        case .copy(let source):
            guard let real = realPath(source), real.hasPrefix(contentRoot + "/"),
                  let data = FileManager.default.contents(atPath: real) else {
                return Self.text(.forbidden, "Forbidden: this file lies outside the content folder.\n", request: request)
            }
            return Self.respond(.ok, data, type: MediaType.of(path: path), build: build, request: request)
        }
    }

    /// The path with every symlink resolved, or nil when it is not a readable file.
    private func realPath(_ path: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return resolved
    }

    static func respond(_ status: HTTPResponse.Status, _ data: Data, type: String, build: String, request: Request) -> Response {
        let body = type == MediaType.html ? ReloadScript.inject(into: data, build: build) : data
        return response(status, body, type: type, request: request)
    }

    static func page(_ status: HTTPResponse.Status, _ html: String, build: String, request: Request) -> Response {
        respond(status, Data(html.utf8), type: MediaType.html, build: build, request: request)
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, request: Request) -> Response {
        response(status, Data(text.utf8), type: MediaType.plainText, request: request)
    }

    /// A HEAD request gets the same headers with no body.
    static func response(_ status: HTTPResponse.Status, _ body: Data, type: String, request: Request) -> Response {
        var headers: HTTPFields = [
            .contentType: type,
            .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
        ]
        guard request.method == .head else {
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers)
    }

    /// Shown while the course has never built: the overlay lists what to fix.
    static let noSiteYet = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>parley preview</title></head>
        <body>
        <main><h1>The course does not build yet</h1><p>Fix the errors listed here or in the terminal and save: this page reloads by itself.</p></main>
        </body>
        </html>

        """
}
