#if canImport(Glibc)
import Glibc
#endif

/// Gives memory the program freed back to the system.
enum FreedMemory {
    /// After a build frees every page's Markdown tree, the freed space stays with malloc,
    /// scattered in small pieces, while the search index then asks for large new blocks:
    /// the peak would be the trees and the index together. `malloc_trim` hands the free
    /// pages back first. It is glibc's (not in Swift's Glibc module), so it is looked up by
    /// name; elsewhere this does nothing.
    static func returnToSystem() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
