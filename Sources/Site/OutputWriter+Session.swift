import Foundation

// Stand-in until the writer's own session lands: gathers the files, then writes them all.
extension OutputWriter {
    public final class Session: @unchecked Sendable {
        private let output: String
        private let files = FileCollector()
        init(output: String) { self.output = output }
        public func write(_ file: OutputFile) throws { files.add(file) }
        public func commit() throws { try OutputWriter().write(files.sorted, to: output) }
        public func abort() {}
    }

    public func begin(_ output: String) throws -> Session { Session(output: output) }
}
