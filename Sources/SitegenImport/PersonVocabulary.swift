/// The words that tell a person's name from other capitalised words, in the languages a site may
/// name (en, de, fr, es, it), folded: roles and titles, honorifics, verbs of saying, and the words
/// that mark a place or an organisation. They are the language's words, never an outlet's.
enum PersonVocabulary {
    /// English adjectives that open a sentence before a nationality (`Multiple French media outlets`,
    /// `Iconic Italian singer`, `Several German officials`), folded.
    static let adjectivesBeforeNationality: Set<String> = [
        "multiple", "several", "many", "some", "most", "all", "both", "two", "three", "four", "five", "dozens", "hundreds",
        "thousands", "other", "fellow", "iconic", "legendary", "famous", "renowned", "celebrated", "acclaimed", "beloved",
        "prominent", "leading", "top", "veteran", "late", "young", "former", "senior", "influential", "popular", "award-winning",
        "pioneering", "trailblazing", "controversial", "outspoken", "beleaguered", "embattled",
    ]

    /// Nouns that give a person's role or title: `Secretary of State Marco Rubio`, `Bundeskanzler Friedrich Merz`.
    static let roleNouns = Set<String>([
        // en
        "president", "vice", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "envoy",
        "ambassador", "senator", "sen", "governor", "gov", "mayor", "leader", "chief", "head", "director", "chairman",
        "chairwoman", "chair", "ceo", "founder", "pope", "cardinal", "archbishop", "bishop", "king", "queen", "prince",
        "princess", "general", "gen", "commander", "colonel", "col", "lieutenant", "sheikh", "emir", "premier", "adviser",
        "advisor", "aide", "official", "negotiator", "lawmaker", "representative", "rep", "judge", "justice", "prosecutor",
        "attorney", "analyst", "professor", "prof", "correspondent", "reporter", "editor", "journalist", "economist",
        "candidate", "lawyer", "activist", "deputy", "commissioner", "speaker", "coach", "captain", "executive", "owner",
        "actor", "actress", "singer", "author", "researcher", "scientist", "expert", "doctor", "survivor", "witness", "mp",
        "mep", "congressman", "congresswoman", "strategist", "diplomat", "counterpart", "host", "founder", "chairperson",
        "administrator", "master", "democrat", "republican", "demokrat", "demokratin", "republikaner", "democrate",
        "republicain", "republicaine", "democrata", "republicano", "republicana", "democratico", "repubblicano", "predecessor", "successor", "rival", "opponent", "ally", "governor-general", "monarch", "prelate", "rescuer", "worker", "resident", "officer", "spokesperson",
        "premier", "dean", "president-elect", "pontiff", "father", "rev", "reverend", "superintendent", "inspector",
        "sergeant", "sgt", "major", "admiral", "marshal", "ruler", "dictator", "opposition", "incumbent", "challenger",
        "cto", "cfo", "coo", "co-founder", "cofounder", "counsel",
        // de
        "prasident", "prasidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "ministerin", "sprecher",
        "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "parteichef", "papst", "kardinal", "botschafter",
        "botschafterin", "abgeordnete", "abgeordneter", "generalsekretar", "ministerprasident", "burgermeister",
        "kandidat", "kandidatin", "kanzlerkandidat", "fraktionschef", "experte", "expertin", "politiker", "politikerin",
        "konig", "konigin", "prinz", "prinzessin", "staatsanwalt", "staatsanwaltin", "anwalt", "anwaltin", "richter",
        "richterin", "ermittler", "ermittlerin", "leiter", "leiterin", "direktor", "direktorin", "arzt", "arztin",
        "fuhrer", "fuhrerin", "anfuhrer", "anfuhrerin", "herausforderer", "herausforderin",
        "amtsinhaber", "amtsinhaberin", "nachfolger", "nachfolgerin", "vorganger", "vorgangerin",
        // fr
        "presidente", "ministre", "porte-parole", "cheffe", "secretaire", "pape", "ambassadeur", "ambassadrice", "depute",
        "deputee", "senateur", "senatrice", "maire", "dirigeant", "dirigeante", "candidat", "candidate", "chancelier",
        "adversaire", "opposant", "opposante", "successeur", "predecesseur",
        "directeur", "directrice", "patron", "patronne", "souverain", "ancien", "ancienne", "tete", "dirigeant",
        "roi", "reine", "princesse", "procureur", "procureure", "avocat", "avocate", "juge",
        // es
        "presidenta", "ministro", "ministra", "portavoz", "jefe", "jefa", "secretario", "secretaria", "papa", "cardenal",
        "embajador", "embajadora", "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "candidato",
        "candidata", "canciller", "mandatario", "mandataria", "lider", "vicepresidente", "vicepresidenta",
        "rey", "reina", "principe", "princesa", "fiscal", "abogado", "abogada", "juez", "jueza", "responsable",
        "seleccionador", "seleccionadora", "entrenador", "entrenadora", "selectionneur", "entraineur", "allenatore",
        "trainer", "bundestrainer",
        // sport
        "goalkeeper", "goalie", "striker", "midfielder", "defender", "footballer", "winger", "teammate", "player",
        // Not `champion`: `Champions League` is no one's title.
        "star", "superstar", "golfer", "athlete", "sprinter", "swimmer", "boxer", "cyclist", "skier",
        // A sport's or a team's great in German, whose nouns are always capitalised (`Fußball-Legende`);
        // the other languages' are in `lowerCaseRoles`, and titles of nobility in `titlesOfNobility`.
        "legende", "ikone",
        "tennisspieler", "tennisspielerin", "tennisstar", "titelverteidiger", "titelverteidigerin", "tenista", "tennista",
        "torhuter", "torhuterin", "torwart", "sturmer", "sturmerin", "spieler", "spielerin", "fussballer", "fussballerin",
        "gardien", "gardienne", "attaquant", "attaquante", "joueur", "joueuse", "footballeur", "footballeuse",
        "portero", "portera", "delantero", "delantera", "centrocampista", "jugador", "jugadora", "futbolista",
        "portiere", "attaccante", "difensore", "calciatore", "calciatrice", "giocatore", "giocatrice",
        // it
        "portavoce", "capo", "segretario", "pontefice", "cardinale", "ambasciatore", "deputato", "deputata", "senatore",
        "sindaco", "cancelliere", "direttore", "direttrice", "premier", "presidente", "santo", "padre",
        "regina", "principessa", "sovrano", "sovrana", "procuratore", "avvocato", "avvocata", "giudice",
        "sfidante", "successore", "predecessore",
        // es
        "sucesor", "sucesora", "predecesor", "predecesora",
        // The arts, in the five languages (`El compositor Ennio Morricone`, `der Modeschöpfer Karl Lagerfeld`).
        "composer", "designer", "filmmaker", "writer", "novelist", "poet", "playwright", "painter", "musician", "rapper",
        "photographer", "dancer", "comedian", "songwriter",
        "komponist", "komponistin", "modeschopfer", "modeschopferin", "designerin", "regisseur", "regisseurin",
        "schriftsteller", "schriftstellerin", "dichter", "dichterin", "maler", "malerin", "musiker", "musikerin", "sanger",
        "sangerin", "schauspieler", "schauspielerin", "fotograf", "fotografin", "autorin",
        "compositeur", "compositrice", "couturier", "couturiere", "styliste", "realisateur", "realisatrice", "cineaste",
        "ecrivain", "ecrivaine", "poete", "poetesse", "peintre", "musicien", "musicienne", "chanteur", "chanteuse",
        "acteur", "actrice", "photographe", "auteur", "autrice",
        "compositor", "compositora", "disenador", "disenadora", "modisto", "directora", "escritor", "escritora",
        "poeta", "pintor", "pintora", "musico", "cantante", "cantautor", "cantautora", "actriz", "fotografo", "fotografa",
        "compositore", "stilista", "regista", "scrittore", "scrittrice", "poetessa", "pittore", "pittrice",
        "musicista", "cantautore", "cantautrice", "attore", "attrice", "autore",
    ]).union(lowerCaseRoles).union(titlesOfNobility)

