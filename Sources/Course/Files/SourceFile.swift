import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading one file an author gave parley. Opened without waiting (a FIFO put in place of
/// a file after the folder was listed cannot hang the build) and read only when it is a
/// regular file.
public enum SourceFile {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot read '\(path)': \(reason)" }
    }

    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(path: path, reason: SourceFolder.reason(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(path: path, reason: SourceFolder.reason(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(Failure(path: path, reason: "not a regular file")) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress?.advanced(by: count), buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(Failure(path: path, reason: SourceFolder.reason(errno)))
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// Whether the file can be opened for reading, without reading it: a copied file must
    /// fail `check` exactly as it would fail a build.
    public static func isReadable(_ path: String) -> Failure? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return Failure(path: path, reason: SourceFolder.reason(errno)) }
        close(descriptor)
        return nil
    }
}
