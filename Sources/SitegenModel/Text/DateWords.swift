/// The words of dates in the languages a site may name (English, French, German, Spanish,
/// Italian), folded (lower case, no accents): month names and their abbreviations, weekdays, and
/// the words for yesterday, today and tomorrow. Shared by import (a page's date) and by the
/// build (the dates of events in a story's text).
public enum DateWords {
    /// The month (1–12) a folded word names, in any of the languages, abbreviations included.
    public static func month(_ folded: String) -> Int? {
        monthNumbers[folded]
    }

    /// The month a folded word names by its full name in `language` (or English): events are read
    /// only from full names, since abbreviations (`mar`, `set`, `ago`) are words too.
    public static func fullMonth(_ folded: String, language: String?) -> Int? {
        guard let month = fullMonthNumbers[folded] else { return nil }
        return month.languages.contains(Self.code(language)) || month.languages.contains("en") ? month.number : nil
    }

    /// The weekday (1 = Monday … 7 = Sunday) a folded word names in `language` (or English).
    public static func weekday(_ folded: String, language: String?) -> Int? {
        (weekdays[code(language)] ?? [:])[folded] ?? weekdays["en"]![folded]
    }

    /// Days from the article's date that a word of `language` means: yesterday −1, today 0, tomorrow +1.
    public static func relativeDay(_ folded: String, language: String?) -> Int? {
        relativeDays[code(language)]?[folded]
    }

    /// Every folded word that may name a day in `language` or English: full month names, weekdays,
    /// and the words for yesterday, today and tomorrow.
    public static func dayNamingWords(language: String?) -> Set<String> {
        var words = Set<String>()
        for (name, month) in fullMonthNumbers where month.languages.contains(code(language)) || month.languages.contains("en") { words.insert(name) }
        for language in Set(["en", code(language)]) {
            words.formUnion((weekdays[language] ?? [:]).keys)
            words.formUnion((relativeDays[language] ?? [:]).keys)
        }
        return words
    }

    /// A day of the month, folded: `30`, `30th`, `30.`, `1er`, `1st`.
    public static func dayOfMonth(_ folded: String) -> Int? {
        var digits = folded
        for suffix in ["st", "nd", "rd", "th", "er", "."] where digits.hasSuffix(suffix) {
            digits.removeLast(suffix.count)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    static func code(_ language: String?) -> String {
        String((language ?? "en").lowercased().prefix(2))
    }

    private static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "januar", "jan", "janner", "enero", "ene", "gennaio", "genn", "gen"],
            ["february", "feb", "febr", "fevrier", "fevr", "fev", "februar", "febrero", "febbraio", "febb"],
            ["march", "mar", "mars", "marz", "maerz", "marzo"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "magg", "mag"],
            ["june", "jun", "juin", "juni", "junio", "giugno", "giu"],
            ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug"],
            ["august", "aug", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "sett", "set"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dicembre"],
        ]
        var map: [String: Int] = [:]
        for (index, variants) in names.enumerated() {
            for variant in variants { map[variant] = index + 1 }
        }
        return map
    }()

    private static let fullMonthNumbers: [String: (number: Int, languages: Set<String>)] = {
        let names: [String: [String]] = [
            "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            "fr": ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
            "de": ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ]
        var map: [String: (number: Int, languages: Set<String>)] = [:]
        for (language, months) in names {
            for (index, name) in months.enumerated() {
                map[name, default: (index + 1, [])].languages.insert(language)
            }
        }
        return map
    }()

    private static let weekdays: [String: [String: Int]] = {
        let names: [String: [String]] = [
            "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
            "es": ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"],
            "it": ["lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"],
        ]
        return names.mapValues { Dictionary(uniqueKeysWithValues: $0.enumerated().map { ($1, $0 + 1) }) }
    }()

    private static let relativeDays: [String: [String: Int]] = [
        "en": ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1],
        "fr": ["hier": -1, "aujourd'hui": 0, "demain": 1],
        "de": ["gestern": -1, "heute": 0, "morgen": 1],
        "es": ["ayer": -1, "hoy": 0, "manana": 1],
        "it": ["ieri": -1, "oggi": 0, "domani": 1],
    ]
}
