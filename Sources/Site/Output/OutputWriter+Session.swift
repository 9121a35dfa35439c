import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
    /// One build's writing. Files go into a staging folder beside the output, which starts
    /// as the spare (the site before the live one) when there is one, so that only what
    /// changed is written; `commit` removes what the new site no longer has and swaps the
    /// staging folder with the live site in one step. The live site is never touched
    /// before that swap, so a build that fails or is aborted leaves it exactly as it was.
    ///
    /// `write` may be called from many threads at once; `commit` and `abort` only once all
    /// writes have returned. A session dropped without either is aborted.
    public final class Session: @unchecked Sendable {
        /// The output folder as the caller named it, for messages.
        private let output: String
        private let target: String
        private let staging: String
        private let spare: String
        /// Whether the staging folder started as an older site, so folders and files may
        /// already be there, and anything not written this time must go at commit.
        private let isReused: Bool
        private let lock = NSLock()
        /// Folders of the site (relative to its root) known to exist in the staging folder.
        private var folders: Set<String> = [""]
        /// Files of the site written or found up to date, relative to its root.
        private var written: Set<String> = []
        /// What each folder of the spare held when this build first came to it: whatever
        /// of that is neither written nor a folder of the new site goes at commit. Listed
        /// while pages are written, on their threads, so that commit has nothing to read.
        private var listings: [String: [String]] = [:]
        /// The first write that failed: the site is then incomplete and must not go live.
        private var failure: Failure?
        private var isOpen = true

        init(output: String) throws {
            self.output = output
            let url = URL(fileURLWithPath: output).standardizedFileURL
            let parent = url.deletingLastPathComponent().path
            let name = url.lastPathComponent
            target = url.path
            // The process id tells a leftover of a killed build; the random part keeps two
            // sessions of one process apart.
            staging = parent + "/.\(name).staging-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
            spare = parent + "/.\(name).parley-spare"
            try Session.checkIsSite(target, output: output)
            isReused = Session.take([spare], as: staging) || Session.take(Session.leftovers(in: parent, name: name), as: staging)
            do {
                if isReused {
                    listings[""] = try FileSystem.entries(of: staging).map(\.name)
                } else if mkdir(staging, 0o755) != 0 {
                    throw FileSystem.Failure(path: staging, code: errno)
                }
            } catch {
                throw Failure.cannotWrite(output, "\(error)")
            }
        }

        deinit { abort() }

        /// Refuses to replace anything but a folder that is empty or has an index.html.
        private static func checkIsSite(_ path: String, output: String) throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
            let names = isFolder.boolValue ? try? FileManager.default.contentsOfDirectory(atPath: path) : nil
            guard let names, names.isEmpty || names.contains("index.html") else { throw Failure.notASite(output) }
        }

        /// Staging folders of builds whose process is gone (killed mid-build): as good a
        /// start as a spare, and otherwise a whole site left on disk for good.
        private static func leftovers(in parent: String, name: String) -> [String] {
            let prefix = ".\(name).staging-"
            let names = (try? FileSystem.entries(of: parent)) ?? []
            return names.compactMap { entry in
                guard entry.isFolder, entry.name.hasPrefix(prefix),
                      let pid = Int32(entry.name.dropFirst(prefix.count).prefix { $0 != "-" }),
                      pid > 0, kill(pid, 0) != 0, errno == ESRCH else { return nil }
                return parent + "/" + entry.name
            }
        }

        /// Renames the first of `candidates` that is a real folder to `staging`. Anything
        /// else under a spare's name (a symbolic link, once the live site was one) is
        /// dropped, never followed.
        private static func take(_ candidates: [String], as staging: String) -> Bool {
            for candidate in candidates {
                let kind = FileSystem.kind(of: candidate)
                if kind != .folder {
                    if kind != .missing { unlink(candidate) }
                    continue
                }
                guard rename(candidate, staging) == 0 else { continue }
                if FileSystem.kind(of: staging) == .folder { return true }
                // Replaced by something else in between: never write through it.
                try? FileSystem.removeTree(staging)
            }
            return false
        }

        /// Writes one file of the site, creating its folders as needed. A file whose bytes
        /// are already there (from the spare) is left untouched.
        public func write(_ file: OutputFile) throws {
            guard Session.isInside(file.path) else {
                throw record(.cannotWrite(output + "/" + file.path, "not a path inside the site"))
            }
            guard lock.withLock({ isOpen }) else {
                throw Failure.cannotWrite(output, "the site was already committed or aborted")
            }
            do {
                try makeFolders(of: file.path)
                try put(file, at: staging + "/" + file.path)
            } catch {
                throw record(.cannotWrite(output + "/" + file.path, "\(error)"))
            }
            lock.withLock { _ = written.insert(file.path) }
        }

        private func record(_ failure: Failure) -> Failure {
            lock.withLock { self.failure = self.failure ?? failure }
            return failure
        }

        private static func isInside(_ path: String) -> Bool {
            !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
        }

        /// Each folder is looked at once per build; two threads needing the same new folder
        /// at once both create it, and one is told it exists, which is fine.
        private func makeFolders(of path: String) throws {
            var missing: [String] = []
            lock.withLock {
                var folder = Substring(path)
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    if folders.contains(String(folder)) { break }
                    missing.append(String(folder))
                }
            }
            for folder in missing.reversed() {
                let folderPath = staging + "/" + folder
                if isReused {
                    let kind = FileSystem.kind(of: folderPath)
                    if kind == .folder {
                        let names = try FileSystem.entries(of: folderPath).map(\.name)
                        lock.withLock {
                            listings[folder] = names
                            folders.insert(folder)
                        }
                        continue
                    }
                    // A file where the site now has a folder. Only unlink: should another
                    // thread have made the folder meanwhile, unlink fails and it stays.
                    if kind != .missing { unlink(folderPath) }
                }
                try FileSystem.makeFolder(folderPath)
                lock.withLock { _ = folders.insert(folder) }
            }
        }

        private func put(_ file: OutputFile, at path: String) throws {
            let data: Data
            switch file.contents {
            case .bytes(let bytes): data = bytes
            case .copy(let source): data = try FileSystem.read(source)
            }
            var existingSize: Int?
            if isReused {
                switch FileSystem.kind(of: path) {
                case .missing:
                    break
                case .file(let size, let links):
                    if size == data.count, FileSystem.holds(data, at: path) { return }
                    // Another name for the same file may be in the live site: writing
                    // through it would change that site, so the name is dropped instead.
                    if links > 1 { try FileSystem.removeTree(path) } else { existingSize = size }
                case .folder, .other:
                    try FileSystem.removeTree(path)
                }
            }
            try FileSystem.write(data, to: path, over: existingSize)
        }

        /// Removes what the spare had that the new site does not, then puts the site live.
        /// On a failure the live site is as it was, and the session may still be aborted.
        public func commit() throws {
            let (folders, written, listings) = try lock.withLock {
                guard isOpen else { throw Failure.cannotWrite(output, "the site was already committed or aborted") }
                if let failure { throw failure }
                return (self.folders, self.written, self.listings)
            }
            do {
                // By name only: what was a file in the spare may be a folder now, and so on.
                for (folder, names) in listings {
                    for name in names {
                        let path = folder.isEmpty ? name : folder + "/" + name
                        if !written.contains(path), !folders.contains(path) { try FileSystem.removeTree(staging + "/" + path) }
                    }
                }
                try swapIn()
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure.cannotWrite(output, "\(error)")
            }
            lock.withLock { isOpen = false }
        }

        /// Exchanges the staging folder and the live site in one step where the system can,
        /// so the output folder never goes missing; otherwise two renames. Either way the
        /// site replaced becomes the spare.
        private func swapIn() throws {
            guard FileSystem.kind(of: target) != .missing else {
                try FileSystem.rename(staging, to: target)
                return
            }
            try Session.checkIsSite(target, output: output)
            if try FileSystem.exchange(staging, target) {
                keepAsSpare(staging)
                return
            }
            let old = staging + "-old"
            try FileSystem.rename(target, to: old)
            do {
                try FileSystem.rename(staging, to: target)
            } catch {
                try? FileSystem.rename(old, to: target)
                throw error
            }
            keepAsSpare(old)
        }

        /// Keeps a folder as the next build's spare; when a spare is already there (another
        /// build made one meanwhile), the folder is removed instead.
        private func keepAsSpare(_ path: String) {
            if rename(path, spare) != 0 { try? FileSystem.removeTree(path) }
        }

        /// Gives up this site: the live one stays exactly as it was, and what was written
        /// so far is kept as the spare, for the next build to bring up to date.
        public func abort() {
            let wasOpen = lock.withLock {
                defer { isOpen = false }
                return isOpen
            }
            if wasOpen { keepAsSpare(staging) }
        }
    }
}
