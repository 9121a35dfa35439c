#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A bare HTTP/1.1 client over a socket: it sends the request target exactly as written,
/// where URLSession would tidy `..` away, and reads event streams as they arrive.
/// Blocking calls run on threads of their own, away from the test's tasks.
enum RawHTTPClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func request(port: UInt16, _ target: String, method: String = "GET", host: String = "127.0.0.1") async throws -> Response {
        try await onThread {
            let socket = try connect(port: port)
            defer { close(socket) }
            try send(socket, "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n")
            var data = Data()
            while let chunk = try receive(socket) { data.append(chunk) }
            return try parse(data)
        }
    }

    /// Sends `raw` as it is, then reads the answer until the server closes the connection.
    /// The server may answer and close before it has read everything: the answer counts.
    static func exchange(port: UInt16, _ raw: String) async throws -> Response {
        try await onThread {
            let socket = try connect(port: port)
            defer { close(socket) }
            try? send(socket, raw)
            var data = Data()
            while let chunk = try? receive(socket) { data.append(chunk) }
            return try parse(data)
        }
    }

    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        // A thread of its own: on Linux, Swift's tasks share Dispatch's global queue, and
        // blocking reads there could starve the server under test.
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    /// `timeout` also bounds the connection itself: a server that stopped accepting lets
    /// a connection wait in its queue until the queue is full, then never answers.
    static func connect(port: UInt16, timeout seconds: Double = 10) throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: .init(seconds), tv_usec: .init((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to port \(port)")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a server that closed early gives an error here, not SIGPIPE.
            #if canImport(Glibc)
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            #else
            let count = bytes[sent...].withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
            #endif
            guard count > 0 else { throw Failure(description: "write failed") }
            sent += count
        }
    }

    static func disconnect(_ socket: Int32) {
        close(socket)
    }

    /// The next bytes, or nil at the end of the stream. Throws on a timeout.
    static func receive(_ socket: Int32) throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(socket, &buffer, buffer.count)
        if count == 0 { return nil }
        guard count > 0 else { throw Failure(description: "read failed or timed out") }
        return Data(buffer[0..<count])
    }

    static func parse(_ data: Data) throws -> Response {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no header in \(data.count) bytes") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = head.first?.split(separator: " ") ?? []
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure(description: "bad status line") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}
