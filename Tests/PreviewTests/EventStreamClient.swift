#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation


/// Reads `/__parley/events` as a browser's EventSource would: events by name, in order.
final class EventStreamClient: @unchecked Sendable {
    struct Event: Equatable {
        var name: String
        var data: String
    }

    private let socket: Int32
    private let lock = NSLock()
    private var events: [Event] = []
    private var isClosed = false

    init(port: UInt16) throws {
        socket = try RawHTTPClient.connect(port: port)
        try RawHTTPClient.send(socket, "GET /__parley/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        Thread.detachNewThread { [self] in readAll() }
    }

    /// Waits for the next event called `name`, skipping others; nil after `seconds`.
    func next(_ name: String, within seconds: Double = 10) async -> Event? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let event = take(name) { return event }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }

    private func take(_ name: String) -> Event? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = events.firstIndex(where: { $0.name == name }) else { return nil }
        let event = events[index]
        events.removeSubrange(0...index)
        return event
    }

    func close() {
        lock.lock()
        isClosed = true
        lock.unlock()
        shutdown(socket, Int32(SHUT_RDWR))
    }

    /// Reads the response: headers, then chunks of the chunked body, then events.
    private func readAll() {
        var raw = Data()
        var body = Data()
        var headerEnded = false
        defer { RawHTTPClient.disconnect(socket) }
        while let chunk = try? RawHTTPClient.receive(socket) {
            raw.append(chunk)
            if !headerEnded {
                guard let end = raw.range(of: Data("\r\n\r\n".utf8)) else { continue }
                raw.removeSubrange(..<end.upperBound)
                headerEnded = true
            }
            // Chunked framing: size in hex, CRLF, the bytes, CRLF.
            while let line = raw.range(of: Data("\r\n".utf8)),
                  let size = Int(String(decoding: raw[..<line.lowerBound], as: UTF8.self), radix: 16),
                  raw.count >= line.upperBound - raw.startIndex + size + 2 {
                let start = line.upperBound
                body.append(raw[start..<(start + size)])
                raw.removeSubrange(..<(start + size + 2))
                if size == 0 { return }
            }
            while let end = body.range(of: Data("\n\n".utf8)) {
                let block = String(decoding: body[..<end.lowerBound], as: UTF8.self)
                body.removeSubrange(..<end.upperBound)
                add(block)
            }
        }
    }

    private func add(_ block: String) {
        var name = "message"
        var data: [String] = []
        for line in block.split(separator: "\n") {
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        guard !data.isEmpty else { return }
        lock.lock()
        events.append(Event(name: name, data: data.joined(separator: "\n")))
        lock.unlock()
    }
}
