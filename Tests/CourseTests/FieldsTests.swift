@testable import Course
import Testing

@Suite struct FieldsTests {
    func number(_ written: String) -> (Int?, [Diagnostic]) {
        let (parsed, problems) = Fields.parse("duration: \(written)", file: "a.md", firstLine: 2)
        guard var fields = parsed else { return (nil, problems) }
        let number = fields.int("duration", in: 1...600, unit: "minutes")
        return (number, problems + fields.diagnostics)
    }

    /// Found reading Yams while fuzzing numbers: it multiplies powers of 60 unchecked, and
    /// the build crashed.
    @Test func aBase60NumberPastIntsRangeIsReportedNotACrash() {
        let (number, diagnostics) = number("1:0:0:0:0:0:0:0:0:0:0")
        #expect(number == nil)
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics.first?.message == "'duration' must be between 1 and 600 (found 604661760000000000)")
        let (tooLarge, problems) = self.number("1:0:0:0:0:0:0:0:0:0:0:0")
        #expect(tooLarge == nil)
        #expect(problems.first?.message == "'duration' must be a whole number of minutes (found '1:0:0:0:0:0:0:0:0:0:0:0')")
    }

    @Test func aBase60NumberIsReadAsYAMLSays() {
        #expect(number("1:30").0 == 90)
        #expect(number("1_0").0 == 10)
        #expect(number("-0:-9223372036854775808").0 == nil)
        #expect(number("0:30").1.count == 1, "a leading 0 is octal in YAML 1.1, so this is no number")
    }
}

@Suite struct FieldsDuplicateTests {
    /// Yams rejects a repeated key with a message holding the whole YAML and a line counted
    /// from the YAML's first line, not the file's.
    @Test func aKeySetTwiceIsNamedAtItsLineInTheFile() {
        let (fields, problems) = Fields.parse("title: A\nsummary: x\ntitle: B", file: "a.md", firstLine: 2)
        #expect(fields == nil)
        #expect(problems.map(\.description) == ["a.md:2:1: error: 'title' is set twice\n  hint: keep one of the two lines"])
    }
}

@Suite struct FieldsLineTests {
    /// Found by fuzzing: course.yaml holding only `---` was reported on line 2 of a one-line file.
    @Test func aLoneDocumentMarkerIsReportedOnItsOwnLine() {
        let (fields, problems) = Fields.parse("---", file: "content/course.yaml", firstLine: 1)
        #expect(fields == nil)
        #expect(problems.map(\.line) == [1])
    }

    @Test func anEmptyValueOnTheLastLineIsReportedOnThatLine() throws {
        let (parsed, _) = Fields.parse("title: T\npass_mark:", file: "content/course.yaml", firstLine: 1)
        var fields = try #require(parsed)
        #expect(fields.int("pass_mark", in: 0...100, unit: "percent") == nil)
        #expect(fields.diagnostics.map(\.line) == [2])
    }
}

@Suite struct NearNameTests {
    @Test func namesWithinTwoEditsAreNear() {
        #expect("titel".isNear("title"))
        #expect("summary".isNear("sumary"))
        #expect("ab".isNear(""))
        #expect("".isNear(""))
        #expect("part-1".isNear("part-12"))
        #expect("durat".isNear("duration") == false)
        #expect("pass_mark".isNear("tension") == false)
        #expect("abc".isNear("cba"))
        #expect("abcd".isNear("dcba") == false)
        #expect("Ça va".isNear("ca va"))
    }
}
