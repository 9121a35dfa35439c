import Foundation

/// Numbers and percentages written the way the course's language writes them, with
/// Foundation's (ICU's) locale data, as the browser's `Intl` does for the scripts.
final class NumberStyle: @unchecked Sendable {
    private let lock = NSLock()
    private let decimal: NumberFormatter
    private let percentage: NumberFormatter

    init(language: String) {
        let locale = Locale(identifier: language)
        decimal = NumberFormatter()
        decimal.locale = locale
        decimal.numberStyle = .decimal
        percentage = NumberFormatter()
        percentage.locale = locale
        percentage.numberStyle = .percent
        percentage.maximumFractionDigits = 0
    }

    func number(_ value: Int) -> String {
        lock.withLock { decimal.string(from: NSNumber(value: value)) } ?? String(value)
    }

    func percent(_ value: Int) -> String {
        lock.withLock { percentage.string(from: NSNumber(value: Double(value) / 100)) } ?? "\(value)%"
    }
}
