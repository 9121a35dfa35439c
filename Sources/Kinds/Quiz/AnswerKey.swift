/// Salted hashes of the answers, so the page source does not show them at a glance. The
/// same function (cyrb53, 53 bits) runs in quiz.js; both sides must agree bit for bit.
enum AnswerKey {
    /// How long a question's or an option's key is at most (the first characters of a hash).
    static let keyLength = 8

    static func hash(_ text: String) -> String {
        var h1: UInt32 = 0xdead_beef
        var h2: UInt32 = 0x41c6_ce57
        for unit in text.utf16 {
            let character = UInt32(unit)
            h1 = (h1 ^ character) &* 2_654_435_761
            h2 = (h2 ^ character) &* 1_597_334_677
        }
        h1 = (h1 ^ (h1 >> 16)) &* 2_246_822_507
        h1 ^= (h2 ^ (h2 >> 13)) &* 3_266_489_909
        h2 = (h2 ^ (h2 >> 16)) &* 2_246_822_507
        h2 ^= (h1 ^ (h1 >> 13)) &* 3_266_489_909
        let value = (UInt64(h2 & 0x1f_ffff) << 32) | UInt64(h1)
        return String(value, radix: 36)
    }

    /// A fixed shuffle of `count` items from `seed` that differs from the written order
    /// whenever it can, so an ordering question never shows its answer.
    static func permutation(_ count: Int, seed: String) -> [Int] {
        var order = Array(0..<count)
        var state = UInt64(hash(seed), radix: 36) ?? 1
        for index in stride(from: count - 1, to: 0, by: -1) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let other = Int((state >> 33) % UInt64(index + 1))
            order.swapAt(index, other)
        }
        if count > 1, order == Array(0..<count) { order.append(order.removeFirst()) }
        return order
    }
}
