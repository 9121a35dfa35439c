/// Which plural form a count takes in a language, after the CLDR plural rules for whole
/// numbers (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
/// The languages written here cover the catalogs parley ships and their neighbours; any
/// other language gets English's one/other, and a catalog's `other` form is the fallback
/// for a category it does not give.
public enum PluralRule {
    public static func category(of count: Int, language: String) -> String {
        let n = abs(count)
        let tens = n % 100, ones = n % 10
        switch primarySubtag(of: language) {
        case "ja", "zh", "ko", "th", "vi", "id", "ms":
            return "other"
        case "fr", "pt":
            return n <= 1 ? "one" : "other"
        case "pl":
            if n == 1 { return "one" }
            if (2...4).contains(ones) && !(12...14).contains(tens) { return "few" }
            return "many"
        case "ru", "uk", "be":
            if ones == 1 && tens != 11 { return "one" }
            if (2...4).contains(ones) && !(12...14).contains(tens) { return "few" }
            return "many"
        case "cs", "sk":
            if n == 1 { return "one" }
            return (2...4).contains(n) ? "few" : "other"
        case "ar":
            if n == 0 { return "zero" }
            if n == 1 { return "one" }
            if n == 2 { return "two" }
            if (3...10).contains(tens) { return "few" }
            if (11...99).contains(tens) { return "many" }
            return "other"
        case "he":
            if n == 1 { return "one" }
            return n == 2 ? "two" : "other"
        default:
            return n == 1 ? "one" : "other"
        }
    }

    /// `de` of `de-CH`, lowercased.
    public static func primarySubtag(of language: String) -> String {
        String(language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "").lowercased()
    }
}