    /// Nouns for a person that are no office, in apposition: `Arbel Yehud - the woman who …`,
    /// `Fraser Morton, un turista escocés,`.
    static let personNouns: Set<String> = [
        "woman", "man", "girl", "boy", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
        "soldier", "hostage", "monk", "nun", "priest", "student", "teacher", "farmer", "victim", "tourist", "resident",
        "witness", "survivor", "worker", "volunteer", "owner", "shopkeeper", "vendor", "businessman", "businesswoman", "citizen", "nurse", "driver", "pilot", "grandmother", "grandfather",
        "frau", "mann", "mutter", "vater", "tochter", "sohn", "geisel", "soldat", "femme", "homme", "mere", "pere", "fille",
        "fils", "otage", "soldat", "mujer", "hombre", "madre", "hija", "hijo", "rehen", "turista", "vecino", "vecina",
        "donna", "uomo", "figlia", "figlio", "ostaggio", "residente", "testimone", "sopravvissuto", "sopravvissuta",
    ]

    /// Nouns of kinship, which stand right before a relative's name (`his daughter Kely Nascimento`) and
    /// are never adjectives (`resident`, `owner` may be).
    static let kinNouns: Set<String> = [
        "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "grandson", "granddaughter",
        "grandmother", "grandfather", "widow", "widower", "tochter", "sohn", "ehefrau", "ehemann", "mutter", "vater",
        "bruder", "schwester", "witwe", "fille", "fils", "epouse", "mari", "mere", "pere", "frere", "soeur", "veuve",
        "hija", "hijo", "esposa", "esposo", "madre", "padre", "hermano", "hermana", "viuda", "figlia", "figlio",
        "moglie", "marito", "fratello", "sorella", "vedova",
    ]

