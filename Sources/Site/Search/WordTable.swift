import Foundation

/// A set of byte strings that gives each a number, in the order they were added: open
/// addressing with linear probing, every word's bytes one after another in one buffer.
/// Made for the search index's many short words, where `Set<String>` spent its time in
/// SipHash and in making a `String` for every word.
///
/// A class over buffers it allocates itself: the search index looks up every word of every
/// section in one, and Swift arrays cost a uniqueness check (a runtime call) on every
/// write. Only one thread uses a table while it changes; after that it is only read.
final class WordTable: @unchecked Sendable {
    /// A word's hash and its first eight bytes, read in one pass: most words are no longer,
    /// so comparing the eight bytes as one integer compares the whole word.
    struct Key {
        let hash: UInt64
        let prefix: UInt64

        /// Eight bytes at a time, each step a multiply and a shift (as in splitmix64). The
        /// top bits, which pick the slot, depend on every byte.
        init(_ word: UnsafeBufferPointer<UInt8>) {
            var hash = UInt64(truncatingIfNeeded: word.count) &* 0x9E37_79B9_7F4A_7C15
            var prefix: UInt64 = 0
            if let start = word.baseAddress {
                let bytes = UnsafeRawPointer(start)
                var index = 0
                while index < word.count {
                    let chunk = Self.load(bytes + index, count: min(8, word.count - index))
                    if index == 0 { prefix = chunk }
                    hash = (hash ^ chunk) &* 0xBF58_476D_1CE4_E5B9
                    hash ^= hash >> 31
                    index += 8
                }
            }
            self.hash = hash
            self.prefix = prefix
        }

        /// `count` (1 to 8) bytes as a little-endian integer, in at most three loads instead
        /// of one per byte: two that overlap for 4 to 8 bytes, as wyhash reads its input.
        private static func load(_ bytes: UnsafeRawPointer, count: Int) -> UInt64 {
            if count >= 4 {
                let low = UInt64(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
                let high = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
                return low | high << UInt64(8 * (count - 4))
            }
            let first = UInt64(bytes.load(as: UInt8.self))
            let middle = UInt64(bytes.load(fromByteOffset: count / 2, as: UInt8.self))
            let last = UInt64(bytes.load(fromByteOffset: count - 1, as: UInt8.self))
            return first | middle << UInt64(8 * (count / 2)) | last << UInt64(8 * (count - 1))
        }
    }

    /// 0 where empty, else the top 32 bits of the word's hash (to skip most comparisons
    /// without reading the word) over `id + 1`. A power of two, at least twice the words.
    private var slots: UnsafeMutableBufferPointer<UInt64>
    /// How far to shift a hash right to get its slot: 64 − log2(slots).
    private var shift: UInt64
    /// Per word, room for half as many words as slots: its first eight bytes and where it
    /// ends in `bytes`.
    private var prefixes: UnsafeMutableBufferPointer<UInt64>
    private var ends: UnsafeMutableBufferPointer<Int>
    private var bytes: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    /// - Parameter capacity: how many words it holds before it grows.
    init(capacity: Int = 32) {
        var slotCount = 64
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0)
        shift = 64 - UInt64(slotCount.trailingZeroBitCount)
        prefixes = .allocate(capacity: slotCount / 2)
        ends = .allocate(capacity: slotCount / 2)
        bytes = .allocate(capacity: slotCount * 4)
    }

    deinit {
        slots.deallocate()
        prefixes.deallocate()
        ends.deallocate()
        bytes.deallocate()
    }

    private var byteCount: Int { count == 0 ? 0 : ends[count - 1] }

