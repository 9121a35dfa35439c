import Course
import FlyingFox
import FlyingSocks
import Foundation
import Site

/// `parley serve`: builds the course into memory, serves it over HTTP with FlyingFox,
/// and after every save builds again and tells the open pages to reload, or to show what
/// went wrong over the last good version.
public actor PreviewServer {
    public enum Failure: Error, CustomStringConvertible {
        case badHost(String)
        case cannotListen(String, String)

        public var description: String {
            switch self {
            case .badHost(let host):
                return "error: '\(host)' is not an IP address to listen on; use e.g. 127.0.0.1, ::1 or 0.0.0.0"
            case .cannotListen(let address, let reason):
                return "error: cannot listen on \(address): \(reason)"
            }
        }
    }

    private let build: Build
    private let host: String
    private let port: UInt16
    private let pollInterval: Duration
    private let store = SiteStore(token: String(UInt64.random(in: 0...UInt64.max), radix: 36))
    private let hub = EventHub()
    private var http: HTTPServer?
    private var serving: Task<Void, Never>?
    private var loop: RebuildLoop?
    private var tasks: [Task<Void, Never>] = []

    /// `port` 0 picks a free port. The site's base URL becomes the server's address unless
    /// `build` names one.
    public init(build: Build, host: String = "127.0.0.1", port: UInt16 = 0, pollInterval: Duration = .milliseconds(100)) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// Listens, builds the course and starts watching it. Returns the site's address and
    /// the first build, which may have failed: the browser then shows its errors.
    public func start(onRebuild: @escaping @Sendable (RebuildReport) -> Void = { _ in }) async throws -> (url: URL, first: RebuildReport) {
        let server = HTTPServer(config: .init(address: try address(), logger: Self.quietLogger))
        await addRoutes(to: server)
        let url = try await listen(server)
        var build = self.build
        if build.baseURL == nil { build.baseURL = url.absoluteString }
        let builder = PreviewBuilder(build: build)
        let loop = RebuildLoop(builder: builder, folders: [builder.contentFolder, build.themesFolder], interval: pollInterval)
        let first: RebuildLoop.Build
        do {
            first = try await loop.start()
        } catch {
            await stop()
            throw error
        }
        self.loop = loop
        await Self.apply(first, store: store, hub: hub)
        let store = store, hub = hub
        tasks.append(Task {
            for await next in loop.builds {
                await Self.apply(next, store: store, hub: hub)
                onRebuild(next.report)
            }
        })
        tasks.append(Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await hub.sendKeepAlive()
            }
        })
        return (url, first.report)
    }

    /// Closes the event streams and the listening socket, and stops watching.
    public func stop() async {
        loop?.stop()
        loop = nil
        for task in tasks { task.cancel() }
        tasks = []
        await hub.close()
        // The event streams are closed and pages load in milliseconds: no need to wait long.
        await http?.stop(timeout: 0.2)
        serving?.cancel()
        http = nil
        serving = nil
    }

    private static func apply(_ build: RebuildLoop.Build, store: SiteStore, hub: EventHub) async {
        if let site = build.outcome.site {
            await store.publish(site)
            await hub.send(.reload(build: await store.build, pages: build.outcome.pages))
        } else {
            await store.fail(build.outcome.diagnostics)
            await hub.send(.errors(build.outcome.diagnostics))
        }
    }

    // MARK: Listening

    private static let quietLogger: DisabledLogger = .disabled

    private func address() throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        if let ip4 = try? sockaddr_in.inet(ip4: name, port: port) { return ip4 }
        if let ip6 = try? sockaddr_in6.inet6(ip6: name, port: port) { return ip6 }
        throw Failure.badHost(host)
    }

    /// Starts the server and waits until it listens, or fails to.
    private func listen(_ server: HTTPServer) async throws -> URL {
        let failure = ListenFailure()
        serving = Task {
            do { try await server.run() } catch { await failure.record(error) }
        }
        http = server
        for _ in 0..<500 {
            if let address = await server.listeningAddress {
                return Self.url(of: address, host: host)
            }
            if let error = await failure.error {
                http = nil
                throw Failure.cannotListen("\(host):\(port)", "\(error.localizedDescription)")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        await stop()
        throw Failure.cannotListen("\(host):\(port)", "timed out")
    }

    private static func url(of address: Socket.Address, host: String) -> URL {
        let port: UInt16
        var name = host
        switch address {
        case .ip4(let bound, let boundPort):
            port = boundPort
            if bound == "0.0.0.0" { name = "127.0.0.1" }
        case .ip6(let bound, let boundPort):
            port = boundPort
            name = bound == "::" ? "[::1]" : "[\(bound)]"
        case .unix:
            port = 0
        }
        if name == "localhost" { name = "127.0.0.1" }
        return URL(string: "http://\(name):\(port)/") ?? URL(fileURLWithPath: "/")
    }

    // MARK: Routes

    private func addRoutes(to server: HTTPServer) async {
        let store = store, hub = hub
        let isLoopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        let contentRoot = URL(fileURLWithPath: build.source).resolvingSymlinksInPath().standardizedFileURL.path
        let site = SiteHandler(store: store, contentRoot: contentRoot)

        await server.appendRoute("GET,HEAD /__parley/events") { request in
            guard Self.isAllowed(request, loopbackOnly: isLoopback) else { return Self.refused(request) }
            guard request.method != .HEAD else {
                return SiteHandler.response(.ok, Data(), type: MediaType.eventStream, request: request)
            }
            await store.waitForFirstBuild()
            var greeting: [ServerEvent] = [.hello(build: await store.build)]
            let errors = await store.errors
            if !errors.isEmpty { greeting.append(.errors(errors)) }
            let stream = await hub.subscribe(greeting: greeting)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: MediaType.eventStream, .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventStream(messages: stream)))
        }
        await server.appendRoute("GET,HEAD /__parley/hints") { request in
            guard Self.isAllowed(request, loopbackOnly: isLoopback) else { return Self.refused(request) }
            await store.waitForFirstBuild()
            let page = request.query["page"].flatMap(RequestPath.sitePath) ?? ""
            let key = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
            let hints = await store.site?.hints[key] ?? .none
            return SiteHandler.response(.ok, Data(ServerEvent.encode(hints).utf8), type: MediaType.json, request: request)
        }
        await server.appendRoute("GET,HEAD /__parley/:name") { request in
            guard Self.isAllowed(request, loopbackOnly: isLoopback) else { return Self.refused(request) }
            let name = String(request.path.split(separator: "/").last ?? "")
            guard let asset = PreviewAsset.named(name) else {
                return SiteHandler.text(.notFound, "Not found\n", request: request)
            }
            return SiteHandler.response(.ok, asset.data, type: asset.mediaType, request: request)
        }
        await server.appendRoute("GET,HEAD /*") { request in
            guard Self.isAllowed(request, loopbackOnly: isLoopback) else { return Self.refused(request) }
            return try await site.handleRequest(request)
        }
    }

    /// On loopback, only requests addressed to loopback names: another web site the
    /// author visits cannot read the preview through a DNS name that points here.
    private static func isAllowed(_ request: HTTPRequest, loopbackOnly: Bool) -> Bool {
        guard loopbackOnly else { return true }
        guard let host = request.headers[.host] else { return true }
        var name = Substring(host)
        if name.hasPrefix("["), let end = name.firstIndex(of: "]") {
            name = name[name.index(after: name.startIndex)..<end]
        } else if let colon = name.lastIndex(of: ":") {
            name = name[..<colon]
        }
        return ["127.0.0.1", "localhost", "::1"].contains(name.lowercased())
    }

    private static func refused(_ request: HTTPRequest) -> HTTPResponse {
        SiteHandler.text(.forbidden, "Forbidden: the preview answers only on its loopback address.\n", request: request)
    }
}

/// Why the server stopped before it listened, if it did.
private actor ListenFailure {
    private(set) var error: (any Error)?

    func record(_ error: any Error) {
        self.error = error
    }
}
