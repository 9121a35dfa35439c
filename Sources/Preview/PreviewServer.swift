import Course
import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import Site

/// `parley serve`: builds the course into memory, serves it over HTTP with HummingbirdCore,
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
    private let idleTimeout: Duration
    private let store = SiteStore(token: String(UInt64.random(in: 0...UInt64.max), radix: 36))
    private let hub = EventHub()
    private let connections = ConnectionRegistry()
    private var server: Server<PreviewChannel>?
    private var serving: Task<Void, Never>?
    private var loop: RebuildLoop?
    private var tasks: [Task<Void, Never>] = []

    /// `port` 0 picks a free port. The site's base URL becomes the server's address unless
    /// `build` names one. A connection that sends nothing for `idleTimeout` is closed,
    /// unless an answer is still going out on it, as on the event stream.
    public init(build: Build, host: String = "127.0.0.1", port: UInt16 = 0, pollInterval: Duration = .milliseconds(100),
                idleTimeout: Duration = .seconds(20)) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.idleTimeout = idleTimeout
    }

    /// Listens, builds the course and starts watching it. Returns the site's address and
    /// the first build, which may have failed: the browser then shows its errors.
    public func start(onRebuild: @escaping @Sendable (RebuildReport) -> Void = { _ in }) async throws -> (url: URL, first: RebuildReport) {
        let url = try await listen()
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

    /// Closes the event streams, the listening socket and every connection, and stops
    /// watching. Answers under way get a moment to finish; slow clients are cut off.
    public func stop() async {
        loop?.stop()
        loop = nil
        for task in tasks { task.cancel() }
        tasks = []
        await hub.close()
        if let server, let serving {
            // Stop accepting and close each connection once its answer is out, so the event
            // streams the hub has just ended close cleanly; then close what is left.
            let quiescing = Task { _ = try? await server.shutdownGracefully() }
            if !(await quiescing.finished(within: .milliseconds(300))) { connections.closeAll() }
            if !(await serving.finished(within: .milliseconds(300))) { serving.cancel() }
        }
        connections.closeAll()
        server = nil
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

    private static let quietLogger = Logger(label: "parley.preview") { _ in SwiftLogNoOpLogHandler() }

    /// Starts the server and waits until it listens, or fails to.
    private func listen() async throws -> URL {
        let name = host == "localhost" ? "127.0.0.1" : host
        guard (try? SocketAddress(ipAddress: name, port: 0)) != nil else { throw Failure.badHost(host) }
        let responder = PreviewResponder(
            store: store, hub: hub,
            site: SiteHandler(store: store, contentRoot: URL(fileURLWithPath: build.source).resolvingSymlinksInPath().standardizedFileURL.path),
            isLoopbackOnly: ["127.0.0.1", "localhost", "::1"].contains(host))
        let channel = PreviewChannel(
            responder: { request, writer, _ in
                let response = await responder.respond(to: request)
                try await writer.write(response: response.head, body: response.body)
            },
            idleTimeout: idleTimeout, limits: RequestHeadGuard.Limits(), connections: connections)
        let configuration = ServerConfiguration(
            address: .hostname(name, port: Int(port)),
            availableConnectionsDelegate: MaximumAvailableConnections(ConnectionLimit.forThisProcess(), logger: Self.quietLogger))
        let outcome = ListenOutcome()
        let server = Server(
            childChannelSetup: channel, configuration: configuration,
            onServerRunning: { channel in await outcome.listening(at: channel.localAddress) },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton, logger: Self.quietLogger)
        self.server = server
        serving = Task {
            do {
                try await server.run()
                await outcome.failed(CancellationError())
            } catch {
                await outcome.failed(error)
            }
        }
        do {
            return Self.url(of: try await outcome.address(), host: host)
        } catch {
            serving?.cancel()
            serving = nil
            self.server = nil
            let reason = (error as? IOError).map { String(cString: strerror($0.errnoCode)) } ?? "\(error)"
            throw Failure.cannotListen("\(host):\(port)", reason)
        }
    }

    /// The address to show and to give pages as their base URL: a wildcard address
    /// becomes the loopback address of its family.
    private static func url(of address: SocketAddress?, host: String) -> URL {
        var name = host == "localhost" ? "127.0.0.1" : host
        switch (address, address?.ipAddress) {
        case (.v4?, let ip?):
            name = ip == "0.0.0.0" ? "127.0.0.1" : ip
        case (.v6?, let ip?):
            name = ip == "::" ? "[::1]" : "[\(ip)]"
        default:
            break
        }
        let port = address?.port ?? 0
        return URL(string: "http://\(name):\(port)/") ?? URL(fileURLWithPath: "/")
    }
}
