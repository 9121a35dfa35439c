#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CourseFixtures
import Foundation
import Testing

/// `parley serve` without `--port` takes 8000, or the next free port up to 8010.
@Suite(.serialized) struct PortFallbackTests {
    /// A listening socket on 127.0.0.1:`port`, or nil when the port is taken.
    static func occupy(_ port: UInt16) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    @Test func aTakenPortMakesServeTakeTheNextOne() async throws {
        // The first port of the range that is free here, held while serve starts.
        var held: (port: UInt16, descriptor: Int32)?
        for port in UInt16(8000)...8009 where held == nil {
            if let descriptor = Self.occupy(port) { held = (port, descriptor) }
        }
        guard let (taken, descriptor) = held else {
            Issue.record("no free port between 8000 and 8009 to test with")
            return
        }
        defer { close(descriptor) }
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let serve = try ServeProcess(course: course, port: nil)
        let port = try await serve.port()
        #expect(port > taken && port <= 8010, "took \(port) with \(taken) taken")
        let response = try await RawHTTPClient.request(port: port, "/")
        #expect(response.status == 200)
        serve.send(SIGTERM)
        #expect(await serve.ends(within: .seconds(2)))
    }
}
