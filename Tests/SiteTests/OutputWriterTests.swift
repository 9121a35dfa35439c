import Dispatch
import Foundation
import Testing
@testable import Site
#if canImport(Glibc)
import Glibc
#endif

@Suite struct OutputWriterTests {
    /// An empty temporary folder, removed on deinit; the site is written to `public` in it.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-writer-\(UUID().uuidString)").path
        var output: String { path + "/public" }
        var spare: String { path + "/.public.parley-spare" }
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static let site: [String: String] = [
        "index.html": "home",
        "404.html": "not found",
        "basics/index.html": "basics",
        "basics/first/index.html": "first",
        "basics/second/index.html": "second",
        "basics/img/chart.png": "PNG",
        "assets/style.css": "body {}",
    ]

    func write(_ site: [String: String], to folder: Folder) throws {
        try OutputWriter().write(site.map { OutputFile(path: $0.key, text: $0.value) }, to: folder.output)
    }

    /// Every file's text and every folder (as "name/") under `path`.
    func tree(_ path: String) -> [String: String] {
        var tree: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: path + "/" + name) {
                tree[name] = String(decoding: data, as: UTF8.self)
            } else {
                tree[name + "/"] = ""
            }
        }
        return tree
    }

    func expectedTree(_ site: [String: String]) -> [String: String] {
        var tree = site
        for path in site.keys {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                tree[folder + "/"] = ""
            }
        }
        return tree
    }

    /// Inode and modification time to the nanosecond: equal only if the file was not rewritten.
    func identity(_ path: String) throws -> [Int] {
        var info = stat()
        try #require(stat(path, &info) == 0, "no file at \(path)")
        return [Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
    }

    func hidden(_ folder: Folder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test func firstWriteMakesTheSiteAndKeepsNoSpare() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(try hidden(folder) == [])
    }

    @Test func theReplacedSiteBecomesTheSpareAndIsReusedNextTime() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        try write(Self.site, to: folder)
        #expect(try hidden(folder) == [".public.parley-spare"])
        #expect(tree(folder.spare) == expectedTree(Self.site))
        let unchanged = try identity(folder.spare + "/basics/first/index.html")
        let folderBefore = try identity(folder.spare + "/basics/img")
        var changed = Self.site
        changed["basics/second/index.html"] = "second, changed"
        changed["basics/img/chart.png"] = "PNG2"
        changed["404.html"] = "gone"
        try write(changed, to: folder)
        #expect(tree(folder.output) == expectedTree(changed))
        #expect(try identity(folder.output + "/basics/first/index.html") == unchanged)
        #expect(try identity(folder.output + "/basics/img")[0] == folderBefore[0])
        // The site just replaced (the one written second) is the spare now.
        #expect(tree(folder.spare) == expectedTree(Self.site))
    }

    @Test func filesAndFoldersTheSiteNoLongerHasAreRemoved() throws {
        let folder = try Folder()
        var site = Self.site
        site["old/deep/page/index.html"] = "old"
        site["basics/first/old.png"] = "old"
        try write(site, to: folder)
        try write(site, to: folder)
        try write(Self.site, to: folder)  // from the spare, which has old/…
        #expect(tree(folder.output) == expectedTree(Self.site))
        try write(Self.site, to: folder)  // and from the other copy
        #expect(tree(folder.output) == expectedTree(Self.site))
        try write(Self.site, to: folder)
        #expect(tree(folder.spare) == expectedTree(Self.site))
    }

    @Test func anAbortedSessionLeavesTheLiveSiteExactlyAsItWas() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        try write(Self.site, to: folder)
        let before = try Self.site.keys.map { try identity(folder.output + "/" + $0) }
        let session = try OutputWriter().begin(folder.output)
        try session.write(OutputFile(path: "index.html", text: "new home"))
        try session.write(OutputFile(path: "new/index.html", text: "new"))
        session.abort()
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(try Self.site.keys.map { try identity(folder.output + "/" + $0) } == before)
        #expect(throws: OutputWriter.Failure.self) { try session.commit() }
        #expect(tree(folder.output) == expectedTree(Self.site))
        // The half-written site is the spare, and the next build brings it up to date.
        #expect(try hidden(folder) == [".public.parley-spare"])
        try write(Self.site, to: folder)
        #expect(tree(folder.output) == expectedTree(Self.site))
    }

    @Test func aSessionDroppedWithoutCommitChangesNothing() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        do {
            let session = try OutputWriter().begin(folder.output)
            try session.write(OutputFile(path: "index.html", text: "new home"))
        }
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(try hidden(folder) == [".public.parley-spare"])
    }

    @Test func aFailedWriteKeepsTheSiteFromGoingLive() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        let session = try OutputWriter().begin(folder.output)
        try session.write(OutputFile(path: "index.html", text: "new home"))
        #expect(throws: OutputWriter.Failure.self) { try session.write(OutputFile(path: "../escape.html", text: "x")) }
        #expect(throws: OutputWriter.Failure.self) { try session.commit() }
        session.abort()
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/escape.html"))
        let copy = OutputFile(path: "missing.png", contents: .copy(folder.path + "/nowhere.png"))
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter().write([copy], to: folder.output) }
        #expect(tree(folder.output) == expectedTree(Self.site))
    }

    @Test func aHalfUpdatedSpareIsBroughtUpToDate() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        try write(Self.site, to: folder)
        let spare = folder.spare
        let manager = FileManager.default
        // Cut short, same size but different bytes, a file where a folder belongs and a
        // folder where a file belongs, a link out of the site, and leftovers.
        try Data("ho".utf8).write(to: URL(fileURLWithPath: spare + "/index.html"))
        try Data("FIRST".utf8).write(to: URL(fileURLWithPath: spare + "/basics/first/index.html"))
        try manager.removeItem(atPath: spare + "/assets")
        try Data("a file".utf8).write(to: URL(fileURLWithPath: spare + "/assets"))
        try manager.removeItem(atPath: spare + "/404.html")
        try manager.createDirectory(atPath: spare + "/404.html/inside", withIntermediateDirectories: true)
        let outside = folder.path + "/outside"
        try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("second".utf8).write(to: URL(fileURLWithPath: outside + "/index.html"))
        try manager.removeItem(atPath: spare + "/basics/second")
        try manager.createSymbolicLink(atPath: spare + "/basics/second", withDestinationPath: outside)
        try manager.createDirectory(atPath: spare + "/stray/empty", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: spare + "/basics/stray.html"))
        try write(Self.site, to: folder)
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(tree(outside) == ["index.html": "second"])
    }

    @Test func aSpareFileLinkedToTheLiveSiteIsNotWrittenThrough() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        try write(Self.site, to: folder)
        let page = "/basics/first/index.html"
        try FileManager.default.removeItem(atPath: folder.spare + page)
        try #require(link(folder.output + page, folder.spare + page) == 0)
        var changed = Self.site
        changed["basics/first/index.html"] = "first, changed"
        let session = try OutputWriter().begin(folder.output)
        for (path, text) in changed { try session.write(OutputFile(path: path, text: text)) }
        #expect(tree(folder.output) == expectedTree(Self.site))
        try session.commit()
        #expect(tree(folder.output) == expectedTree(changed))
        #expect(tree(folder.spare) == expectedTree(Self.site))
    }

    @Test func manyThreadsWritingAtOnceProduceEveryFile() throws {
        let folder = try Folder()
        let writer = OutputWriter()
        var site: [String: String] = ["index.html": "home"]
        for index in 0..<1_500 {
            site["m\(index % 23)/l\(index % 7)/p\(index)/index.html"] = "page \(index)"
        }
        let files = site.map { OutputFile(path: $0.key, text: $0.value) }
        for round in 0..<3 {
            let session = try writer.begin(folder.output)
            let failures = files.parallelMap { file -> String? in
                do {
                    try session.write(file)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            #expect(failures.compactMap { $0 } == [], "round \(round)")
            try session.commit()
            #expect(tree(folder.output) == expectedTree(site), "round \(round)")
        }
    }

    @Test func twoSessionsAtOnceEachWriteTheirOwnSite() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        try write(Self.site, to: folder)
        let first = try OutputWriter().begin(folder.output)
        let second = try OutputWriter().begin(folder.output)
        try first.write(OutputFile(path: "index.html", text: "first"))
        try second.write(OutputFile(path: "index.html", text: "second"))
        try first.commit()
        #expect(tree(folder.output) == ["index.html": "first"])
        try second.commit()
        #expect(tree(folder.output) == ["index.html": "second"])
        #expect(try hidden(folder) == [".public.parley-spare"])
        #expect(tree(folder.spare) == expectedTree(Self.site))
    }

    @Test func refusesToReplaceWhatIsNotASite() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.output, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: folder.output + "/notes.txt"))
        #expect(throws: OutputWriter.Failure.self) { try write(Self.site, to: folder) }
        #expect(tree(folder.output) == ["notes.txt": "keep"])
        try FileManager.default.removeItem(atPath: folder.output)
        try Data("a file".utf8).write(to: URL(fileURLWithPath: folder.output))
        #expect(throws: OutputWriter.Failure.self) { try write(Self.site, to: folder) }
        #expect(FileManager.default.contents(atPath: folder.output) == Data("a file".utf8))
        #expect(try hidden(folder) == [])
    }

    @Test func aStagingFolderLeftByAKilledBuildIsUsedAndCleared() throws {
        let folder = try Folder()
        try write(Self.site, to: folder)
        // No process can have this id (Linux allows at most 2^22).
        let leftover = folder.path + "/.public.staging-2147483000"
        try FileManager.default.createDirectory(atPath: leftover + "/basics/first", withIntermediateDirectories: true)
        try Data("first".utf8).write(to: URL(fileURLWithPath: leftover + "/basics/first/index.html"))
        try Data("stray".utf8).write(to: URL(fileURLWithPath: leftover + "/stray.html"))
        let reused = try identity(leftover + "/basics/first/index.html")
        try write(Self.site, to: folder)
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(try identity(folder.output + "/basics/first/index.html") == reused)
        #expect(try hidden(folder) == [".public.parley-spare"])
    }

    @Test func aLiveSiteThatIsALinkIsReplacedAndItsFolderLeftAlone() throws {
        let folder = try Folder()
        let elsewhere = folder.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: elsewhere + "/index.html"))
        try FileManager.default.createSymbolicLink(atPath: folder.output, withDestinationPath: elsewhere)
        for _ in 0..<3 { try write(Self.site, to: folder) }
        #expect(tree(folder.output) == expectedTree(Self.site))
        #expect(tree(elsewhere) == ["index.html": "old"])
        #expect(tree(folder.spare) == expectedTree(Self.site))
    }

    @Test func exchangeSwapsTwoFoldersInOneStep() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.path + "/a/one", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/b/two", withIntermediateDirectories: true)
        // Linux has had it since 3.15, on ext4, btrfs, xfs and tmpfs (where tests run).
        #expect(try FileSystem.exchange(folder.path + "/a", folder.path + "/b"))
        #expect(tree(folder.path) == ["a/": "", "a/two/": "", "b/": "", "b/one/": ""])
    }
}
