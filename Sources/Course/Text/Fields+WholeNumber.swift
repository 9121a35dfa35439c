import Yams

extension Fields {
    /// The whole number a YAML value holds, or nil. Yams reads `1:30` as base 60 (YAML 1.1
    /// sexagesimal, here 90) with unchecked arithmetic, which traps once a power of 60 passes
    /// Int's range: `duration: 1:0:0:0:0:0:0:0:0:0:0` stopped the whole build. Such numbers
    /// are read here the same way, with checked arithmetic; every other form is left to Yams.
    static func wholeNumber(_ node: Yams.Node) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return node.int }
        var text = Substring(scalar.string.replacingOccurrences(of: "_", with: ""))
        let isNegative = text.hasPrefix("-")
        if isNegative || text.hasPrefix("+") { text = text.dropFirst() }
        // Yams reads a number starting with 0 as octal, hexadecimal or binary, never base 60.
        guard text.contains(":"), !text.hasPrefix("0") else { return node.int }
        var value = 0
        for part in text.split(separator: ":", omittingEmptySubsequences: false) {
            guard let digit = Int(part, radix: 10) else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 60)
            let (sum, overflowedAgain) = shifted.addingReportingOverflow(digit)
            guard !overflowed, !overflowedAgain else { return nil }
            value = sum
        }
        let (signed, overflowed) = isNegative ? 0.subtractingReportingOverflow(value) : (value, false)
        return overflowed ? nil : signed
    }
}
