import FuzzHarness
import Foundation

/// libFuzzer's entry point: one input, then back for the next. A broken rule aborts, so
/// libFuzzer keeps the input as a crash like any other.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let problems = FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    if !problems.isEmpty {
        for problem in problems { FileHandle.standardError.write(Data("broken rule: \(problem)\n".utf8)) }
        abort()
    }
    return 0
}

/// AddressSanitizer's defaults for this binary. cmark is Debian's uninstrumented library,
/// so ASan cannot see it read a freed node; filling freed memory with 0xbe turns such a read
/// into garbage pointers that crash at once instead of reading stale but plausible data.
@_cdecl("__asan_default_options")
public func asanDefaultOptions() -> UnsafePointer<CChar> {
    // A literal in the binary's constant data: this runs before Swift's runtime is set up.
    let options: StaticString = "max_free_fill_size=4096:free_fill_byte=190\0"
    return UnsafeRawPointer(options.utf8Start).assumingMemoryBound(to: CChar.self)
}

/// Reads what every input shares, before the first one (see FuzzMain.c).
@_cdecl("parley_fuzz_prepare")
public func prepare() {
    FuzzHarness.prepare()
}