    /// Nouns that relate a person to another (`an ally of`, `the son of`, `l'amie de`): before `of`
    /// and a name, they describe someone else, not the name's holder.
    static let relationalNouns: Set<String> = kinNouns.union([
        "ally", "friend", "aide", "adviser", "advisor", "rival", "critic", "supporter", "opponent", "confidant",
        "protege", "successor", "predecessor", "allie", "alliee", "ami", "amie", "proche", "aliado", "aliada", "amigo",
        "amiga", "alleato", "alleata", "amico", "amica", "verbundeter", "verbundete", "freund", "freundin", "vertrauter",
    ])

    /// A person's family as a whole and relatives in the plural, which name no one themselves
    /// (`and his family`, `e i suoi figli`): only read after a name, as its relatives.
    static let familyNouns: Set<String> = [
        "family", "children", "kids", "daughters", "sons", "parents", "familie", "kinder", "tochter", "sohne", "eltern",
        "famille", "enfants", "filles", "familia", "hijos", "hijas", "padres", "famiglia", "figli", "figlie", "genitori",
    ]

    /// Possessive determiners of the third person (en, de, fr, es, it), folded.
    static let possessivePronouns: Set<String> = [
        "his", "her", "their", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer",
        "son", "sa", "ses", "leur", "leurs", "su", "sus", "suo", "sua", "suoi", "sue", "loro",
    ]

    /// `of` between a relative and a name: `the daughter of`, `la figlia di`, `die Tochter von`.
    static let relativeOf: Set<String> = ["of", "von", "des", "de", "du", "del", "di", "della", "dello"]

    /// `and` in the languages a site may name.
    static let andWords: Set<String> = ["and", "und", "et", "y", "e"]