    /// Calls `body` with the bytes of word `id`, which must be below `count`.
    func withWord<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = id == 0 ? 0 : ends[id - 1]
        return body(UnsafeBufferPointer(rebasing: bytes[start..<ends[id]]))
    }

    /// Byte order, then the shorter first: `memcmp` where both have bytes.
    static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let leftBytes = left.baseAddress, let rightBytes = right.baseAddress {
            let order = memcmp(leftBytes, rightBytes, common)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }

    /// Whether word `left` sorts before word `right`, by their bytes.
    func isOrdered(_ left: Int, before right: Int) -> Bool {
        withWord(left) { left in withWord(right) { right in Self.compare(left, right) < 0 } }
    }

    func find(_ word: UnsafeBufferPointer<UInt8>, key: Key) -> Int? {
        switch probe(word, key: key) {
        case .found(let id): id
        case .empty: nil
        }
    }

    /// Adds the word unless it is there; either way returns its number.
    @discardableResult
    func insert(_ word: UnsafeBufferPointer<UInt8>, key: Key) -> (id: Int, inserted: Bool) {
        var slot: Int
        switch probe(word, key: key) {
        case .found(let id): return (id, false)
        case .empty(let empty): slot = empty
        }
        if (count + 1) * 2 > slots.count {
            grow()
            slot = emptySlot(for: key.hash)
        }
        let start = byteCount
        if start + word.count > bytes.count {
            bytes = Self.moved(bytes, count: start, toCapacity: max(bytes.count * 2, start + word.count))
        }
        _ = UnsafeMutableBufferPointer(rebasing: bytes[start..<(start + word.count)]).initialize(from: word)
        let id = count
        ends[id] = start + word.count
        prefixes[id] = key.prefix
        slots[slot] = (key.hash & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
        count += 1
        return (id, true)
    }

    /// Adds a word of the search index unless it is there, and returns its number. Words
    /// are known by their NFC form, which `String` uses for `==` and hashing: "한" typed as
    /// one syllable or as three jamo is one word, as it was in a `Set<String>`, and the
    /// table holds its NFC bytes.
    /// - Returns: also whether the word is spelled as the table holds it: where not, a
    ///   caller that shows words keeps the spelling it met first.
    func insertWord(_ spelling: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool, isSpelledAsKept: Bool) {
        let key = Key(spelling)
        // ASCII text is its own NFC form, and most other words are in NFC already: found as
        // they are spelled without normalising.
        if let id = find(spelling, key: key) { return (id, false, true) }
        if !spelling.contains(where: { $0 >= 0x80 }) {
            let (id, inserted) = insert(spelling, key: key)
            return (id, inserted, true)
        }
        // The standard library's own normalisation, as `String`'s `==` and hashing use it.
        let normalized = String(decoding: spelling, as: UTF8.self)._nfcCodeUnits
        return normalized.withUnsafeBufferPointer { normalized in
            let (id, inserted) = insert(normalized, key: Key(normalized))
            return (id, inserted, Self.compare(normalized, spelling) == 0)
        }
    }

    /// Forgets every word, keeping the buffers.
    func removeAll() {
        guard count > 0 else { return }
        count = 0
        slots.update(repeating: 0)
    }

    private enum Probe {
        case found(Int)
        case empty(slot: Int)
    }

    private func probe(_ word: UnsafeBufferPointer<UInt8>, key: Key) -> Probe {
        let tag = key.hash >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return .empty(slot: slot) }
            if entry >> 32 == tag {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if prefixes[id] == key.prefix && isWord(id, word) { return .found(id) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether word `id`, whose first eight bytes are the word's, is the word.
    private func isWord(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == word.count else { return false }
        if word.count <= 8 { return true }
        return Self.compare(UnsafeBufferPointer(rebasing: bytes[(start + 8)..<ends[id]]), UnsafeBufferPointer(rebasing: word[8...])) == 0
    }

    private func emptySlot(for hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    private func grow() {
        let old = slots
        slots = .allocate(capacity: old.count * 2)
        slots.initialize(repeating: 0)
        shift -= 1
        for entry in old where entry != 0 {
            // The tag is the hash's top 32 bits, enough to find the slot.
            slots[emptySlot(for: entry & 0xFFFF_FFFF_0000_0000)] = entry
        }
        old.deallocate()
        prefixes = Self.moved(prefixes, count: count, toCapacity: slots.count / 2)
        ends = Self.moved(ends, count: count, toCapacity: slots.count / 2)
    }

    private static func moved<Element>(_ buffer: UnsafeMutableBufferPointer<Element>, count: Int,
                                       toCapacity capacity: Int) -> UnsafeMutableBufferPointer<Element> {
        let moved = UnsafeMutableBufferPointer<Element>.allocate(capacity: capacity)
        _ = moved.moveInitialize(fromContentsOf: UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
        buffer.deallocate()
        return moved
    }
}
