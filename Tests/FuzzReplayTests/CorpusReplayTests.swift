import Foundation
import FuzzHarness
import Testing

/// Replays the fuzzer's committed corpus and every input that once crashed it through the
/// same harness the fuzz target runs: a crash here fails the whole run, a broken rule
/// (a diagnostic without its file or line) fails the test with the input's name.
@Suite struct CorpusReplayTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The inputs in one folder of Tests/Fuzz, by name; notes like README.md are not inputs.
    static func inputs(in folder: String) throws -> [(name: String, bytes: [UInt8])] {
        let url = fuzzFolder.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: url.appendingPathComponent($0)))) }
    }

    @Test func everyCorpusInputKeepsTheRules() throws {
        let inputs = try Self.inputs(in: "corpus")
        #expect(inputs.count >= 40, "the corpus is missing or was cut down by mistake")
        for input in inputs {
            let problems = FuzzHarness.run(input.bytes)
            #expect(problems.isEmpty, "corpus/\(input.name): \(problems.joined(separator: "; "))")
        }
    }

    @Test func everyInputThatOnceCrashedKeepsTheRules() throws {
        for input in try Self.inputs(in: "crashes") {
            let problems = FuzzHarness.run(input.bytes)
            #expect(problems.isEmpty, "crashes/\(input.name): \(problems.joined(separator: "; "))")
        }
    }

    @Test func everyPlaceIsReachedByTheCorpus() throws {
        let places = Set(try Self.inputs(in: "corpus").map { FuzzInput($0.bytes).place })
        #expect(places == Set(FuzzInput.Place.allCases))
    }
}