    /// Capitalised head nouns after which the capitalised words before them name a thing, not a person
    /// (`Manchester United`, `Manchester City`, `James Webb Space Telescope`, `Nobel Prize`, `Kennedy Airport`).
    static let thingHeadsAfter: Set<String> = [
        "united", "city", "fc", "club", "athletic", "rovers", "wanderers", "town", "county", "bank", "party",
        "university", "college", "school", "airport", "stadium", "arena", "station", "hospital", "church", "cathedral",
        "palace", "center", "centre", "institute", "foundation", "group", "company", "corporation", "telescope", "space",
        "prize", "award", "awards", "cup", "trophy", "street", "square", "avenue", "road", "bridge", "park", "tower",
        "river", "lake", "island", "islands", "mountains", "valley", "bay", "museum", "theatre", "theater", "hall",
        "golf", "tennis", "football", "rugby", "cricket", "phone",
    ]
    /// The head nouns of `thingHeadsAfter` that close a thing's name inside a capitalised run and are
    /// nobody's surname: a run ending with one is the thing's whole name.
    static let thingHeadsOfNames: Set<String> = [
        "telescope", "airport", "stadium", "arena", "university", "college", "institute", "foundation", "prize", "award",
        "awards", "trophy", "museum", "theatre", "theater", "hospital", "cathedral", "station", "centre", "center",
        "corporation", "company",
    ]
    /// Head nouns before the capitalised words of a thing's name in French, Spanish and Italian
    /// (`aéroport Charles de Gaulle`, `estadio Santiago Bernabéu`, `premio Nobel`).
    static let thingHeadsBefore: Set<String> = [
        "aeroport", "aeropuerto", "aeroporto", "stade", "estadio", "stadio", "universite", "universidad", "universita",
        "hopital", "ospedale", "hospital", "rue", "calle", "avenida", "avenue", "piazza", "plaza", "place", "pont", "puente",
        "ponte", "musee", "museo", "premio", "prix", "lycee", "liceo", "colegio", "telescope", "telescopio",
    ]

    /// Words that open a natural place's name in the languages a site may name (`Mount Ruang`, `Lake Como`,
    /// `Cape Town`, `Monte Bianco`, `Isla Mujeres`), folded.
    static let placeHeadsBefore: Set<String> = [
        "mount", "mt", "lake", "cape", "gulf", "bay", "isle", "island", "river", "sea", "mont", "lac", "cap", "golfe", "ile",
        "monte", "lago", "cabo", "golfo", "isla", "isola", "rio", "fiume", "sierra", "cerro", "volcan", "vulcano", "volcano",
    ]

    /// Nouns before a name that make it an organisation's: `electricity operator Red Eléctrica`.
    static let organisationNouns: Set<String> = [
        "operator", "company", "firm", "group", "agency", "network", "party", "broadcaster", "newspaper", "channel",
        "outlet", "organisation", "organization", "utility", "carrier", "airline", "bank", "ministry", "council",
        "brand", "maker", "manufacturer", "retailer", "publisher", "website", "app", "platform", "charity", "club", "team",
        "automaker", "carmaker", "insurer", "lender", "conglomerate", "startup", "chipmaker", "drugmaker",
        "operador", "empresa", "compania", "gestor", "gestore", "societa", "azienda", "netzbetreiber", "unternehmen",
        "konzern", "operateur", "entreprise", "societe", "groupe", "partei", "parti", "partido", "partito", "agenzia",
        "agencia", "agence", "zeitung", "journal", "diario", "giornale", "sender", "cadena", "chaine", "emittente",
        // Publications: `the satirical magazine Charlie Hebdo`, `l'hebdomadaire Le Canard`, `il settimanale …`.
        "magazine", "magazin", "zeitschrift", "revista", "rivista", "weekly", "hebdomadaire", "settimanale", "semanario",
        "tabloid", "quotidien", "quotidiano", "periodico", "periodique", "wochenzeitung", "mensuel", "monthly",
    ]

    /// Nouns that end a building's or an estate's name when capitalised (`Wang Fuk Court`, `Grenfell
    /// Tower`): no word of a person's name, so a name's run stops before them (not `Hall`, a surname too).
    static let buildingNouns: Set<String> = ["court", "tower", "towers", "building", "centre", "center", "estate", "mall", "memorial", "terminal"]

    /// First words of a sports club's name (`Real Madrid`, `Atlético Madrid`, `Borussia Dortmund`): the
    /// run is the club's, as a place's is.
    static let clubPrefixes: Set<String> = ["real", "atletico", "sporting", "olympique", "borussia", "dynamo", "dinamo"]

    /// Words before a name that compare someone with it, folded (en, de, fr, es, it).
    static let comparisonWords: Set<String> = ["since", "like", "than", "unlike", "seit", "wie", "comme", "depuis", "como", "desde", "come", "dopo"]

