/// The most frequent function words of each language a site may name, folded (lower case, no
/// accents). Story prose is dense in them; page chrome (menus, labels, teaser headlines, credits)
/// is not: that density is what tells the two apart, as in jusText.
public enum Stopwords {
    /// The words of `language` (an ISO 639-1 code such as `de`, or a tag such as `de-AT`), or of
    /// every known language when the code is unknown or missing.
    public static func words(for language: String?) -> Set<String> {
        byLanguage[code(of: language)] ?? all
    }

    /// The two-letter code of a language tag (`de-AT` → `de`); empty for none.
    static func code(of language: String?) -> String {
        language.map { String($0.lowercased().prefix(2)) } ?? ""
    }

    /// The share of `words` (folded) that are in `stopwords`: how densely a text is written in their language.
    static func density(of words: [String], in stopwords: Set<String>) -> Double {
        guard !words.isEmpty else { return 0 }
        return Double(words.filter(stopwords.contains).count) / Double(words.count)
    }

    /// The language whose stopwords cover most of `words`, among those known; nil for too little text.
    public static func guessLanguage(_ words: [String]) -> String? {
        guard words.count >= 20 else { return nil }
        // Each word is looked up once, for the languages whose stopword it is.
        var hits = [Int](repeating: 0, count: languageCodes.count)
        for word in words {
            guard let languages = languagesOfWord[word] else { continue }
            for (number, _) in languageCodes.enumerated() where languages & (1 << number) != 0 { hits[number] += 1 }
        }
        var best: (code: String, hits: Int)?
        for (number, code) in languageCodes.enumerated() where best == nil || hits[number] > best!.hits {
            best = (code, hits[number])
        }
        return best?.code
    }

    /// The languages of `byLanguage`, in the order their bits stand in `languagesOfWord`.
    private static let languageCodes: [String] = byLanguage.keys.sorted()

    /// Each stopword's languages, one bit each.
    private static let languagesOfWord: [String: UInt32] = {
        var result: [String: UInt32] = [:]
        for (number, code) in languageCodes.enumerated() {
            for word in byLanguage[code]! { result[word, default: 0] |= 1 << number }
        }
        return result
    }()

    static let all: Set<String> = byLanguage.values.reduce(into: Set<String>()) { $0.formUnion($1) }

    static let byLanguage: [String: Set<String>] = [
        "en": Set("""
        a about above after again against all also although am among an and another any are around as at be because been \
        before being below between both but by can could did do does doing down during each either even ever every few for \
        from further had has have having he her here hers herself him himself his how however i if in into is it its itself \
        just last least less many may me might more most much must my myself neither never no nor not now of off often on \
        once one only or other others our ours ourselves out over own per rather said same says she should since so some \
        still such than that the their theirs them themselves then there these they this those though through thus to too \
        toward towards under until up upon us very was we were what whatever when where whether which while who whom whose \
        why will with within without would yet you your yours also would could about after told according against including
        """.split(separator: " ").map(String.init)),
        "de": Set("""
        aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anders \
        auch auf aus bei beim bin bis bist da dabei damit dann das dass dein deine dem den denn der deren des dessen deshalb \
        die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einig einige er es \
        etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre \
        ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann \
        kein keine keinem keinen keiner können könnte machen man manche mehr mein meine mich mir mit muss musste nach nicht \
        nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seit sich sie sind so solche soll sollte \
        sondern sonst über um und uns unser unter viel vom von vor wann war waren warum was weil welche welchem welchen \
        welcher welches wenn wer werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar \
        zwischen sagte laut bereits sowie sei seien wurde wurden worden
        """.split(separator: " ").map { String($0).folded }),
        "fr": Set("""
        a afin ai aie aient ainsi alors au aucun aucune aupres auquel aussi autre autres aux avaient avais avait avant avec \
        avoir ayant c ce ceci cela celle celles celui cependant certains ces cet cette ceux chacun chaque chez comme comment \
        d dans de des depuis donc dont du elle elles en encore entre est et etaient etait ete etre eu eux fait fut il ils \
        j je jusqu l la laquelle le lequel les lesquels leur leurs lors lorsque lui m ma mais me meme mes moi mon n ne ni \
        nos notre nous on ont ou où par parce pas peu peut plus plusieurs pour pourquoi puis qu quand que quel quelle \
        quelles quels qui quoi s sa sans se selon ses si sien son sont sous sur ta te tes toi ton tous tout toute toutes \
        tres tu un une vers vos votre vous y a-t-il apres deja selon ete etait sera seront avait
        """.split(separator: " ").map { String($0).folded }),
        "es": Set("""
        a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos \
        en entre era eran es esa esas ese eso esos esta estaba estaban estado estan estar este esto estos fue fueron ha \
        habia han hasta hay la las le les lo los mas me mi mientras mis muy nada ni no nos nosotros o os otra otras otro \
        otros para pero poco por porque que quien quienes se sea segun ser si sido siempre sin sobre son su sus tambien \
        tanto te tiene tienen todo todos tras tu un una uno unos y ya aunque cada dijo dos ademas asi esta sus
        """.split(separator: " ").map { String($0).folded }),
        "it": Set("""
        a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci come con contro cui da dal dalla \
        dalle dallo dei del della delle dello dentro di dove e ed era erano essere fra gli ha hanno i il in io la le lei \
        li lo loro lui ma mentre mi mia mio molto ne negli nei nel nella nelle nello noi non nostro o ogni per perche \
        piu poi quale quando quella quelle quelli quello questa queste questi questo se sei si sia siamo sono sta stata \
        stato su sua sue sugli sui sul sulla sulle suo suoi tra tutti tutto un una uno vi viene essere stati dopo gia \
        secondo cosi fatto detto ha anni oltre l dell all dall nell sull d quest quell anch
        """.split(separator: " ").map { String($0).folded }),
    ]
}
