import Foundation
import HTTPTypes
import HummingbirdCore

/// Answers each request of the preview: the event stream, author hints and the preview's
/// own files under `/__parley/`, and the site for everything else. Requests that could be
/// a trick are refused before any of that.
struct PreviewResponder: Sendable {
    let store: SiteStore
    let hub: EventHub
    let site: SiteHandler
    /// Bound to loopback: answer only requests addressed to a loopback name.
    let isLoopbackOnly: Bool

    func respond(to request: Request) async -> Response {
        // The first Host header becomes the request's authority; one left among the
        // headers is a second one, which a proxy or cache in between might have read
        // instead of the first: refuse rather than pick one.
        guard !request.headers.contains(where: { $0.name.canonicalName == "host" }) else {
            return SiteHandler.text(.badRequest, "Bad request: more than one Host header.\n", request: request)
        }
        guard isAllowed(host: request.head.authority) else {
            return SiteHandler.text(.forbidden, "Forbidden: the preview answers only on its loopback address.\n", request: request)
        }
        guard request.method == .get || request.method == .head else {
            var response = SiteHandler.text(.methodNotAllowed, "Method not allowed: the preview only serves pages.\n", request: request)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let target = request.head.path ?? "/"
        let path = target.prefix { $0 != "?" && $0 != "#" }
        switch path {
        case PreviewAsset.prefix + "events":
            return await events(request)
        case PreviewAsset.prefix + "hints":
            return await hints(request)
        case let path where path.hasPrefix(PreviewAsset.prefix):
            let name = path.dropFirst(PreviewAsset.prefix.count)
            guard !name.contains("/"), let asset = PreviewAsset.named(String(name)) else {
                return SiteHandler.text(.notFound, "Not found\n", request: request)
            }
            return SiteHandler.response(.ok, asset.data, type: asset.mediaType, request: request)
        default:
            return await site.respond(to: request, target: target)
        }
    }

    private func events(_ request: Request) async -> Response {
        guard request.method != .head else {
            return SiteHandler.response(.ok, Data(), type: MediaType.eventStream, request: request)
        }
        await store.waitForFirstBuild()
        var greeting: [ServerEvent] = [.hello(build: await store.build)]
        let errors = await store.errors
        if !errors.isEmpty { greeting.append(.errors(errors)) }
        let stream = await hub.subscribe(greeting: greeting)
        return Response(status: .ok, headers: [.contentType: MediaType.eventStream, .cacheControl: "no-store"],
                        body: EventStream.body(stream))
    }

    private func hints(_ request: Request) async -> Response {
        await store.waitForFirstBuild()
        let page = request.uri.queryParameters["page"].flatMap { RequestPath.sitePath(String($0)) } ?? ""
        let key = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
        let hints = await store.site?.hints[key] ?? .none
        return SiteHandler.response(.ok, Data(ServerEvent.encode(hints).utf8), type: MediaType.json, request: request)
    }

    /// On loopback, only requests addressed to loopback names: another web site the
    /// author visits cannot read the preview through a DNS name that points here.
    private func isAllowed(host: String?) -> Bool {
        guard isLoopbackOnly, let host else { return true }
        var name = Substring(host)
        if name.hasPrefix("["), let end = name.firstIndex(of: "]") {
            name = name[name.index(after: name.startIndex)..<end]
        } else if let colon = name.lastIndex(of: ":") {
            name = name[..<colon]
        }
        return ["127.0.0.1", "localhost", "::1"].contains(name.lowercased())
    }
}
