import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the writer needs, on POSIX calls: Foundation's FileManager
/// costs several times more per file, and a site is thousands of small files.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Creates a folder; one that already exists is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure(path: path, code: errno) }
    }

    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// The file's bytes when it exists and has exactly `size` bytes; nil otherwise.
    static func contents(of path: String, ifSize size: Int) -> Data? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    /// A second name for an existing file (a hard link); false when the system refuses.
    static func link(_ existing: String, as path: String) -> Bool {
        Glibc.link(existing, path) == 0
    }

    /// Removes a folder and everything in it, without following symbolic links.
    static func removeTree(_ path: String) {
        guard let folder = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) {
                removeTree(child)
            } else {
                unlink(child)
            }
        }
        closedir(folder)
        rmdir(path)
    }
}
