import Testing
@testable import SitegenImport

struct NoiseFilterTests {
    let filter = NoiseFilter()

    /// A wire caption of any length that ends with its credit in brackets, its parts apart (`(AP
    /// Photo/Manu Fernandez)`); a story's paragraph that ends with a bare picture credit stays.
    @Test func aLongCaptionEndingWithItsBracketedCredit() {
        let caption = "Police officers tell members of the public to leave the scene in a street in Barcelona, Spain, Thursday, Aug. 17, 2017. "
            + "Police in the northern Spanish city of Barcelona say a white van has jumped the sidewalk in the city’s historic Las Ramblas "
            + "district, injuring several people. (AP Photo/Manu Fernandez)"
        #expect(filter.reason(for: caption) == .caption)
        let story = "Il fenomeno inizierà alle 15.42 ora locale (17.42 ora italiana) fino alle 20.52 ora locale. Come sottolinea l’Unione "
            + "Astrofili Italiani, la fase totale comincerà nell’Oceano Pacifico per poi terminare nell’Atlantico, e l’evento non sarà "
            + "visibile dall’Italia in nessuna delle sue fasi, né all’alba né al tramonto. (foto freepik)"
        #expect(filter.reason(for: story) == nil)
    }

    /// A wire caption of a group in the present, closed by where or when; what a group said or did
    /// in the story stays (`Police say …`, the past tense, a second sentence).
    @Test func aGroupsCaptionInThePresent() {
        #expect(filter.reason(for: "Rescuers clear debris while searching for earthquake victims in damaged buildings on Aug. 24, in Arquata del Tronto, Italy.") == .caption)
        #expect(filter.reason(for: "Police officers tend to people injured after a van crashed into pedestrians in Las Ramblas, downtown Barcelona, Thursday.") == .caption)
        #expect(filter.reason(for: "Police say the driver of the van fled on foot and is still at large, officials in Barcelona said, Thursday.") == nil)
        #expect(filter.reason(for: "Rescuers cleared debris for hours while searching for victims in the rubble of Amatrice, Italy.") == nil)
        #expect(filter.reason(for: "Rescuers clear debris in Amatrice. They have found 20 people alive so far, officials said on Thursday, Italy.") == nil)
    }

    /// A caption's label opens its line (`Bildlegende: …`); inside a story's sentence the word is the story's.
    @Test func aCaptionsLabelOpensItsLine() {
        #expect(filter.reason(for: "Bildlegende: Der Tod von David Bowie kam für seine Fans total überraschend. Reuters") == .caption)
        #expect(filter.reason(for: "David Bowie singt auf der Bühne. Bild in Lightbox öffnen.") == .caption)
        #expect(filter.reason(for: "His wife posted a photo of them on social media along with the caption: \"There will never be anyone like you.\"") == nil)
        #expect(filter.reason(for: ">> DOSSIER SPÉCIAL – Les dernières infos sur l’attentat de Charlie Hebdo") == .teaser)
    }

    @Test(arguments: [
        ("Jane Doe at the summit (Photo: JOHN SMITH/AFP)", DroppedLine.Reason.caption),
        ("Photograph: Jane Doe/Reuters", .caption),
        ("Pictured: the new ferry terminal", .caption),
        ("Rescue teams at work. Image: Getty Images", .caption),
        ("-", .separator),
        ("* * *", .separator),
        ("Sports2 months agoLocal team wins the cup", .teaser),
        ("Markets 3 hours ago", .teaser),
        ("Politicsan hour agoLocal team wins the cup", .teaser),
        ("Share this article", .share),
        ("Facebook Twitter WhatsApp Email", .share),
        ("Subscribe to our newsletter", .subscribe),
        ("Follow us on Instagram for the latest updates", .subscribe),
        ("We use cookies to give you the best experience. Accept all", .cookie),
        ("Advertisement", .advert),
        ("Story continues below advertisement", .advert),
        ("Related stories", .relatedHeading),
        ("Read more: Port strike enters second week", .teaser),
        (">> Plus d'informations à suivre", .updateNotice),
        ("(Reported by Agencies)", .byline),
        ("like share and follow for more", .share),
        ("Crédit photo : AFP", .caption),
        ("Quelle: Eurosport", .caption),
        ("By", .byline),
        ("(Associated Press)", .caption),
        ("Mandatory Credit: Photo by Uncredited/AP/Shutterstock (13448163a) Helicopter drops water to stop fire on the bridge after the blast that damaged it, in the Kerch Strait, Crimea, on Saturday, as the smoke rose over the water and the traffic stopped for hours on both sides of the strait", .caption),
        ("The spire burned before collapsing into the street below Associated Press / Alamy Stock Photo", .caption),
        ("Source : AFP", .caption),
        ("/origin-imgresizer.example.com/2024/07/21/4007882-81295293-2560-1440.jpg)", .navigation),
        ("You can share this post!", .share),
        ("Partagez cet article", .share),
        ("This is a developing story and will be updated.", .updateNotice),
        ("Weitere Informationen folgen.", .updateNotice),
        ("NOTA EN DESARROLLO", .updateNotice),
        ("The Associated Press contributed to this report.", .byline),
        ("Reporters Jane Doe and John Roe contributed reporting.", .byline),
        ("Details", .navigation),
        ("Se connecter", .navigation),
        ("La lecture des articles est réservée aux abonné·es.", .subscribe),
        ("Ben Hayward is Weekend Editor for FourFourTwo.", .byline),
        ("Alberto Núñez Feijóo, Vorsitzender der Partei PP, klatscht, nachdem er seine Stimme abgegeben hat | Manu Fernandez, dpa", .caption),
        ("We’ll update more when we have further information.", .updateNotice),
        ("In diesem Tagesschau-Video vom 1. Januar sieht man, wie die Erde bebte:", .video),
        ("Dans cette vidéo, les images du séisme :", .video),
        ("5 min read", .readingTime),
        ("By Jane Doe and John Roe", .byline),
        ("Reporting by Jane Doe; Editing by John Roe", .byline),
        ("© 2024 Example Media. All rights reserved.", .footer),
        ("Tags: ports, strikes, Europe", .tagList),
        ("Skip to main content", .navigation),
        ("Début du contenu principal.", .navigation),
        ("Zum Hauptinhalt springen", .navigation),
        ("Vai al contenuto principale", .navigation),
        ("Key events", .navigation),
        ("En direct", .navigation),
        ("Anna Moneymaker/Getty", .caption),
        ("— Vatican News (@vaticannews_it) April 21, 2025", .embed),
        ("Rest in Peace. pic.twitter.com/8CGwKaNnTh", .embed),
        ("U", .separator),
        ("cgtn.com", .navigation),
        ("Loading...", .navigation),
        ("Leggi anche: Il Papa incontra i giovani", .teaser),
        ("Lire aussi | Un émissaire au Qatar", .teaser),
        ("Lea más: La escritora recibe el premio", .teaser),
        ("Cet article est réservé aux abonnés", .subscribe),
        ("→ A LIRE AUSSI : Tremblement de terre : le match est annulé après le séisme dans la région", .teaser),
        ("» Lesen Sie auch: Die Bilanz des Bebens", .teaser),
        ("Rettungskräfte suchen in den Trümmern der Gebäude, die das Beben im Osten des Landes zerstört hat. © Francisco Seco/dpa", .caption),
        ("Erdbeben in der Region: Bilder zeigen das Ausmaß der Zerstörung Fotostrecke ansehen", .teaser),
        ("WATCH: Officials hold a briefing on the storm", .teaser),
        ("Ver más: Muere expresidente de Guatemala a los 71 años", .teaser),
        ("Related story: Governor shows solidarity with the mayor", .teaser),
        ("Sandro Zulian Reporter News", .byline),
        ("Your support helps us to tell the story", .subscribe),
        ("President Joe Biden said his decision was in \u{201C}the best interest of the country.\u{201D} Lucas Peltier/AP", .caption),
        ("Crowds wait outside the arena on Sunday. Jane Doe/Getty Images", .caption),
        ("President Joe Biden exits the stage.", .caption),
        ("Recomendados", .relatedHeading),
        ("Sie müssen sich einloggen oder registrieren, um kommentieren zu können.", .comments),
        ("You must be logged in to post a comment.", .comments),
        ("Ti consigliamo", .relatedHeading),
        ("➤Click here to follow our WhatsApp channel for more stories.", .teaser),
        ("- Published11 March", .dateLine),
        ("Hello, the comments you share on our site are a valuable resource for other users.", .subscribe),
        ("122", .navigation),
        ("Kommentare", .comments),
        ("In Short", .navigation),
        ("Related Ranking the 20 Best Managers in World Football Right Now", .teaser),
        ("Read more Subscribers only With the leader barred, is her deputy up to it?", .teaser),
        ("Vinicius Junior celebrates his Champions League final goal against Borussia Dortmund.", .caption),
        ("A despondent Donald Trump walks out of the courtroom on May 30, 2024 in New York City.", .caption),
        ("Former President Donald Trump appears in Manhattan Criminal Court, Thursday, May 30, 2024, in New York.", .caption),
        ("Torhüter Gregor Kobel und Nico Schlotterbeck (von links nach rechts) nach dem Treffer zum 0:2", .caption),
        ("El expresidente acudió a la corte. Crédito: Yuki Iwamura/Pool | AP", .caption),
        ("Dieser Artikel wird fortlaufend aktualisiert.", .subscribe),
        ("This is developing news. Check back for updates.", .subscribe),
        ("Temps de lecture :", .readingTime),
        ("6 min", .readingTime),
    ])
    func pageFurnitureIsRecognisedByItsShape(_ line: String, _ reason: DroppedLine.Reason) {
        #expect(filter.reason(for: line) == reason)
    }