    /// Words after a name that make it a son's or a father's: another person than the name without them.
    static let generationSuffixes: Set<String> = ["jr", "jnr", "junior", "sr", "snr", "senior", "filho", "neto", "fils", "pere", "ii", "iii", "iv"]

    /// Role words that are roles only in lower case: capitalised they are a name's (`Great Britain`,
    /// `Great Ormond Street`, `Legend`), and a title of nobility capitalised is a surname unless `of`
    /// follows (`Isaac Herzog`, `Iván Duque`; `the Duke of Edinburgh`).
    static let lowerCaseRoles: Set<String> = [
        "great", "legend", "icon", "icone", "leyenda", "icono", "leggenda", "icona", "estrella", "fuoriclasse", "astro",
        "tecnico", "campione", "campionessa", "campeon", "campeona",
    ]
    static let titlesOfNobility: Set<String> = ["duke", "duchess", "duca", "duchessa", "duc", "duchesse", "duque", "duquesa", "herzog", "herzogin"]

    /// Titles whose `of` names a place (`the President of France`, `the Duke of Edinburgh`, `il re di Spagna`).
    static let titlesOfAPlace: Set<String> = titlesOfNobility.union([
        "king", "queen", "prince", "princess", "emir", "sultan", "roi", "reine", "princesse", "rey", "reina", "principe",
        "princesa", "re", "regina", "principessa", "konig", "konigin", "prinz", "prinzessin", "president", "presidente", "presidenta",
        "prasident", "prasidentin", "mayor", "governor", "maire", "alcalde", "sindaco",
    ])

    /// A preposition run into an article (`del Credit Suisse`, `du Louvre`, `vom Bundestag`): a
    /// name after one is an organisation's or a place's. (Not `al`, which is also the Arabic
    /// particle: `al Assad`.)
    static let articleContractions: Set<String> = [
        "del", "du", "au", "aux", "vom", "zum", "zur", "beim", "allo", "alla", "ai", "agli", "alle", "dal", "dallo",
        "dalla", "nel", "nello", "nella", "sul", "sullo", "sulla", "dello", "della", "dei", "degli", "delle",
    ]

    /// Determiners: a name after one is an organisation's or a thing's, seldom a person's.
    static let determiners: Set<String> = ["the", "la", "le", "el", "il", "lo", "les", "los", "las", "der", "die", "das", "des", "dem", "den", "l"]

    /// Endings of German compounds that name a role: `CDU-Chef`, `Außenminister`, `Regierungssprecher`.
    static let roleEndings = [
        "kanzler", "kanzlerin", "prasident", "prasidentin", "minister", "ministerin", "sprecher", "sprecherin", "chef",
        "chefin", "vorsitzende", "vorsitzender", "botschafter", "sekretar", "kandidat", "kandidatin", "meister",
        "anwalt", "anwaltin", "richter", "richterin", "ermittler", "ermittlerin", "leiter", "leiterin",
        "spieler", "spielerin", "trainer", "trainerin", "torhuter", "torhuterin", "sturmer", "sturmerin", "fuhrer", "fuhrerin",
        // Scientists by their field: `Vulkanologe`, `volcanologist`, `sismologue`, `vulcanólogo`.
        "ologe", "ologin", "ologist", "ologue", "ologo", "ologa",
    ]

