import CourseFixtures
import Foundation
@testable import Preview
import Testing

@Suite struct ChangeWatcherTests {
    @Test func noticesSavedAddedAndRemovedFiles() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let watcher = ChangeWatcher(folders: [course.content])
        #expect(watcher.poll().isEmpty)
        try course.write("01-basics/01-first.md", "---\ntitle: Changed\n---\n")
        try course.write("01-basics/03-new.md", "---\ntitle: New\n---\n")
        try FileManager.default.removeItem(atPath: course.content + "/01-basics/02-second.md")
        let changes = watcher.poll()
        #expect(changes.modified == [course.content + "/01-basics/01-first.md"])
        #expect(changes.added == [course.content + "/01-basics/03-new.md"])
        #expect(changes.removed == [course.content + "/01-basics/02-second.md"])
        #expect(watcher.poll().isEmpty)
    }

    @Test func ignoresHiddenAndBackupFiles() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let watcher = ChangeWatcher(folders: [course.content])
        try course.write("01-basics/.01-first.md.swp", "x")
        try course.write("01-basics/01-first.md~", "x")
        #expect(watcher.poll().isEmpty)
    }

    @Test func laterChangesMergeIntoEarlierOnes() {
        var changes = FolderChanges(modified: ["a"], added: ["b"])
        changes.merge(FolderChanges(modified: ["b"], removed: ["a"]))
        #expect(changes == FolderChanges(added: ["b"], removed: ["a"]))
        changes.merge(FolderChanges(removed: ["b"]))
        #expect(changes == FolderChanges(removed: ["a"]))
    }
}
