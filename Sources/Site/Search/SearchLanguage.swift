import Foundation

extension SearchIndex {
    /// How the index fits the course's `language:`: its stop words and its folding, chosen
    /// by the tag's primary subtag (`fr-CA` is French). Scripts without spaces are cut into
    /// pairs of letters whatever the language (`isSpaceless`).
    final class Language: Sendable {
        /// The primary subtag it stands for, or "other".
        let name: String
        let folding: Folding
        /// The stop words as the index compares them: folded, sorted.
        let stopWords: [String]
        let stopWordTable: WordTable
        let longestStopWord: Int

        private init(_ name: String, folding: Folding, stopWords: Set<String>) {
            self.name = name
            self.folding = folding
            self.stopWords = Set(stopWords.map { ScalarFolds.key($0, folding) }).sorted()
            let table = WordTable()
            for word in self.stopWords {
                _ = Array(word.utf8).withUnsafeBufferPointer { table.insert($0, key: WordTable.Key($0)) }
            }
            stopWordTable = table
            longestStopWord = self.stopWords.map(\.utf8.count).max() ?? 0
        }

        static let english = Language("en", folding: .caseOnly, stopWords: StopWords.english)
        static let german = Language("de", folding: .accents, stopWords: StopWords.german)
        static let french = Language("fr", folding: .accents, stopWords: StopWords.french)
        static let spanish = Language("es", folding: .accents, stopWords: StopWords.spanish)
        static let arabic = Language("ar", folding: .arabic, stopWords: StopWords.arabic)
        /// Every other language: lower case, no stop words.
        static let other = Language("other", folding: .caseOnly, stopWords: [])

        /// The language of a BCP 47 tag such as `en`, `de-AT`, `fr_CA`, `ar`, `zh-Hant`.
        static func named(_ tag: String) -> Language {
            let primary = tag.prefix { $0 != "-" && $0 != "_" }.lowercased()
            switch primary {
            case "en": return english
            case "de": return german
            case "fr": return french
            case "es": return spanish
            case "ar": return arabic
            default: return other
            }
        }
    }

    /// The most common function words of each language with a list, written as they are
    /// spelled (the index folds them as it folds words). Words of one letter are never
    /// indexed anyway.
    enum StopWords {
        static let english: Set<String> = [
            "the", "and", "a", "an", "to", "of", "in", "on", "for", "is", "it", "that", "this", "with", "as",
            "at", "be", "by", "are", "was", "or", "if", "but", "not", "from", "so", "they", "their", "them",
            "you", "your", "we", "our", "us", "can", "will", "do", "does", "have", "has", "had", "its", "than",
            "then", "there", "what", "when", "which", "who", "how", "into", "about", "just", "more", "no", "all",
            "any", "one", "out", "up", "he", "she", "his", "her", "i", "me", "my", "were", "been", "also",
        ]

        static let german: Set<String> = [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            "und", "oder", "aber", "doch", "sondern", "denn", "nicht", "kein", "keine", "keinen", "keinem", "keiner",
            "ist", "sind", "war", "waren", "bin", "bist", "seid", "sein", "wird", "werden", "wurde", "wurden",
            "hat", "haben", "hatte", "hatten", "habe", "kann", "können", "muss", "müssen", "soll", "sollen",
            "will", "wollen", "darf", "dürfen", "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir",
            "dich", "dir", "sich", "uns", "euch", "ihm", "ihn", "ihnen", "ihre", "ihren", "ihrem", "ihrer",
            "mein", "meine", "dein", "deine", "seine", "seinen", "seinem", "seiner", "unser", "unsere", "euer",
            "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "zu", "zum", "zur",
            "für", "über", "unter", "vor", "durch", "gegen", "ohne", "um", "bis", "als", "wie", "wenn", "dass",
            "daß", "ob", "weil", "so", "auch", "noch", "nur", "schon", "sehr", "dann", "da", "hier", "dort",
            "was", "wer", "wo", "man", "ja", "nein", "diese", "dieser", "dieses", "diesen", "diesem", "es",
            "etwas", "alle", "alles", "mehr", "immer", "wieder",
        ]

        static let french: Set<String> = [
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "donc", "or", "ni", "car",
            "que", "qu", "qui", "quoi", "dont", "où", "ce", "cet", "cette", "ces", "ça", "cela", "ceci",
            "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "me", "te", "se", "moi", "toi",
            "lui", "leur", "leurs", "eux", "en", "ne", "pas", "plus", "très", "au", "aux", "dans", "par",
            "pour", "sur", "avec", "sans", "sous", "chez", "entre", "vers", "est", "sont", "était", "étaient",
            "être", "été", "ai", "as", "avons", "avez", "ont", "avait", "avoir", "eu", "son", "sa", "ses",
            "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "si", "comme", "aussi",
            "bien", "tout", "tous", "toute", "toutes", "même", "quand", "alors", "puis", "ici", "là", "peut",
            "sera", "fois", "afin", "lors", "dès", "déjà", "encore", "non", "oui",
        ]

        static let spanish: Set<String> = [
            "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "y", "o", "u", "e", "pero", "ni",
            "que", "de", "del", "a", "al", "en", "con", "por", "para", "sin", "sobre", "entre", "hasta",
            "desde", "hacia", "según", "es", "son", "era", "eran", "ser", "sea", "está", "están", "estar",
            "estaba", "fue", "ha", "han", "he", "has", "haber", "había", "hay", "se", "su", "sus", "mi", "mis",
            "tu", "tus", "te", "me", "le", "les", "nos", "os", "yo", "tú", "él", "ella", "ellos", "ellas",
            "nosotros", "vosotros", "usted", "ustedes", "este", "esta", "estos", "estas", "ese", "esa",
            "esos", "esas", "eso", "esto", "muy", "más", "menos", "como", "cuando", "donde", "qué", "quién",
            "cuál", "si", "sí", "no", "ya", "también", "porque", "pues", "todo", "toda", "todos", "todas",
            "otro", "otra", "otros", "otras", "cada", "algo", "nada", "puede", "pueden", "así", "aquí",
        ]

        static let arabic: Set<String> = [
            "في", "من", "إلى", "على", "عن", "مع", "إلا", "عند", "بين", "حتى", "منذ", "خلال", "بعد", "قبل",
            "حول", "دون", "تحت", "فوق", "و", "أو", "ثم", "أم", "بل", "لكن", "لكي", "كي", "أن", "إن",
            "أنه", "أنها", "إنه", "إنها", "كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست", "لا", "لم",
            "لن", "ما", "ماذا", "متى", "أين", "كيف", "لماذا", "هل", "قد", "لقد", "هو", "هي", "هم", "هن",
            "هما", "أنا", "أنت", "أنتم", "نحن", "هذا", "هذه", "هؤلاء", "ذلك", "تلك", "أولئك", "الذي",
            "التي", "الذين", "اللذان", "اللتان", "اللواتي", "كل", "بعض", "غير", "أي", "إذا", "إذ", "لو",
            "لأن", "كما", "مثل", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "له", "لها", "لهم", "به",
            "بها", "هنا", "هناك", "أيضا", "فقط", "كذلك", "يمكن", "وقد", "ولا", "ولم", "وهو", "وهي",
        ]
    }
}
