import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps on every core, keeping the order of the input.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeResults<T>(count: count)
        self.withUnsafeBufferPointer { input in
            let base = UnsafeSendable(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.set(index, transform(base.value[index]))
            }
        }
        return results.values
    }
}

/// A buffer whose slots are each written by exactly one iteration of `concurrentPerform`.
private final class UnsafeResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: T) { slots[index] = value }
    var values: [T] { slots.compactMap { $0 } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
