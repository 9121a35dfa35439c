import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
private let systemRename = Glibc.rename
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
private let systemRename = Darwin.rename
#endif

/// The few file operations the writer needs, on POSIX calls: Foundation's FileManager
/// costs several times more per file, and a site is thousands of small files.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// What is at a path, without following a symbolic link.
    enum Kind: Equatable {
        case missing
        case folder
        /// A regular file, with its size and how many names (hard links) it has.
        case file(size: Int, links: Int)
        /// A symbolic link or anything else that is neither a file nor a folder.
        case other
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file(size: Int(info.st_size), links: Int(info.st_nlink))
        default: return .other
        }
    }

    /// Creates a folder; one that already exists is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure(path: path, code: errno) }
    }

    /// Writes a file. `over` is the size of a file already there, which is then written
    /// over in place and cut to the new length if it was longer, never emptied first: ext4
    /// flushes a file emptied by truncation and written again as soon as it is closed,
    /// which made rewriting every page of a 10,000-lesson site 4 times slower.
    static func write(_ data: Data, to path: String, over existingSize: Int? = nil) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | (existingSize == nil ? O_TRUNC : 0) | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        if let existingSize, existingSize > data.count, ftruncate(descriptor, off_t(data.count)) != 0 {
            throw Failure(path: path, code: errno)
        }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// A whole file's bytes. Opened without waiting and read only when it is a regular file,
    /// so a FIFO put in place of a copied file after the course was read cannot hang.
    static func read(_ path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(path: path, code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(path: path, code: EINVAL) }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        try data.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let count = systemRead(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                if count == 0 { break }
                offset += count
            }
        }
        // A file that shrank while it was read; one that grew is read as far as its size.
        if offset < data.count { data.count = offset }
        return data
    }

    /// Whether the file holds exactly these bytes (its size already known to match). Read
    /// in slices into one buffer, which costs far less than a whole copy of every page.
    static func holds(_ data: Data, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return data.withUnsafeBytes { expected in
            withUnsafeTemporaryAllocation(byteCount: 64 * 1024, alignment: 16) { buffer in
                var offset = 0
                // Stops at the known size, without one more read to see the end.
                while offset < expected.count {
                    let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { return false }
                    guard offset + count <= expected.count,
                          let actual = buffer.baseAddress, let wanted = expected.baseAddress,
                          memcmp(actual, wanted + offset, count) == 0 else { return false }
                    offset += count
                }
                return true
            }
        }
    }

    /// The names in a folder, each with whether it is a folder; a symbolic link to a
    /// folder is not one, and is not followed.
    static func entries(of path: String) throws -> [(name: String, isFolder: Bool)] {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        guard let folder = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            throw Failure(path: path, code: code)
        }
        defer { closedir(folder) }
        var entries: [(name: String, isFolder: Bool)] = []
        // A listing's records are only as long as their names: read the name where it is,
        // never by copying `d_name` (declared 256 bytes long), which reads past the last record.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
        let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 18
        while let entry = readdir(folder) {
            let record = UnsafeRawPointer(entry)
            let name = String(cString: record.advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            let type = record.load(fromByteOffset: typeOffset, as: UInt8.self)
            // Some file systems do not say the type in the listing; ask then.
            let isFolder = type == UInt8(DT_UNKNOWN) ? kind(of: path + "/" + name) == .folder : type == UInt8(DT_DIR)
            entries.append((name, isFolder))
        }
        return entries
    }

    static func rename(_ path: String, to newPath: String) throws {
        if systemRename(path, newPath) != 0 { throw Failure(path: path, code: errno) }
    }

    /// Swaps two names in one step, so neither is ever missing: Linux's `renameat2` with
    /// `RENAME_EXCHANGE`, macOS's `renamex_np` with `RENAME_SWAP`. False when the system or
    /// the file system cannot.
    static func exchange(_ path: String, _ otherPath: String) throws -> Bool {
        #if os(Linux)
        guard let renameAt2 = Self.renameAt2 else { return false }
        if renameAt2(AT_FDCWD, path, AT_FDCWD, otherPath, 2 /* RENAME_EXCHANGE */) == 0 { return true }
        #elseif canImport(Darwin)
        if renamex_np(path, otherPath, UInt32(RENAME_SWAP)) == 0 { return true }
        #else
        return false
        #endif
        let code = errno
        if code == ENOSYS || code == EINVAL || code == ENOTSUP { return false }
        throw Failure(path: path, code: code)
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// glibc has `renameat2` since 2.28, but Swift's Glibc module does not export it (nor
    /// can Swift call the variadic `syscall`), so it is looked up by name.
    private static let renameAt2: RenameAt2? = dlsym(dlopen(nil, RTLD_NOW), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    #endif

    /// Removes a file, or a folder and everything in it, without following symbolic links.
    /// Nothing there is fine.
    static func removeTree(_ path: String) throws {
        switch kind(of: path) {
        case .missing:
            return
        case .folder:
            for entry in try entries(of: path) {
                let child = path + "/" + entry.name
                if entry.isFolder {
                    try removeTree(child)
                } else if unlink(child) != 0, errno != ENOENT {
                    throw Failure(path: child, code: errno)
                }
            }
            if rmdir(path) != 0, errno != ENOENT { throw Failure(path: path, code: errno) }
        case .file, .other:
            if unlink(path) != 0, errno != ENOENT { throw Failure(path: path, code: errno) }
        }
    }
}
