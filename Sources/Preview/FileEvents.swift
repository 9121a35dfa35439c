#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Wakes the watcher as soon as something changes under the watched folders, where the
/// system tells (inotify on Linux); elsewhere it only waits. What changed is always found
/// by `ChangeWatcher`, so a missed or extra event costs time, never correctness.
final class FileEvents {
    #if os(Linux)
    private var descriptor: Int32 = -1
    #endif
    private let folders: [String]

    /// Whether changes wake the watcher at once; if not, it must look often.
    private(set) var isImmediate = false

    init(folders: [String]) {
        self.folders = folders
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        isImmediate = descriptor >= 0 && watchFolders()
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Returns when a change is reported or after `timeout`.
    func wait(timeout: Duration) {
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        #if os(Linux)
        if isImmediate {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&request, 1, milliseconds) > 0 { drain() }
            return
        }
        #endif
        Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
    }

    #if os(Linux)
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    /// Reads every pending event; a new folder gets a watch of its own.
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var sawFolder = false
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                if event.mask & UInt32(IN_ISDIR) != 0 { sawFolder = true }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        // A short pause lets an editor finish writing before the watcher looks.
        usleep(2_000)
        if sawFolder { _ = watchFolders() }
    }

    /// Adds a watch on every folder; adding one twice is harmless.
    private func watchFolders() -> Bool {
        var isWatching = false
        for folder in folders {
            for path in [folder] + Self.subfolders(of: folder) where inotify_add_watch(descriptor, path, Self.mask) >= 0 {
                isWatching = true
            }
        }
        return isWatching
    }

    /// Every folder below `folder`, each real folder once even where symlinks loop.
    private static func subfolders(of folder: String) -> [String] {
        var found: [String] = []
        var visited: Set<[UInt64]> = []
        var pending = [(folder, 0)]
        while let (current, depth) = pending.popLast() {
            guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = current + "/" + name
                var info = stat()
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
                      visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
                found.append(path)
                pending.append((path, depth + 1))
            }
        }
        return found
    }
    #endif
}
