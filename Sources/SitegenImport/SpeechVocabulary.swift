/// The words of reported speech that attribution rests on (English first, then the other languages a site may name): verbs of saying, the words that
/// may stand between a subject and its verb, pronouns, and the nouns that stand for a person's role.
enum SpeechVocabulary {
    /// `said`, `told`, `added`, `explained`, …: a finite verb with its speaker as subject.
    static let finiteVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes", "stated",
        "mentioned", "confirmed", "announced", "insisted", "warned", "stressed", "argued", "claimed", "replied",
        "responded", "wrote", "writes", "continued", "declared", "acknowledged", "admitted", "commented", "asked",
        "urged", "emphasised", "emphasized", "remarked", "recalled", "observed", "denied", "reported", "concluded",
        "tweeted", "posted", "answered", "reiterated", "underlined", "cautioned", "conceded",
        // The same verbs in the other languages a site may name, folded (`a déclaré Lula`, `dijo Sánchez`,
        // `ha detto Meloni`, `sagte Merz`); with an auxiliary, the participle.
        "sagte", "sagt", "erklarte", "erklart", "betonte", "meinte", "schrieb", "warnte", "unterstrich",
        "declare", "dit", "affirme", "estime", "explique", "indique", "souligne", "ajoute", "assure", "precise", "confie",
        "martele", "insiste", "dijo", "afirmo", "aseguro", "declaro", "explico", "senalo", "indico", "anadio", "agrego",
        "sostuvo", "expreso", "subrayo", "insistio", "afirma", "asegura", "senala", "anade", "agrega", "detto",
        "dichiarato", "spiegato", "affermato", "sottolineato", "aggiunto", "ribadito", "dichiara", "afferma",
        "sottolinea", "aggiunge",
    ]
    /// `saying`, `adding`, …: the speaker is the subject of the clause the participle hangs on.
    static let participles: Set<String> = [
        "saying", "adding", "stating", "noting", "explaining", "telling", "insisting", "warning", "arguing", "writing",
        "declaring", "claiming", "stressing", "emphasising", "emphasizing", "asking", "urging", "replying", "responding",
        "confirming", "announcing", "acknowledging", "admitting", "denying", "remarking", "recalling", "mentioning",
        "reiterating", "conceding",
    ]
    /// Verbs that name their speaker after `by` in the passive: `was reported by …`.
    static let passiveVerbs: Set<String> = ["said", "reported", "stated", "announced", "confirmed", "told", "written"]

    /// Words that may stand between a subject and its verb: `Leavitt also said`, `he later told`.
    static let betweenSubjectAndVerb: Set<String> = [
        "also", "has", "had", "have", "was", "is", "later", "earlier", "previously", "then", "again", "once",
        "reportedly", "further", "recently", "repeatedly", "since", "just", "already", "publicly", "privately",
        "separately", "still", "subsequently", "quickly", "simply", "flatly", "firmly", "would", "will",
        "last", "week", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "yesterday", "today", "tonight", "now", "herself", "himself", "personally", "bluntly", "openly",
        // Auxiliaries and adverbs of the other languages: `Lula a déclaré`, `Meloni ha detto`, `Merz hat gesagt`.
        "a", "avait", "aussi", "ha", "aveva", "anche", "hat", "hatte", "auch", "habia", "tambien",
    ]

    /// `she`, and the French and Spanish pronouns that cannot be read as an article (`elle`, `ella`,
    /// the inverted `a-t-elle`): for a text of unknown language. French `il` is also Italian for `the`.
    static let femalePronouns: Set<String> = ["she", "elle", "ella", "a-t-elle"]
    static let malePronouns: Set<String> = ["he", "a-t-il"]

    /// The subject pronouns of one person in a text of `language` (male, female). Spanish `él` folds
    /// to the article `el`, so only `ella` is read there.
    static func pronouns(for language: String?) -> (male: Set<String>, female: Set<String>) {
        switch Stopwords.code(of: language) {
        case "en": return (["he"], ["she"])
        case "fr": return (["il", "a-t-il"], ["elle", "a-t-elle"])
        case "de": return (["er"], ["sie"])
        case "es": return ([], ["ella"])
        case "it": return (["lui"], ["lei"])
        default: return (malePronouns, femalePronouns)
        }
    }
    /// Subjects that are not one person: `they`, `officials`, `the ministry`.
    static let pluralPronouns: Set<String> = ["they", "we", "it", "who"]

    static let honorifics: [String: Gender] = [
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "sir": .male, "dame": .female, "lord": .male,
        "lady": .female, "madam": .female, "monsieur": .male, "madame": .female, "herr": .male, "frau": .female,
    ]

    /// Nouns that stand for one person by role, with the gender they imply, if any.
    static let roleNouns: [String: Gender?] = [
        "official": nil, "spokesperson": nil, "spokeswoman": .female, "spokesman": .male, "minister": nil,
        "president": nil, "secretary": nil, "envoy": nil, "aide": nil, "chief": nil, "leader": nil, "diplomat": nil,
        "ambassador": nil, "senator": nil, "general": nil, "commander": nil, "adviser": nil, "advisor": nil,
        "lawmaker": nil, "politician": nil, "chancellor": nil, "premier": nil, "governor": nil, "mayor": nil,
        "deputy": nil, "negotiator": nil, "chairman": .male, "chairwoman": .female, "chair": nil, "director": nil,
        "congressman": .male, "congresswoman": .female, "businessman": .male, "businesswoman": .female,
        "king": .male, "queen": .female, "prince": .male, "princess": .female, "head": nil, "representative": nil,
        "analyst": nil, "expert": nil, "officer": nil, "counterpart": nil, "host": nil, "correspondent": nil,
        "mother": .female, "father": .male, "wife": .female, "husband": .male, "actress": .female, "actor": nil,
    ]
}
