/// A name for one node of a `Document`. It holds no memory of its own and has no methods:
/// what a node is, what it holds and how it renders are asked of its document, which must
/// be alive to be asked and answers only about its own nodes (a node of another document,
/// or one kept after its document is gone, gets nothing). Nodes taken out of the tree stay
/// allocated until their document goes away, so a node never names freed memory.
public struct Node: Hashable {
    let pointer: OpaquePointer
    let document: UInt64

    init(_ pointer: OpaquePointer, in document: UInt64) {
        self.pointer = pointer
        self.document = document
    }
}
