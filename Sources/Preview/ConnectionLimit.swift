import Foundation

/// How many connections the preview holds open at once. Past that it stops accepting
/// (new ones wait in the listening queue) so that descriptors stay free for reading the
/// course and rebuilding it; at the system's limit NIO waits and accepts again later.
enum ConnectionLimit {
    /// Descriptors kept for everything but connections: course files, the file watcher,
    /// the event loops' own.
    static let reserve = 64
    static let most = 1000

    static func forThisProcess() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return most }
        let available = limit.rlim_cur > rlim_t(Int.max) ? most : Int(limit.rlim_cur) - reserve
        return min(max(available, 8), most)
    }
}