    /// Honorifics written before a name.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "herr", "frau", "m", "m.", "mme", "mlle", "monsieur", "madame", "maitre",
        "sr", "sra", "senor", "senora", "don", "dona", "sig", "sig.ra", "signor", "signora", "dott", "mons", "msgr", "fr",
    ]

    /// Titles that make a single name a person's whole name: `Pope Leo XIV`, `Papa Francesco`.
    static let singleNameTitles: Set<String> = [
        "pope", "pape", "papa", "papst", "king", "queen", "roi", "reine", "konig", "konigin", "rey", "reina", "re", "regina",
        "prince", "princess", "prinz", "prinzessin", "principe", "principessa", "princesa", "princesse", "saint", "san", "sankt",
    ]

    /// Verbs (and prepositions) of saying whose subject or object is a person.
    static let speechVerbs: Set<String> = [
        // en
        "said", "says", "told", "tells", "added", "explained", "noted", "stated", "announced", "insisted", "warned", "stressed",
        "argued", "claimed", "replied", "wrote", "writes", "declared", "acknowledged", "admitted", "asked", "urged", "denied",
        "tweeted", "posted", "confirmed", "described", "praised", "criticised", "criticized", "vowed", "pledged", "promised",
        "suggested", "thanked", "welcomed", "recalled", "emphasised", "emphasized", "responded", "answered", "cautioned",
        "conceded", "commented", "remarked", "predicted", "believes", "thinks", "saying", "adding", "telling", "wants",
        // de
        "sagte", "sagt", "erklarte", "erklart", "betonte", "meinte", "schrieb", "kundigte", "warnte", "forderte", "teilte",
        "sprach", "raumte", "kritisierte", "versprach", "bekraftigte", "fugte", "verwies", "unterstrich",
        // fr
        "declare", "dit", "affirme", "estime", "explique", "annonce", "indique", "souligne", "ajoute", "assure", "averti",
        "reagi", "precise", "confie", "lance", "martele", "ecrit", "insiste", "rappele", "salue", "deplore", "promis",
        // es
        "dijo", "afirmo", "aseguro", "declaro", "explico", "senalo", "indico", "anadio", "anuncio", "advirtio", "destaco",
        "sostuvo", "agrego", "expreso", "manifesto", "subrayo", "insistio", "escribio", "prometio", "pidio", "relato",
        "conto", "recordo", "comento", "aseguro", "reconocio", "admitio", "nego", "critico",
        // it
        "detto", "dichiarato", "spiegato", "affermato", "sottolineato", "annunciato", "aggiunto", "scritto", "ribadito",
        "commentato", "dice", "dichiara", "afferma", "spiega", "sottolinea", "aggiunge", "avverte", "precisato",
    ]

    /// Words that stand between a subject and its verb of saying: `Merz hat gesagt`, `Macron a déclaré`.
    static let auxiliaries: Set<String> = [
        "has", "had", "have", "also", "later", "earlier", "then", "again", "reportedly", "previously", "once", "repeatedly",
        "hat", "hatte", "auch", "a", "avait", "aussi", "ha", "aveva", "anche", "ya", "tambien", "habia", "will", "would",
        "on", "has", "is", "was", "had", "ist",
    ]

    /// Words before a name that say it is the speaker: `according to Zelensky`, `selon Macron`, `so Merz`.
    static let accordingTo: Set<String> = ["according", "selon", "segun", "secondo", "laut"]

    /// Prepositions that put a place, not a person, after them.
    static let placePrepositions: Set<String> = [
        "in", "at", "from", "near", "into", "across", "outside", "inside", "towards", "toward", "via", "nach", "aus", "bei",
        "im", "en", "au", "aux", "vers", "desde", "hacia", "nel", "nella", "dal", "dalla", "verso",
    ]

    /// Nouns of buildings that open a place's name (`Castillo de Chapultepec`, `Palazzo Chigi`, `Schloss
    /// Bellevue`) and are surnames too (`Pedro Castillo`): no name's words but after a given name.
    static let buildingHeads: Set<String> = surnameBuildingHeads.union(["schloss", "burg", "haus", "palais", "chateau"])
    /// Those that are common surnames, so a surname alone too (`then-President Castillo`).
    static let surnameBuildingHeads: Set<String> = ["castillo", "palazzo", "castello"]

    /// Storms' nouns, in the languages a site may name (folded): storms are named like people (`Hurricane Irma`,
    /// `l'uragano Irma`, `Typhoon Haiyan`), and the name after such a noun is the storm's.
    static let stormNouns: Set<String> = [
        "hurricane", "typhoon", "cyclone", "storm", "tornado", "huracan", "ouragan", "uragano", "hurrikan", "taifun", "tifone", "tifon",
        "ciclone", "ciclon", "zyklon", "tempete", "tormenta", "tempesta", "sturm",
    ]

    /// Words that are never part of a person's name: institutions, places, calendar, page chrome.
    static let notNameWords: Set<String> = buildingHeads.union(stormNouns).union([
        // Styles of address, which stand for a name (`His Royal Highness`, `Sua Santità`).
        "highness", "majesty", "excellency", "holiness", "eminence", "hoheit", "majestat", "altesse", "majeste", "saintete",
        "alteza", "majestad", "santidad", "altezza", "maesta", "santita", "eccellenza",
        "images", "image", "photo", "photos", "video", "videos", "posts", "recent", "latest", "live", "updates", "update",
        "read", "more", "share", "subscribe", "newsletter", "comments", "comment", "menu", "search", "login", "sign",
        "click", "type", "selectors", "getty", "afp", "reuters", "ap", "dpa", "epa", "efe", "ansa", "press", "agency",
        "ministry", "ministerium", "ministere", "ministerio", "ministero", "regierung", "gouvernement", "gobierno",
        "governo", "partei", "parti", "partido", "partito", "bundestag", "assemblee", "congreso", "camera", "senato",
        "stadt", "ville", "ciudad", "citta", "strasse", "rue", "calle", "via", "piazza", "plaza", "platz", "hamas",
        "hezbollah", "nato", "israel", "gaza", "ukraine", "russia", "china", "europe", "america", "africa", "asia",
        "vatican", "vaticano", "vatikan", "basilica", "chapel", "cappella", "sistine", "sistina", "square",
        "news", "tv", "times", "post", "online", "media", "group", "club", "holdings", "technologies", "systems", "motors",
        "airlines", "airways", "bank", "capital", "partners", "energy", "oil", "gas", "power", "electric",
        "associates", "ventures", "enterprises", "industries", "consulting", "labs",
        "constitutional", "supreme", "presidential", "parliamentary", "electoral", "judicial", "legislative", "municipal",
        "provincial", "regional", "metropolitan", "olympic", "olympics", "paralympic", "election", "elections", "games",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "ein", "zwei", "drei", "vier", "funf",
        "un", "deux", "trois", "quatre", "cinq", "dos", "tres", "cuatro", "cinco", "due", "tre", "quattro", "cinque",
        "god", "gott", "dieu", "dios", "dio", "jesus", "christ", "allah", "bless", "wins", "announces", "says", "slaps",
        "brigades", "brigade", "movement", "jihad", "battalion", "militia", "release", "deal", "ceasefire", "catholic", "catholics", "christians", "democrats", "republicans", "conservatives", "socialists", "liberals", "greens", "muslim", "muslims", "jewish", "orthodox", "protestant",
        "sabbath", "dom", "kirche", "casa",
        // Islands and coasts, which German writes with a capital before their names (`der dänischen Insel Bornholm`).
        "insel", "inseln", "halbinsel", "kuste", "bucht",
        // Sports and devices, which name venues, clubs and organisations (`Marco Simone Golf`, `Alarm Phone`), never a person.
        "golf", "tennis", "football", "rugby", "cricket", "phone", "telephone",
        // Armed forces (`Indian Air Force`), and storms, which are named like people (`Hurricane Otis`, `Typhoon
        // Haiyan`, `uragano Otis`): the name after a storm's noun is the storm's.
        "air", "force", "forces", "navy", "army",
        // Offices as institutions (`Presidencia de Ecuador`, `Presidenza del Consiglio`).
        "presidency", "presidencia", "presidenza", "presidence", "prasidentschaft",
        "residencia", "residenza", "santa", "hotel", "hospital", "ospedale", "krankenhaus", "hopital", "stadium", "stadion",
        "estadio", "stadio", "university", "universitat", "universite", "universidad", "universita", "institute",
        // Countries, as a page writes them before a name (`la Suisse Roger Federer`, `Usa Kamala Harris`); none that
        // is a name too (`Jordan`, `Georgia`, `Chad`, `France` in `Pierre Mendès France`).
        "usa", "uk", "suisse", "schweiz", "svizzera", "suiza", "switzerland", "frankreich", "francia",
        "germany", "deutschland", "allemagne", "alemania", "germania", "italy", "italia", "italien", "italie", "spain",
        "espana", "spanien", "espagne", "spagna", "britain", "iran", "iraq", "irak", "syria", "syrien", "siria", "turkey",
        "turkei", "turquie", "turquia", "mexico", "mexique", "mexiko", "brasil", "brazil", "bresil", "brasilien",
        // The United States in the other languages (`Estados Unidos`, `Stati Uniti`, `États-Unis`).
        "estados", "unidos", "stati", "uniti", "etats", "unis", "etats-unis", "vereinigten", "staaten",
        // Leagues and tournaments (`French Ligue 1`, `French Open`), broadcasters (`Al Jazeera`).
        "league", "ligue", "liga", "bundesliga", "open", "literature", "jazeera", "arabiya",
        // `Ex-England manager`, `Ex Chelsea boss`: the prefix of a former role, in the five languages.
        "ex",
        // Divisions of a country before their names (`Provinz Jeollanam-do`), and the prize named after
        // Alfred Nobel (`Premio Nobel de Física`), in the other languages.
        "provinz", "provincia", "province", "regione", "bezirk", "landkreis", "departement", "departamento", "prefettura",
        "prefecture", "prefektur", "comune", "gemeinde", "kanton", "canton", "nobel", "nobelpreis",
    ]).union(buildingNouns)

    /// Capitalised words that are not parts of people's names: titles, institutions, geography,
    /// calendar, function words (in English; the other languages' are in the lists above).
    static let commonCapitalised: Set<String> = [
        // titles
        "president", "vice", "prime", "minister", "secretary", "foreign", "defence", "defense", "interior", "finance",
        "chancellor", "general", "army", "navy", "state", "special", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "press", "senator", "sen", "rep", "representative", "governor", "mayor", "king", "queen", "prince", "princess",
        "pope", "chief", "deputy", "ambassador", "commander", "colonel", "lieutenant", "major", "captain", "admiral",
        "marshal", "director", "chairman", "chairwoman", "chair", "mr", "ms", "mrs", "miss", "dr", "sir", "dame", "lord",
        "lady", "professor", "prof", "judge", "justice", "speaker", "leader", "head", "officer", "aide", "adviser",
        "advisor", "official", "sheikh", "saint", "chancellery", "premier", "emir", "sultan", "cardinal", "bishop",
        // institutions and places
        "house", "white", "kremlin", "pentagon", "council", "union", "ministry", "department", "party", "parliament",
        "congress", "senate", "committee", "commission", "agency", "office", "university", "college", "school", "bank",
        "fund", "forces", "force", "court", "assembly", "organization", "organisation", "nations", "united", "states",
        "republic", "kingdom", "federation", "government", "administration", "security", "affairs", "sea", "ocean",
        "river", "lake", "mountain", "mountains", "island", "islands", "street", "square", "avenue", "road", "airport",
        "station", "rue", "boulevard", "platz", "strasse", "calle", "plaza", "piazza", "hospital", "church", "cathedral", "palace", "center", "centre", "institute", "foundation", "group",
        "company", "corp", "inc", "ltd", "times", "post", "news", "journal", "daily", "service", "guard", "police",
        "border", "region", "oblast", "province", "county", "city", "central", "north", "south", "east", "west",
        "northern", "southern", "eastern", "western", "european", "international", "national", "federal", "royal",
        "democratic", "republican", "labour", "conservative", "liberal", "green", "summit", "conference", "forum",
        "games", "cup", "prize", "award", "act", "bill", "plan", "treaty", "agreement", "accord", "peace", "war", "talks",
        "ministers", "alliance", "coalition", "front", "command", "guardian", "telegraph", "express", "herald",
        // calendar
        "day", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "christmas", "easter", "thanksgiving", "eve", "new", "year",
        // function words and sentence openers
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "his", "her",
        "their", "our", "in", "on", "at", "for", "from", "with", "by", "of", "to", "and", "but", "or", "as", "if",
        "when", "while", "after", "before", "during", "since", "according", "however", "meanwhile", "both", "all",
        "some", "many", "most", "other", "another", "each", "every", "several", "top", "former", "senior", "earlier",
        "later", "also", "then", "now", "today", "yesterday", "last", "next", "over", "under", "despite", "although",
        "yet", "still", "such", "what", "who", "why", "how", "where", "there", "here", "not", "no", "yes", "so",
    ]
}