    @Test func aDayAndAMonthWithoutAYearIsALabel() {
        #expect(NoiseFilter.isBareDateLabel("DOMENICA 19 FEBBRAIO"))
        #expect(NoiseFilter.isBareDateLabel("Monday, 3 March"))
        #expect(!NoiseFilter.isBareDateLabel("March on Monday"))
        #expect(!NoiseFilter.isBareDateLabel("19 killed in March"))
    }

    /// A credit after a short phrase or a copyright footer is no caption's credit; a sentence after it neither.
    /// A short line the page shows three times or more (a picture's placeholder) is furniture wherever it
    /// stands; a short line shown twice (a subheading and its echo) is judged as any other.
    @Test func aShortLineShownThreeTimesIsFurniture() {
        let story = "She said she had been wrestling with the decision for some weeks, and that it was the right time to go."
        let texts = [story, "Glasgow Times:", story + " Again.", "Glasgow Times:", "What comes next", story + " Once more.",
                     "Glasgow Times:", "What comes next", story + " At last."]
        let result = filter.filter(texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) })
        #expect(result.dropped.map(\.line).sorted() == [2, 4, 7])
    }

    /// A related-stories label the page repeats above each teaser (`Mirá también`) is furniture that
    /// still heads its teaser: the teaser goes too, and the story after the last one stays.
    @Test func aRepeatedRelatedLabelStillHeadsItsTeaser() {
        let story = "Nacido en 1956, tuvo una gran actuación en el Mundial de 1978, donde anotó tres goles y terminó cuarto."
        let texts = [story, "", "Mirá también", "", "Murió Alejandro Sabella", "", "Mirá también", "",
                     "Adiós Pachorra: los mensajes del mundo del fútbol", "", "Mirá también", "",
                     "Último adiós a Sabella: una multitud acompaña al cortejo", "", story + " Después jugó en Juventus."]
        let result = filter.filter(texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) })
        #expect(result.kept.map(\.number) == [1, 15], "\(result.kept.map(\.text))")
        #expect(result.dropped.filter { $0.reason == .relatedHeading }.map(\.line) == [3, 7, 11])
    }

    /// A picture's alternative text right above its caption (one short sentence whose words the caption
    /// uses) goes with it; a story's sentence above a caption that shares few of its words stays.
    @Test func aPicturesAlternativeTextAboveItsCaption() {
        let caption = "This photo provided by an unnamed source shows the damaged part of Alaska Airlines Flight 1282, a Boeing 737 Max 9, which was forced to return to Portland."
        let story = "The plane landed safely in Portland on Friday evening, and none of the passengers was badly hurt, officials said."
        let lines = [story, "Damaged part of an Alaska Airlines Boeing 737 Max 9, Flight 1282.", caption, story + " Again.",
                     "Investigators arrived on Saturday.", caption]
            .enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }
        let result = filter.filter(lines)
        #expect(result.kept.map(\.number) == [1, 4, 5])
    }

    /// A source's line (`Quelle: Eurosport`) takes the title right above it (a video's, a picture's); a
    /// story's last sentence above it (the story credited to its source) stays.
    @Test func aSourceLineTakesTheTitleAboveIt() {
        let story = "Pogacar won the final time trial in Nice on Sunday and took his third Tour de France by more than six minutes."
        let lines = [story, "Highlights: Pogacar mit Zeitfahr-Meisterstück zum Tour-Sieg", "Quelle: Eurosport", story + " Again.",
                     "He said he was proud of the team.", "Source: Reuters"]
            .enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }
        let result = filter.filter(lines)
        #expect(result.dropped.map(\.line).sorted() == [2, 3, 6])
        #expect(result.kept.map(\.number) == [1, 4, 5])
    }

    /// A caption the page gives twice, as its text and as its credit, is a caption; a sentence that names
    /// the mark is none.
    @Test func aCaptionRepeatedAsItsCredit() {
        #expect(filter.reason(for: "Angeklagte in den Verfahren vor dem Haager Tribunal. ©Angeklagte in den Verfahren vor dem Haager Tribunal.") == .caption)
        #expect(filter.reason(for: "The court said the © sign on the photograph of the tribunal was added later by the agency.") == nil)
    }

    /// A caption with its agencies after a bar, or opened by a photographer's credit `via` an agency; not a
    /// headline with its site after a bar, nor a sentence that mentions a picture `via` someone.
    @Test func captionsCreditedAfterABarOrOpenedByTheirCredit() {
        #expect(filter.reason(for: "Le président de Nissan le 22 novembre 2018, alors qu'il se rend au conseil du groupe. | JIJI PRESS / MAXPPP") == .caption)
        #expect(filter.reason(for: "Bill Ingalls/NASA via AP Start der »Falcon 9«-Rakete vom Kennedy Space Center in Cape Canaveral") == .caption)
        #expect(filter.reason(for: "Talks on the new ferry contract resume in Dover after a week of strikes | World News") == nil)
        #expect(filter.reason(for: "The agency said the video, shared via AP and Reuters, showed the launch from Cape Canaveral on Saturday.") == nil)
    }

    /// The outlet's call to write to it, a widget's credit, a newsletter offer in Spanish, an agency's archive
    /// picture (`AP/file`); a story line that gives an address or says `powered by` stays.
    @Test func contactAppealsWidgetCreditsAndArchivePictures() {
        #expect(filter.reason(for: "We want to hear from you! Send us a message on WhatsApp at 1-876-499-0169, email us at editors@example.com.") == .subscribe)
        #expect(filter.reason(for: "Powered by automated translation") == .navigation)
        #expect(filter.reason(for: "Recibí las noticias en tu email") == .subscribe)
        #expect(filter.reason(for: "Investigators examine a piece of the plane near the village of Hrabove, in eastern Ukraine. AP/file") == .caption)
        #expect(filter.reason(for: "The ministry said complaints could be sent to help@example.gov until Friday, when the office closes for the holiday.") == nil)
        #expect(filter.reason(for: "The plant, powered by coal until 2019, now burns gas imported from Norway, the company said on Monday.") == nil)
    }

    /// `Read:` before another story's headline points at it; a sentence that opens with the verb is the story's.
    @Test func aReadLabelBeforeAHeadlineIsATeaser() {
        #expect(filter.reason(for: "Read: Oscar guilty of murder: Twitter erupts") == .teaser)
        #expect(filter.reason(for: "Read the full judgment, the court said on Thursday, before the appeal is heard in the spring.") == nil)
    }

    @Test func aCreditEndsACaptionOnlyAtTheEnd() {
        #expect(NoiseFilter.endsWithCredit("Rescuers search the rubble in Antakya. © Jane Doe/AFP"))
        #expect(!NoiseFilter.endsWithCredit("© 2024 Example Media. All rights reserved."))
        #expect(!NoiseFilter.endsWithCredit("The photo, © Jane Doe, was taken on Monday and shows the port after the storm."))
    }

    /// A credit in brackets at a caption's end: a photographer and agencies between slashes.
    @Test func aBracketedCreditEndsACaption() {
        let caption = "A supporter of President Erdogan holding a Turkish flag shouts slogans outside party offices in Istanbul (Khalil Hamra/AP/PA)"
        #expect(filter.reason(for: caption) == .caption)
        #expect(NoiseFilter.endsWithBracketedCredit("Rescuers search the rubble in Antakya (Evan Vucci/Getty Images)"))
        // Brackets that hold no credit: a choice, a count, one agency without a slash.
        #expect(!NoiseFilter.endsWithBracketedCredit("Voters may choose one candidate or both in the runoff (and/or)"))
        #expect(!NoiseFilter.endsWithBracketedCredit("The ship was refloated on the second attempt at high tide (1/2)"))
        #expect(!NoiseFilter.endsWithBracketedCredit("Erdogan claimed victory in the runoff on Sunday evening (AP)"))
        #expect(filter.reason(for: "Erdogan claimed victory in the runoff on Sunday evening, his office said (AP).") == nil)
        // A story's sign-off after its full stop, and a party's initials, are no credit.
        #expect(!NoiseFilter.endsWithBracketedCredit("The death toll rose to 41,000, the disaster agency said on Thursday. (Reuters/AP)"))
        #expect(!NoiseFilter.endsWithBracketedCredit("Friedrich Merz, Kanzlerkandidat der Union (CDU/CSU)"))
    }

    /// An agency's credit ends a caption; an agency named in a story's sentence is the story's.
    @Test func anAgencyCreditButNotAnAgencysPoll() {
        #expect(filter.reason(for: "Firefighters work at the site of a drone strike in Kyiv, Ukraine, May 5, 2024. REUTERS/Gleb Garanich") == .caption)
        #expect(filter.reason(for: "Rescuers search the rubble. AP Photo/Evan Vucci") == .caption)
        #expect(filter.reason(for: "A Reuters/Ipsos poll showed on Tuesday that 40% of voters back the plan.") == nil)
        // A line that ends with a colon and names no video introduces the story's next words.
        #expect(filter.reason(for: "Der Minister sagte am Abend vor Journalisten in Berlin:") != .video)
        #expect(filter.reason(for: "The video showed the bridge collapsing, the police said.") != .video)
        // A sentence that introduces a quotation from a video is the story's.
        #expect(filter.reason(for: "In a video posted on Telegram, Prigozhin said:") != .video)
        #expect(filter.reason(for: "Dans une vidéo publiée sur X, le président a déclaré :") != .video)
        #expect(filter.reason(for: "\u{2018}We will update the guidance,\u{2019} the minister said.") == nil)
        // A quotation that opens as a notice does is someone's words.
        #expect(filter.reason(for: "\u{201C}We will update the rules,\u{201D} she said.") == nil)
        #expect(filter.reason(for: "Biden leads 41% to 39%, Reuters/Ipsos poll shows") == nil)
        #expect(filter.reason(for: "\u{201C}Look at the latest Reuters/Ipsos poll,\u{201D} she said.") == nil)
        // A slash after a sentence's end that is no photographer's credit.
        #expect(filter.reason(for: "The vote is on Sunday. Turnout was low in the north/south divide.") == nil)
        #expect(filter.reason(for: "Officials met in Geneva on Sunday. The plan passed 41/39") == nil)
        // A Reuters caption as pages print it, with the offer to license the picture.
        #expect(filter.reason(for: "People walk past a damaged building in Kyiv. REUTERS/Gleb Garanich/File Photo Purchase Licensing Rights, opens new tab") == .caption)
    }

    /// A widget that failed to load says so on a line of its own; a story may quote such words.
    @Test func aWidgetsNoticeButNotAQuote() {
        // Every notice holds one of the words the line is first looked for.
        #expect(NoiseFilter.widgetNotices.phrases.allSatisfy { notice in NoiseFilter.widgetNoticeWords.occurs(in: notice) })
        #expect(filter.reason(for: "We\u{2019}re sorry, this feature is currently unavailable. We\u{2019}re working to restore it. Please try again later.") == .widgetNotice)
        #expect(filter.reason(for: "Le service est indisponible, veuillez réessayer plus tard.") == .widgetNotice)
        #expect(filter.reason(for: "\u{201C}Something went wrong and we will try again later this week,\u{201D} the mission chief said.") == nil)
    }

    @Test func aPhotoCreditTakesTheCaptionAboveItButAFooterDoesNot() {
        let lines = ["Heavy rain flooded the rail lines between the city and the coast on Tuesday, officials said.",
                     "Workers clear the tracks near the station.", "Copyright: Jane Doe/AP/dpa",
                     "The operator said replacement buses would run from Thursday, officials said on Tuesday evening.",
                     "TODOS LOS DERECHOS RESERVADOS © Copyright ANSA"]
        let result = filter.filter(lines.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) })
        #expect(result.kept.map(\.number) == [1, 4])
        #expect(result.dropped.map(\.line).sorted() == [2, 3, 5])
        #expect(result.dropped.first { $0.line == 2 }?.reason == .caption)
    }

    /// A caption's present tense after a name, with a person's noun before the name, and an agency's
    /// long caption without a full stop; a headline's shorter line in the present tense stays.
    @Test func captionsInThePresentTenseButNotHeadlines() {
        #expect(filter.reason(for: "Cast member Matthew Perry smiles at the panel for the NBC television series at the critics' summer tour in Pasadena, California, on July 21, 2006.") == .caption)
        #expect(filter.reason(for: "Italy's Jannik Sinner poses for a picture with the trophy after winning the final alongside runner up Russia's Daniil Medvedev") == .caption)
        #expect(filter.reason(for: "French actor Alain Delon takes a short walk away from the set of a new film during a break in the shooting in the center of Rome") == .caption)
        #expect(filter.reason(for: "Elon Musk takes over Twitter and fires its chief executive") == nil)
        #expect(filter.reason(for: "Sinner hits back at critics after his first Grand Slam title in Melbourne") == nil)
        // An agency's caption of an archive picture, of several sentences and forty words or more, with its full date.
        #expect(filter.reason(for: "Gene Hackman and his wife, Betsy, arrive at the Dorothy Chandler Pavilion in Los Angeles on March 29, 1993, before the 65th Annual Academy Awards. Hackman won the best supporting actor award that year for his role in Unforgiven.") == .caption)
        #expect(filter.reason(for: "Gene Hackman, right, and his longtime friend Daniel Lenihan discuss a book they co-authored, Wake of the Perdido Star, Nov. 19, 1999, in Cloud Cliff Cafe in Santa Fe. It was there that they dreamed up their adventure novel about 19th-century sailors.") == .caption)
        #expect(filter.reason(for: "Gene Hackman and his wife, Betsy, arrived at the Dorothy Chandler Pavilion in Los Angeles on March 29, 1993, before the 65th Annual Academy Awards. Hackman won the best supporting actor award that year for his role in Unforgiven.") == nil)
        #expect(filter.reason(for: "Sheriff Adan Mendoza said deputies found Gene Hackman and his wife dead on Feb. 26, 2025, and that the actor smiles in none of the photos found in the house.") == nil)
        // A story's sentence in the past tense, and one whose subject is a pronoun, stay.
        #expect(filter.reason(for: "French actor Alain Delon took a short walk away from the set of a new film during a break in the shooting in the center of Rome") == nil)
    }

    /// A credit alone on its line (agencies, no sentence), a share bar in the five languages, a prompt for
    /// the reader's opinion, and a wire picture's licence in its caption.
    @Test func agencyCreditsShareBarsOpinionPromptsAndPictureLicences() {
        for credit in ["Agencias", "AFP", "dpa/AFP", "Reuters, AP", "(Agenturen)"] {
            #expect(filter.reason(for: credit) == .caption, "\(credit)")
        }
        #expect(filter.reason(for: "Agencies said the talks had failed.") == nil)
        for share in ["Auf Facebook teilen Auf Twitter teilen", "Partager sur Facebook Partager sur X", "Compartir en WhatsApp", "Condividi su Facebook"] {
            #expect(filter.reason(for: share) == .share, "\(share)")
        }
        #expect(filter.reason(for: "Er teilte auf Facebook ein Foto seiner Familie.") == nil)
        for prompt in ["What do you think?", "Qu'en pensez-vous ?", "¿Qué opinas?", "Was meinen Sie?"] {
            #expect(filter.reason(for: prompt) == .comments, "\(prompt)")
        }
        #expect(filter.reason(for: "What do you think happened to the money, the judge asked the witness.") == nil)
        #expect(filter.reason(for: "The co-pilot is seen via Facebook March 26, 2015. The prosecutor told a news conference he had no known links with terrorism, and that the crash was deliberate.    TPX IMAGES OF THE DAY  NO SALES. NO ARCHIVES. FOR EDITORIAL USE ONLY.") == .caption)
        #expect(filter.reason(for: "The broadcaster said the footage was for editorial use only and could not be sold.") == nil)
    }

    /// A short line of capitalised words shown twice in a row is a picture's alternative text and its caption;
    /// the page's control for its text size and `Condividi l'articolo` are chrome too.
    @Test func aLabelShownTwiceInARowAndTextSizeControls() {
        let story = "Gerard Depardieu è stato condannato in sua assenza al tribunale di Parigi per aggressioni sessuali: dovrà scontare diciotto mesi."
        let texts = ["Gerard Depardieu", "Gerard Depardieu", "AA", "", story, "", "Jeremie Assous", "", "Le vittime sono due donne."]
        let result = filter.filter(texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) })
        #expect(result.dropped.filter { $0.reason == .caption }.map(\.line) == [1, 2])
        #expect(result.dropped.contains { $0.line == 3 && $0.reason == .navigation })
        // A name once, alone on its line, is judged as any other line (here, between two of the story's, kept).
        #expect(result.kept.map(\.number).contains(7))
        for control in ["A A", "A+ A-", "AAA"] { #expect(filter.reason(for: control) == .navigation, "\(control)") }
        #expect(filter.reason(for: "Condividi l'articolo") == .share)
    }

    /// A caption that says where its picture stands, a picture's passive, a video player's line with
    /// its length, and a newsletter's blurb whose last sentence is the prompt.
    @Test func picturePositionsVideoLengthsAndNewsletterBlurbs() {
        #expect(filter.reason(for: "Top: An aerial view of central Wajima is seen on Wednesday morning following a massive fire.") == .caption)
        #expect(filter.reason(for: "Oben: Die Küste von Suzu am Dienstagmorgen") == .caption)
        #expect(filter.reason(for: "Top officials met on Monday: the talks went on into the night, a spokeswoman said.") == nil)
        #expect(filter.reason(for: "British actress and pop singer Jane Birkin is shown at a night club in Rome in 1972.") == .caption)
        #expect(filter.reason(for: "Vinicius Junior celebrates his Champions League final goal against Borussia Dortmund.") == .caption)
        #expect(filter.reason(for: "British actress Jane Birkin was shown the door by the producers in 1972, she wrote later.") == nil)
        #expect(filter.reason(for: "Nachrichten 1.1.2024 Japan: Warnung vor Tsunami-Wellen Dauer 2:48 min Ein Erdbeben bedroht die Westküste.") == .video)
        #expect(filter.reason(for: "The film's duration is 2 hours, the director said on Monday at the festival.") == nil)
        // A French sentence sets a space before its colon too: only a short line that is no sentence is a credit.
        #expect(filter.reason(for: "Il veut soigner son image : il a annoncé une nouvelle photo de campagne.") == nil)
        #expect(filter.reason(for: "Feeling out of the loop? We'll catch you up on the Chicago news you need to know every single week of the year. Sign up for the weekly Chicago Catch-Up newsletter here.") == .subscribe)
        #expect(filter.reason(for: "The newsletter, which thousands of readers in Chicago get every week, has covered the city's politics since 2019, its editor said. She will sign up new writers next year.") == nil)
    }

    /// Story sentences that look like the new caption and newsletter shapes stay (review of the rules).
    @Test func storySentencesThatResembleCaptionsStay() {
        #expect(filter.reason(for: "Chancellor Olaf Scholz told Parliament that Germany stands by Ukraine.") == nil)
        #expect(filter.reason(for: "Senator Joe Manchin is seen as the key swing vote in the Senate.") == nil)
        #expect(filter.reason(for: "The streaming service lost subscribers in every region this spring, and its shares fell by a fifth over the quarter, analysts said on Monday. Already the service has lost two million subscribers this year.") == nil)
    }

    /// A page's id on a line of its own is no story; a word with a hyphen and no digit, or a date, is no id.
    @Test func aBareIdIsNavigation() {
        #expect(filter.reason(for: "quotidien-4107") == .navigation)
        #expect(filter.reason(for: "article_24287895") == .navigation)
        #expect(NoiseFilter.isBareId("Jean-Paul") == false)
        #expect(NoiseFilter.isBareId("2021-04") == false)
        #expect(NoiseFilter.isBareId("Sinner won the final 3-6 3-6 6-4 6-4 6-3") == false)
    }

    /// A short credit with no slash (`(Photo: Reuters)`, `© KEYSTONE`) takes a one-sentence caption
    /// right above it or above a blank line; a page's lead picture credited under the story's last
    /// paragraph leaves that paragraph, and a copyright with a year is a footer.
    @Test func aShortCreditTakesOnlyAOneSentenceCaption() {
        func kept(_ lines: [String]) -> [Int] {
            filter.filter(lines.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }).kept.map(\.number)
        }
        let story = "Heavy rain flooded the rail lines between the city and the coast on Tuesday, officials said in a statement."
        #expect(kept([story, "", "With the takeover of the line, the operator gained more power.", "", "(Photo: Reuters)", "", story + " Again."]) == [1, 7])
        #expect(kept([story, "Workers clear the tracks near the station.", "© KEYSTONE", story + " Again."]) == [1, 4])
        // The story's last paragraph, of two sentences or of more than twenty words, stays above a short credit.
        #expect(kept([story, "The line reopens on Friday. Buses run until then.", "(foto SHUTTERSTOCK)"]) == [1, 2])
        #expect(kept([story, story + " More.", "", "(Photo: Reuters)"]) == [1, 2])
        // A copyright with a year is the page's footer, not a credit.
        #expect(kept([story, "The line reopens on Friday.", "© 2024 Reuters"]) == [1, 2])
        // A caption shown twice (its picture's alternative text, then its caption) goes with its copy
        // above a short credit, however many sentences it has; a French credit sets a space before its colon.
        let caption = "Seconds before impact: the camera sends its last pictures. Then the screen goes black, and the room cheers"
        #expect(kept([story, caption, caption, "© Nasa Livestream", story + " Again."]) == [1, 5])
        #expect(kept([story, "Des bâtiments partiellement effondrés à Hualien", "Crédit photo : AFP", story + " Again."]) == [1, 4])
        // Shown once, a story's paragraph of two sentences above a short credit stays.
        #expect(kept([story, caption + ".", "© Nasa Livestream"]) == [1, 2])
    }

    @Test(arguments: [
        "Share prices fell sharply on Monday after the announcement.",
        "Martin Baron, who was editor of the Post for eight years, said the paper would survive.",
        "Jane Doe is the editor of the local paper and has covered the port strike since it began last spring.",
        "Union officials said the strike would end on Friday | a vote is due at noon",
        "More to follow on Tuesday, when the minister visits the port and meets the striking dockworkers' leaders.",
        "Reported by the Financial Times on Monday, the deal values the firm at three billion dollars.",
        "In aggiornamento costante il bilancio delle vittime, che secondo la protezione civile supera ormai le cento persone.",
        "Von den 630 Sitzen im Bundestag gewann die Union 208, teilte die Wahlleiterin mit.",
        "Four weeks ago, the minister promised a decision by spring.",
        "By contrast, the union says its members have lost a tenth of their pay.",
        "The photographer said the cookies were handed out to striking workers.",
        "Advertising revenue at the port's magazine fell by a third.",
        "The newsletter, first published in 1990, is read by most dockworkers.",
        "Subscribers to the ferry pass will pay 5 percent more from April.",
        "Related charges were filed against two of the port's managers on Monday.",
        "Real Madrid won the final after goals from Dani Carvajal and Vinicius Junior.",
        "He celebrates his birthday on the ship every year, the captain said.",
        "Key events of the week were the strike and the vote in parliament.",
        "En direct de Marseille, le ministre a annoncé un plan pour le port.",
    ])
    func storySentencesAreKept(_ line: String) {
        #expect(filter.reason(for: line) == nil)
    }

    /// A caption shown alone and again with its credit: the credited copy is dropped as a caption,
    /// and so is the copy it opens with; a story line that merely starts alike is kept.
    @Test func aCaptionsCopyWithoutItsCreditGoesWithIt() {
        let result = filter.filter(lines([
            "Jude Bellingham of England looks dejected at the final whistle",
            "Jude Bellingham of England looks dejected at the final whistle. Photograph: Michael Regan/UEFA/Getty Images",
            "Spain won the final in Berlin on Sunday, their fourth European title, after a late goal.",
            "Jude Bellingham of England said the team would be back stronger in two years.",
        ]))
        #expect(result.kept.map(\.number) == [3, 4])
        #expect(result.dropped.filter { $0.reason == .caption }.map(\.line) == [1, 2])
    }

    /// A copy of a name or two goes with its caption only right above it; elsewhere the same words
    /// (a subheading) stay.
    @Test func aShortCaptionCopyGoesOnlyRightAboveItsCaption() {
        let result = filter.filter(lines([
            "The Duke of Edinburgh died at Windsor Castle on Friday morning, the palace said.",
            "Prince Philip",
            "Prince Philip. Picture: Getty",
            "He was the longest-serving consort in British history, the palace said.",
            "Prince Philip",
            "He founded the award scheme in 1956 and was patron of many charities, officials said.",
        ]))
        #expect(result.dropped.filter { $0.reason == .caption }.map(\.line) == [2, 3])
        #expect(result.kept.map(\.number) == [1, 4, 5, 6])
        // A word that only opens the caption's first word is no copy (`Rescue` above `Rescuers …`), and a
        // blank line may stand between a copy and its caption.
        let prefix = filter.filter(lines([
            "The quake struck before dawn on Monday, officials said.", "Rescue", "Rescuers search the rubble in Antakya. Photo: AP",
            "Gaza", "", "Gaza. Photo: Reuters",
        ]))
        #expect(prefix.kept.map(\.text).contains("Rescue"))
        #expect(!prefix.kept.map(\.text).contains("Gaza"))
    }

    @Test func shortLinesAfterTheStoryAreATeaserListOnlyWhenSeparatorsOrTeasersMarkIt() {
        let withMarkers = filter.filter(lines([
            "The ferry will sail on Monday, the operator said.", "", "-", "World",
            "Election results due tonight", "-", "Sport", "Cup final moved to Sunday",
        ]))
        #expect(withMarkers.kept.map(\.text) == ["The ferry will sail on Monday, the operator said."])
        #expect(withMarkers.dropped.filter { $0.reason == .teaser }.count == 4)

        let plain = filter.filter(lines(["The ferry will sail on Monday, the operator said.", "", "Timetable changes"]))
        #expect(plain.kept.count == 2)
        #expect(plain.dropped.isEmpty)
    }

    @Test func dateLinesAreDroppedInTheHeaderButNotInTheStory() {
        let result = filter.filter(lines([
            "20 November 2025", "The talks resumed on Thursday in Geneva, officials said.", "21 November 2025",
        ]))
        #expect(result.dropped.map(\.line) == [1])
        #expect(result.kept.map(\.text).last == "21 November 2025")
    }

    /// Past the header a bare date may head a part of the story's chronology, but a date with its
    /// time is the page's stamp, wherever it stands.
    @Test func aDateWithItsTimeIsAStampAnywhere() {
        let result = filter.filter(lines([
            "The talks resumed on Thursday in Geneva, officials said.", "Saturday, 12th June 2021, 6:12 pm", "Updated",
            "21 November 2025", "The envoys met again on Friday, officials said.",
        ]))
        #expect(result.dropped.map(\.text) == ["Saturday, 12th June 2021, 6:12 pm", "Updated"])
        #expect(result.kept.map(\.text).contains("21 November 2025"))
        // German `am` is no time: a chronology's heading stays.
        let german = filter.filter(lines(["Die Gespräche begannen am Donnerstag in Genf, sagten Beamte.", "Am 24. Februar 2022", "Die Truppen marschierten ein."]))
        #expect(german.kept.map(\.text).contains("Am 24. Februar 2022"))
    }

    @Test func theHeadlineRepeatedAboveTheStoryIsDropped() {
        let result = filter.filter(lines(["Talks resume in  Geneva", "The envoys met on Sunday, officials said."]), headline: "Talks resume in Geneva")
        #expect(result.dropped.map(\.reason) == [.repeatedHeadline])
        #expect(result.kept.count == 1)
    }

    @Test func runsOfBlankLinesAreReportedOnceAndNotCountedAsText() {
        let result = filter.filter(lines(["First paragraph of the story.", "", "", "", "Second paragraph of the story."]))
        #expect(result.dropped == [DroppedLine(line: 2, lastLine: 4, text: "", reason: .blankRun)])
        #expect(result.dropped.allSatisfy { !$0.countsAsText })
    }

    /// After the story, a comment section's heading or form opens it: its short lines go, in any of
    /// the site's languages; a long paragraph after it is judged as any other and closes it.
    @Test(arguments: [
        ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Name", "Email"],
        ["Top Comments", "Disclaimer & comment rules", "If you have a Facebook account, become a fan and comment on our Facebook Page!"],
        ["LASCIA UN COMMENTO", "Please enter your comment!", "Please enter your name here",
         "Moderazione dei commenti attiva. Il tuo commento non apparirà immediatamente."],
        ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht."],
        ["Deja una respuesta", "Cancelar respuesta", "Guardar mi nombre"],
    ])
    func aCommentSectionAfterTheStoryIsDropped(_ section: [String]) {
        let story = "The envoys met on Sunday in Geneva and agreed a timetable for the talks, officials said."
        let result = filter.filter(lines([story, ""] + section))
        #expect(result.kept.map(\.text) == [story])
        #expect(result.dropped.count == section.count)
        #expect(result.dropped.first?.reason == .comments)
    }

    /// A comment counter by the byline (`122` / `Kommentare`) opens no comment section: the story
    /// after it stays, short paragraphs included.
    @Test func aCommentCounterNearTheTopOpensNoCommentSection() {
        let result = filter.filter(lines([
            "Borussia Dortmund lose the final at Wembley, and Real Madrid win their fifteenth title.", "122", "Kommentare", "",
            "Dortmund had the better chances in the first half, but could not score.",
            "Carvajal headed in the opener in the 74th minute.",
        ]))
        #expect(result.kept.map(\.number) == [1, 5, 6])
        #expect(result.dropped.map(\.reason) == [.navigation, .comments])
    }

    /// Another story's excerpt, cut by the publishing system with an ellipsis after a space under
    /// that story's headline, goes once the story has begun; a writer's own ellipsis, glued to the
    /// word, stays, and so does a cut line after a paragraph of the story (a paywall cuts the story's own).
    @Test func anExcerptCutMidSentenceIsATeaser() {
        let result = filter.filter(lines([
            "The coronation took place at Westminster Abbey on a rainy day in London, officials said.",
            "Ce magnifique parcours s'arrête si près du but…",
            "Pope Francis Returns To Hospital For Urgent Surgery",
            "Pope Francis 86, must undergo an urgent operation on Wednesday afternoon to repair a hernia …",
            "Dog Sniffs Out $2 Million Worth Of Smuggled Item",
            "Officials have disclosed a police dog helped border patrol agents sniff out $2 million worth [...]",
        ]))
        #expect(result.kept.map(\.number).prefix(2) == [1, 2])
        #expect(result.dropped.filter { [4, 6].contains($0.line) }.map(\.reason) == [.teaser, .teaser])
        let paywalled = filter.filter(lines([
            "The envoys met on Sunday in Geneva and agreed a timetable for the talks, officials said.",
            "The second round will open in May, when the envoys are expected to discuss the …",
        ]))
        #expect(paywalled.kept.count == 2)
        // Before the story, such a line may be the story's own lede: kept.
        let lede = filter.filter(lines(["The envoys met on Sunday in Geneva and agreed a timetable for the …"]))
        #expect(lede.kept.count == 1)
    }

    /// A link to the comments between the story's paragraphs goes, and the story after it stays.
    @Test func aLinkToTheCommentsOpensNoCommentSection() {
        let result = filter.filter(lines([
            "The envoys agreed a timetable for talks in Geneva.", "View comments",
            "Officials said talks would resume on Monday.", "The next round is in May.",
        ]))
        #expect(result.kept.map(\.number) == [1, 3, 4])
        #expect(result.dropped.map(\.reason) == [.comments])
    }

    /// Words of a paywall or a profile picture inside a sentence of the story report; they are no notice.
    @Test(arguments: [
        "The match will be streamed for subscribers only on Sky Sports.",
        "Die Zeitung hat inzwischen mehr Digital-Abos als gedruckte.",
        "Netflix ofrecerá contenido exclusivo para México.",
        "The return of Avatar",
        "James Cameron's Avatar",
    ])
    func furnitureWordsInAStorySentenceAreKept(_ line: String) {
        #expect(filter.reason(for: line) == nil)
    }

    @Test(arguments: [
        ("Check Also", DroppedLine.Reason.relatedHeading),
        ("Noticias Similares", .relatedHeading),
        ("Pablo Gato's profile picture", .byline),
        ("Dieser Inhalt ist nur mit einem Digital-Abo sichtbar.", .subscribe),
    ])
    func moreFurnitureIsRecognised(_ line: String, _ reason: DroppedLine.Reason) {
        #expect(filter.reason(for: line) == reason)
    }

    private func lines(_ texts: [String]) -> [RawLine] {
        texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }
    }

    /// A caption's text repeated as a line of its own, without its credit, goes with the caption;
    /// lines that only share its first words, or are the story's, stay. Many captions on a long
    /// page are looked up by their opening, not compared with every line.
    @Test func aCaptionRepeatedWithoutItsCreditGoesWithIt() {
        let caption = "Rescue teams search the rubble of the collapsed school in Derna. Photo: Jane Doe/Reuters"
        var dropped = [DroppedLine(line: 3, text: caption, reason: .caption)]
        for number in 0..<500 {
            dropped.append(DroppedLine(line: 1_000 + number, text: "Other picture number \(number) of the flood. Photo: Agency", reason: .caption))
        }
        let kept = [
            RawLine(number: 5, text: "Rescue teams search the rubble of the collapsed school in Derna."),
            RawLine(number: 6, text: "Rescue teams search the rubble of houses across the city, officials said on Tuesday."),
            RawLine(number: 7, text: "Rescue teams search"),
            RawLine(number: 8, text: "The floods killed thousands of people."),
        ]
        let result = NoiseFilter.dropCaptionCopies(NoiseFilter.Result(kept: kept, dropped: dropped))
        #expect(result.kept.map(\.number) == [6, 7, 8])
        #expect(result.dropped.contains(DroppedLine(line: 5, text: kept[0].text, reason: .caption)))
        #expect(result.dropped.count == dropped.count + 1)
    }

    /// A caption that says it is a file picture, an embedded video's title and an advertisement label
    /// behind a symbol are page furniture; the same words in a sentence of the story are not.
    @Test(arguments: [
        ("Elon Musk takes over Twitter (File)", DroppedLine.Reason.caption),
        ("Der Staudamm nach der Explosion (Archivbild)", .caption),
        ("Tina Turner - The Best (Official Music Video)", .video),
        ("Adele - Hello (Official Audio)", .video),
        ("ⓘ Publicité", .advert),
        ("» Anzeige", .advert),
        ("Tema relacionado: La reina Margarita II de Dinamarca abdicará tras 52 años", .teaser),
        ("FILE - Turning Point USA Founder Charlie Kirk speaks during a campaign rally, Oct. 24, 2024, in Las Vegas.", .caption),
        ("3 thoughts on \u{201C}Iran\u{2019}s Qassem Soleimani killed in US airstrike", .comments),
        ("One response to \u{201C}Federer retires\u{201D}", .comments),
        ("2 Gedanken zu \u{201E}Mbappé wechselt nach Madrid\u{201C}", .comments),
        ("Giorgio Armani, en una imagen de 2024.", .caption),
        ("FILE PHOTO: Former U.S. Secretary of State Henry Kissinger speaks in Washington, 2014", .caption),
        ("ARCHIVO - El expresidente Jimmy Carter en Plains, Georgia, en 2015.", .caption),
        ("Jacques Delors, auf einem Foto aus dem Jahr 1995", .caption),
    ])
    func labelledPicturesVideosAndAdverts(_ line: String, _ reason: DroppedLine.Reason) {
        #expect(filter.reason(for: line) == reason)
    }

    @Test(arguments: [
        "Read the full indictment (file)",
        "Watch the blast on video (below)",
        "Anzeige gegen Unbekannt",
        "Annonce surprise de Macron",
        "Anuncio del Gobierno sobre las pensiones",
        "Die Reaktionen (Archiv der Woche)",
        "File - a word the story quotes - is not a caption.",
        "3 thoughts on the plan dominated the meeting, officials said.",
        "Armani, who built an empire, in a photo shoot last year said he would never retire. He worked until the end.",
        "The suspect, pictured in court on Monday, denied all charges.",
        "Merz, in a photo posted on X, thanked voters.",
        "Una respuesta a \u{00AB}la amenaza rusa\u{00BB} lleg\u{00F3} el lunes, seg\u{00FA}n el ministro.",
        "Still, there were signs that all might not be well; less than a month ago, the designer failed to appear at both of Chanel\u{2019}s couture shows.",
        "He had been seen more than an hour ago near the station, police said on Sunday, and officers were searching the area.",
    ])
    func theSameWordsInAStorySentenceStay(_ line: String) {
        #expect(filter.reason(for: line) == nil)
    }

    /// Under a heading that counts the comments on the story, every line is a comment, however long:
    /// the section runs to the page's end. A comment counter without the headline quoted opens nothing.
    @Test func aCountedCommentHeadingOpensTheCommentsToTheEnd() {
        let story = "Iran's top general was killed in a US airstrike at Baghdad airport early on Friday, officials said."
        let comment = "1. It is an election year and they need continuity to carry on the new war effort, and this long comment goes on as a paragraph would."
        let result = filter.filter(lines([story, "", "3 thoughts on \u{201C}Iran\u{2019}s general killed\u{201D}", "", comment, "", "Reply"]))
        #expect(result.kept.map(\.text) == [story])
        #expect(result.dropped.filter { $0.reason == .comments }.count == 3)
        let counter = filter.filter(lines(["12 comments", "", story, "", comment]))
        #expect(counter.kept.map(\.text) == [story, comment])
    }

    /// A headline taken without its full stop is still dropped where the page repeats it with one.
    @Test func aRepeatedHeadlineWithAFullStopIsDropped() {
        let story = "A sus 41 años, el destacado tenista Roger Federer anunció la fecha de su retiro oficial del tenis profesional."
        let result = filter.filter(lines(["Roger Federer anuncia su retiro oficial del tenis.", "", story]),
                                   headline: "Roger Federer anuncia su retiro oficial del tenis")
        #expect(result.kept.map(\.text) == [story])
        #expect(result.dropped.first?.reason == .repeatedHeadline)
    }

    /// After the story's last paragraph a block of short lines with a teaser in it is a list of other
    /// stories; a line that holds a whole sentence and goes on is the story's, cut off by the scraper.
    @Test func aCutLastLineAfterATeaserStays() {
        let story = "Musk changed his profile to Chief Twit and also visited the company headquarters in San Francisco on Wednesday."
        let cut = filter.filter(lines([
            story,
            "Also Read | Trending: Elon Musk on fun trail says buying a soft drink maker next",
            "Musk also met Twitter employees in their office. Later he also shared a lett",
        ]))
        #expect(cut.kept.map(\.number) == [1, 3])
        let teasers = filter.filter(lines([
            story,
            "Also Read | Trending: Elon Musk on fun trail says buying a soft drink maker next",
            "Stocks slide as tech shares drop on Wall Street",
        ]))
        #expect(teasers.kept.map(\.number) == [1])
        // A teaser that asks a question and goes on is still a teaser's headline.
        let question = filter.filter(lines([
            story,
            "Also Read | Trending: Elon Musk on fun trail says buying a soft drink maker next",
            "Who is Parag Agrawal? Meet the engineer fired by Musk",
        ]))
        #expect(question.kept.map(\.number) == [1])
    }

    /// Captions in the agencies' style, however long: an opening (`In this image …`), a credit in
    /// brackets after `via`, a source after the last sentence; story sentences that look alike stay.
    @Test func agencyCaptionsByTheirOpeningsAndCredits() {
        let filter = NoiseFilter()
        #expect(filter.reason(for: "In this image released by NASA, the rocket with the James Webb Space Telescope onboard lifts off on Saturday, Dec. 25, 2021, at Europe's Spaceport, the Guiana Space Center in Kourou, French Guiana. The $10 billion infrared observatory is intended as the successor to the aging Hubble telescope. (NASA via AP)") == .caption)
        #expect(filter.reason(for: "En esta foto de archivo, el cineasta posa en el festival de Cannes.") == .caption)
        #expect(filter.reason(for: "The rocket lifted off from Kourou on Saturday morning. (NASA via AP)") == .caption)
        #expect(filter.reason(for: "The general was killed in an airstrike at Baghdad's international airport. Source: Associated Press") == .caption)
        #expect(filter.reason(for: "Lionel Hahn File photo dated February 1, 2018 of the actress honoured with a star in Los Angeles") == .caption)
        // A story's sentences: `image` runs on into a word, `via` names no agency, the source is a sentence's word.
        #expect(filter.reason(for: "In this image-conscious era, the party has changed its logo and its slogans twice.") == nil)
        #expect(filter.reason(for: "The ministry sent the figures to reporters on Monday (via email to the agency).") == nil)
        #expect(filter.reason(for: "The figures were published on Monday. Source: the ministry said the count would rise.") == nil)
        #expect(filter.reason(for: "Die Inflation stieg im März auf 2,2 Prozent, teilte das Amt mit. Quelle: Destatis") == nil)
        #expect(filter.reason(for: "Rettungskräfte suchen in den Trümmern nach Überlebenden. Quelle: dpa") == .caption)
        #expect(filter.reason(for: "Police released a file photo dated March 2021 of the missing man, who was last seen in Leeds.") == nil)
        // Sentences that describe a picture the story is about.
        #expect(filter.reason(for: "Auf dem Bild ist der Tatverdächtige zu sehen. Die Polizei bittet um Hinweise.") == nil)
        #expect(filter.reason(for: "En la imagen difundida por la Guardia Civil se observa al detenido junto a la furgoneta.") == nil)
        #expect(filter.reason(for: "Nella foto pubblicata su Instagram, la cantante appare in ospedale con la figlia.") == nil)
        #expect(filter.reason(for: "This photo shows that the minister was at the party, the lawyer told the court.") == nil)
    }

    /// Appeals and notices that no story writes: a helpline for readers, an appeal for money, glued
    /// skip links, a reactions widget, an offer of advertising space, a summary box's label.
    @Test func readerNoticesAndWidgetLabels() {
        let filter = NoiseFilter()
        #expect(filter.reason(for: "If you have experienced a bereavement and would like to speak with someone in confidence contact Cruse Bereavement Care via their national helpline on 0808 808 1677.") == .helpline)
        #expect(filter.reason(for: "If you or someone you know is struggling, call or text 988 to reach the Suicide and Crisis Lifeline.") == .helpline)
        #expect(filter.reason(for: "If you ask the fishermen, the subsidy is a lifeline at the end of a bad season.") == nil)
        #expect(filter.reason(for: "Anyone affected by the cancellations should call the airline's helpline on 0800 123 456.") == nil)
        #expect(filter.reason(for: "Independent journalism costs money. Support the Harbour Gazette for the price of a coffee.") == .subscribe)
        #expect(filter.reason(for: "Commuters can now cross the city by tram for the price of a coffee, the mayor said.") == nil)
        #expect(filter.reason(for: "\u{201C}Your donation will save lives,\u{201D} the Red Cross said in its appeal.") == nil)
        #expect(filter.reason(for: "Hier werben Parteien um die Stimmen der Erstwähler.") == nil)
        #expect(filter.reason(for: "Skip to main contentSkip to navigationSkip to key eventsSkip to navigation") == .navigation)
        #expect(filter.reason(for: "Quelle est votre réaction ?") == .comments)
        #expect(filter.reason(for: "Votre publicité ici ? Contactez-nous !") == .advert)
        #expect(filter.reason(for: "Das Wichtigste in Kürze") == .navigation)
        #expect(filter.reason(for: "PHOTO") == .navigation)
        #expect(filter.reason(for: "This is a breaking news story. More as we get it...") == .updateNotice)
    }

    /// A desk's byline in two words (`Echo reporter`); a two-word sentence is no byline.
    @Test func aDesksBylineInTwoWords() {
        let filter = NoiseFilter()
        #expect(filter.reason(for: "Echo reporter") == .byline)
        #expect(filter.reason(for: "Staff correspondent") == .byline)
        #expect(filter.reason(for: "Reporters left.") == nil)
    }

    /// Under an author box's heading after the story, the name, the biography and the link to the
    /// author's page go with it; then a tag list's label, an empty comment section's notice and an
    /// appeal to readers who read this far.
    @Test func anAuthorBoxAndTheNoticesUnderAStory() {
        let story = "Godard, who also worked as a film critic, became the standard-bearer of the New Wave, the group of French directors who changed cinema in the sixties."
        let result = NoiseFilter().filter(lines([
            story, "", "Sobre el autor:", "", "Pablo Mata", "",
            "Periodista, graduado en la Facultad de comunicación de Sevilla en el año 2020. Miembro de la Asociación de Prensa de Jerez. He hecho prácticas y colaborado en varios medios de la provincia antes de llegar a esta casa.",
            "", "...saber más sobre el autor", "", "Archivado en:", "",
            "Si has llegado hasta aquí y te gusta nuestro trabajo, apoya nuestro periodismo libre e independiente.",
            "", "No hay comentarios ¿Te animas?",
        ]))
        #expect(result.kept.map(\.text) == [story])
        // The box holds a few lines: a story paragraph after it is judged on its own.
        let after = NoiseFilter().filter(lines([story, "About the author", "Jane Doe", "Jane Doe covers ports for the paper.", "More from Jane",
                                                "The strike ended on Friday after the union accepted the offer, its leader said."]))
        #expect(after.kept.map(\.number) == [1, 6])
    }

    /// An agency's credit with the surname in capitals closes a caption (`… Brno. Miguel MEDINA / AFP`).
    @Test func anAgencyCreditWithTheSurnameInCapitals() {
        #expect(NoiseFilter().reason(for: "The novelist's death was announced by his publisher in his home town of Brno. Miguel MEDINA / AFP") == .caption)
        #expect(NoiseFilter().reason(for: "The talks ended on Friday. EU and NATO envoys/officials met again later.") == nil)
    }

    /// A consent widget standing in for an embedded player, in German and English; a story about data or
    /// consent keeps its sentences.
    @Test func aConsentWidgetForAnEmbeddedPlayer() {
        let filter = NoiseFilter()
        #expect(filter.reason(for: "Wir benötigen Ihre Zustimmung um den Podcast-Player anzuzeigen") == .cookie)
        #expect(filter.reason(for: "Unter Umständen sammelt der Anbieter personenbezogene Daten für eigene Zwecke und verarbeitet diese nach eigenen Datenschutzregeln.") == .cookie)
        #expect(filter.reason(for: "Mit einem Klick auf Akzeptieren erteilen Sie Ihre Einwilligung, die Sie über die Cookie-Einstellungen widerrufen können.") == .cookie)
        #expect(filter.reason(for: "We need your consent to display this video player") == .cookie)
        #expect(filter.reason(for: "The court ruled that the company had processed personal data without a lawful basis, the judges said on Monday.") == nil)
        #expect(filter.reason(for: "Parliament gave its consent to the treaty late on Thursday, after a debate of nine hours.") == nil)
    }

    /// A caption closed by its credit's mark at the very end, or by an agency and its photographer in
    /// brackets, however long; a story's sign-off credits agencies alone.
    @Test func captionsClosedByTheirCreditsMark() {
        let filter = NoiseFilter()
        #expect(filter.reason(for: "The singer's greatest hits, from rock to ballads, in a video of the agency AGENZIA Copyright ©") == .caption)
        #expect(filter.reason(for: "© 2017 Outlet. All rights reserved.") != nil)
        let long = "Police officers secure the area near the concert hall after the shooting in the city centre on Friday evening, November 13, 2015. "
            + "People were held inside the building for hours after the shots were fired, a television channel reported on the night. (REUTERS/Jane Doe Smith)"
        #expect(filter.reason(for: long) == .caption)
        let signOff = "The ministers met again on Friday and agreed on a timetable for the remaining talks, which are due to end in March next year, "
            + "officials from both delegations said after the meeting in the capital, where protests continued outside the building for a third day. (Reuters/AP)"
        #expect(filter.reason(for: signOff) == nil)
    }

    /// A gallery's notice that it needs scripts, in the five languages.
    @Test func aGalleryThatNeedsScripts() {
        #expect(NoiseFilter().reason(for: "This slideshow requires JavaScript.") != nil)
        #expect(NoiseFilter().reason(for: "Bitte JavaScript aktivieren, um die Galerie zu sehen.") != nil)
    }

    /// A poll's or the site's own prompt on a short line; a sentence that reports a poll is the story's.
    @Test func aPollsPromptBetweenParagraphs() {
        #expect(NoiseFilter().reason(for: "Take part in our poll") == .subscribe)
        #expect(NoiseFilter().reason(for: "Partecipa al sondaggio") == .subscribe)
        #expect(NoiseFilter().reason(for: "Most voters took part in our poll, which closed on Friday.") == nil)
    }

    /// Picture credits and page notes that set `at` showed: a caption's agency after a dash, a picture's
    /// file name, `Image courtesy of …`, `PHOTO | …`, an editor's note in brackets and capitals, a newsletter's
    /// offer of the inbox. The story's sentences with the same words stay.
    @Test func creditsFileNamesAndEditorsNotes() {
        let filter = NoiseFilter()
        #expect(filter.reason(for: "Markus Braun, ex ceo di Wirecard - Afp") == .caption)
        #expect(filter.reason(for: "The ministers met in Brussels on Monday - Reuters reported that talks went on.") == nil)
        #expect(filter.reason(for: "harbour-strike-one-week-chart") == .navigation)
        #expect(filter.reason(for: "state-of-the-art") == .navigation)
        #expect(filter.reason(for: "Image courtesy of Example Data") == .caption)
        #expect(filter.reason(for: "Runners pass the park in the city on Saturday. PHOTO | EXAMPLE CHALLENGE") == .caption)
        #expect(filter.reason(for: "[ACTUALIZA LA INFORMACIÓN SOBRE LA JORNADA]") == .updateNotice)
        #expect(filter.reason(for: "[Ed. note: this story was corrected on Monday.]") != .updateNotice)
        #expect(filter.reason(for: "Get the latest news delivered straight to your inbox every day of the week. Stay informed with our coverage.") == .subscribe)
        #expect(filter.reason(for: "The scam emails landed in thousands of inboxes on Monday, the bank said.") == nil)
    }

    /// `Pour aller plus loin :` heads a list of other stories, as `Read more` does; the teasers under it go.
    @Test func aFurtherReadingHeadingAndItsTeasers() {
        let result = filter.filter(lines([
            "Elisabeth Borne a engagé jeudi la responsabilité du gouvernement sur la réforme des retraites, sous les huées de la gauche.",
            "Pour aller plus loin :",
            "Décryptage. Comment la réforme des retraites a mis le monde politique français en ébullition",
            "Analyse. La réforme des retraites, révélatrice de la crise du rapport au travail",
        ]))
        #expect(result.kept.map(\.number) == [1])
        #expect(result.dropped.map(\.reason) == [.relatedHeading, .teaser, .teaser])
    }

    /// Where the story was first published, as its last line: `Read the article in …`, in the five languages.
    @Test func aPointerToTheOriginalArticle() {
        #expect(filter.reason(for: "Read the article in The Sydney Morning Herald (AP,Reuters).") == .teaser)
        #expect(filter.reason(for: "Lire l’article sur le site du Monde") == .teaser)
        #expect(filter.reason(for: "Readers of the article in the Herald wrote to the editor about the protests on Monday.") == nil)
    }

    /// A caption whose bracketed credit names the picture and a lower-case agency (`(Bild: Kay Nietfeld/dpa)`).
    @Test func aCaptionCreditedToALowerCaseAgency() {
        #expect(filter.reason(for: "Nach der Entlassung von Christian Lindner ist die Regierung vorerst wieder rot-grün (Bild: Kay Nietfeld/dpa)") == .caption)
        #expect(filter.reason(for: "Die Regierung ist nach der Entlassung von Christian Lindner vorerst wieder rot-grün (siehe Grafik/Tabelle)") == nil)
    }


    /// An agency's name right after a caption, with no mark between: of two words or more, or run into the
    /// caption's full stop. A story's line cut after `told Reuters` stays.
    @Test func aCaptionWithItsAgencyAfterItAndNoMark() {
        #expect(filter.reason(for: "The wreckage from a capsized boat washes ashore at a beach near Cutro.PA Media") == .caption)
        #expect(filter.reason(for: "More than 60 dead after migrant shipwreck off southern Italy PA Media") == .caption)
        #expect(filter.reason(for: "Rescuers search the beach near Cutro on Sunday.AFP") == .caption)
        #expect(filter.reason(for: "Survivors said the boat had left Turkey four days earlier, a coastguard official told Reuters") == nil)
    }

    /// Captions credited `Pic/AFP`, and a wire caption of a scene (`A view shows …`); a note from the editors;
    /// a prompt to follow the site in German.
    @Test func captionsNotesAndPromptsFromSetAW() {
        #expect(filter.reason(for: "Pope Francis addresses the media as he leaves the Gemelli hospital on Saturday. Pic/AFP") == .caption)
        #expect(filter.reason(for: "A view shows remains of a ship along the beach where bodies were found") == .caption)
        #expect(filter.reason(for: "Editor's note: This article has been updated with new details throughout.") == .updateNotice)
        #expect(filter.reason(for: "Folgt Ihr uns bereits auf YouTube?") == .subscribe)
        #expect(filter.reason(for: "The view shows how far the water rose in the town, officials said on Thursday.") == nil)
    }

}
