import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of files an author gave parley (content/, the themes), listed so that nothing
/// outside it is ever reached: a symbolic link is followed only when its target lies inside
/// the folder. FIFOs, sockets and devices, links that loop or lead nowhere, and folders
/// that cannot be read come back as diagnostics naming the file, never as a hang, a copy
/// of something outside the course or a silent skip.
public struct SourceFolder: Sendable {
    /// One name in a folder that may be read: a regular file or a folder, maybe reached
    /// through a symbolic link that stays inside.
    public struct Entry: Sendable, Equatable {
        public var name: String
        /// Path relative to the root, e.g. `01-why/img/a.png`.
        public var path: String
        /// Where the bytes really are, every symbolic link resolved: what gets read.
        public var realPath: String
        public var isFolder: Bool
    }

    /// The root with every symbolic link resolved.
    public let realRoot: String
    /// How paths start in diagnostics, e.g. `content`.
    public let display: String
    /// Said in messages: "the content folder", "the themes folder".
    let role: String

    /// nil when `root` does not exist or is not a folder.
    public init?(root: String, display: String, role: String = "the content folder") {
        guard let real = Self.realPath(of: root), FileInfo(path: real, followingLinks: true)?.kind == .folder else { return nil }
        realRoot = real
        self.display = display
        self.role = role
    }

    /// The root itself, as an entry whose children `entries(of:)` lists.
    public var rootEntry: Entry { Entry(name: "", path: "", realPath: realRoot, isFolder: true) }

    /// The readable entries of `folder`, sorted by name, without hidden files and editor
    /// or system litter (`IgnoredName`), and a diagnostic for every name that cannot be
    /// part of the course. `ancestors` are the real paths of the folders above, to catch a
    /// symbolic link that leads back up (otherwise the walk would never end).
    public func entries(of folder: Entry, ancestors: Set<String> = []) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        let names: [String]
        switch Self.names(in: folder.realPath) {
        case .success(let listed): names = listed
        case .failure(let failure):
            return ([], [.error(displayPath(folder.path), "cannot read this folder: \(Self.reason(failure.code))",
                                hint: "check the folder's permissions")])
        }
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        let above = ancestors.union([folder.realPath])
        for name in names.sorted() where !IgnoredName.isIgnored(name) {
            let path = folder.path.isEmpty ? name : folder.path + "/" + name
            switch classify(name: name, path: path, in: folder.realPath, ancestors: above) {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        return (entries, diagnostics)
    }

    /// The entry at `path` (relative to the root, e.g. `01-why/02-calm.md`), checked name by
    /// name as a listing would check it; nil when nothing is there, a problem when something
    /// is there that may not be read (a preview reads a saved file again this way).
    public func entry(at path: String) -> Result<Entry, Problem>? {
        var current = rootEntry
        var ancestors: Set<String> = []
        for name in path.split(separator: "/").map(String.init) {
            guard current.isFolder, FileInfo(path: current.realPath + "/" + name, followingLinks: false) != nil else { return nil }
            ancestors.insert(current.realPath)
            let childPath = current.path.isEmpty ? name : current.path + "/" + name
            switch classify(name: name, path: childPath, in: current.realPath, ancestors: ancestors) {
            case .success(let entry): current = entry
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(current)
    }

    /// Why a name cannot be part of the course.
    public struct Problem: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    private func classify(name: String, path: String, in realFolder: String, ancestors: Set<String>) -> Result<Entry, Problem> {
        let physical = realFolder + "/" + name
        let shown = displayPath(path)
        func problem(_ message: String, hint: String) -> Result<Entry, Problem> {
            .failure(Problem(diagnostic: .error(shown, message, hint: hint)))
        }
        guard let info = FileInfo(path: physical, followingLinks: false) else {
            return problem("cannot read this file: \(Self.reason(errno))", hint: "check its permissions")
        }
        var real = physical
        var kind = info.kind
        if kind == .link {
            let target = Self.linkTarget(physical) ?? "?"
            guard let resolved = Self.realPath(of: physical) else {
                let code = errno
                switch code {
                case ELOOP:
                    return problem("symbolic link loop: '\(name)' leads back to itself through '\(target)'",
                                   hint: "remove the link, or point it at a real file inside \(role)")
                case ENOENT, ENOTDIR:
                    return problem("symbolic link to '\(target)', which does not exist",
                                   hint: "remove the link, or point it at a file inside \(role)")
                default:
                    return problem("cannot follow the symbolic link to '\(target)': \(Self.reason(code))",
                                   hint: "check the permissions of the link's target")
                }
            }
            guard resolved == realRoot || resolved.hasPrefix(realRoot + "/") else {
                return problem("symbolic link to '\(target)', which is outside \(role)",
                               hint: "copy what you need into \(display)/; parley never publishes files from outside \(role)")
            }
            guard let targetInfo = FileInfo(path: resolved, followingLinks: true) else {
                return problem("cannot read '\(target)': \(Self.reason(errno))", hint: "check its permissions")
            }
            real = resolved
            kind = targetInfo.kind
        }
        switch kind {
        case .file:
            return .success(Entry(name: name, path: path, realPath: real, isFolder: false))
        case .folder:
            if ancestors.contains(real) {
                return problem("symbolic link loop: '\(name)' leads back to a folder that contains it",
                               hint: "remove the link; a folder cannot hold itself")
            }
            return .success(Entry(name: name, path: path, realPath: real, isFolder: true))
        case .link:
            return problem("cannot follow the symbolic link '\(name)'", hint: "remove the link")
        case .special(let what):
            return problem("'\(name)' is \(what), not a file",
                           hint: "only files and folders can be part of a course; remove it from \(display)/")
        }
    }

    func displayPath(_ path: String) -> String {
        path.isEmpty ? display : display + "/" + path
    }

    // MARK: System calls

    static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private struct ListingFailure: Error {
        var code: Int32
    }

    private static func names(in folder: String) -> Result<[String], ListingFailure> {
        guard let handle = opendir(folder) else { return .failure(ListingFailure(code: errno)) }
        defer { closedir(handle) }
        var names: [String] = []
        // A record is only as long as its name: read the name where it is, never by copying
        // `d_name` (declared 256 bytes long), which reads past the last record.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
        while let entry = readdir(handle) {
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name != ".", name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// The system's words for an error number, e.g. "Permission denied".
    public static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// What `lstat` or `stat` says is at a path.
struct FileInfo {
    enum Kind: Equatable {
        case file, folder, link
        /// A FIFO, socket or device, described for a message ("a named pipe (FIFO)").
        case special(String)
    }

    var kind: Kind

    init?(path: String, followingLinks: Bool) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        case S_IFIFO: kind = .special("a named pipe (FIFO)")
        case S_IFSOCK: kind = .special("a socket")
        case S_IFCHR: kind = .special("a character device")
        case S_IFBLK: kind = .special("a block device")
        default: kind = .special("neither a file nor a folder")
        }
    }
}
