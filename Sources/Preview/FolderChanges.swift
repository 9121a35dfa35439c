/// Files that changed between two looks at the watched folders, as paths that start with
/// the folder they were found in (`content/01-basics/02-tone.md`).
struct FolderChanges: Sendable, Equatable {
    var modified: Set<String> = []
    var added: Set<String> = []
    var removed: Set<String> = []

    var isEmpty: Bool { modified.isEmpty && added.isEmpty && removed.isEmpty }

    var all: [String] { (modified.union(added).union(removed)).sorted() }

    /// Changes since an earlier look followed by these: a file added then saved is added.
    mutating func merge(_ later: FolderChanges) {
        for path in later.removed {
            if added.remove(path) == nil { removed.insert(path) }
            modified.remove(path)
        }
        for path in later.added {
            if removed.remove(path) != nil { modified.insert(path) } else { added.insert(path) }
        }
        for path in later.modified where !added.contains(path) {
            modified.insert(path)
        }
    }
}
