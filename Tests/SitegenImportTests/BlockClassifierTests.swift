import Testing
@testable import SitegenImport

/// The jusText-like classifier of paragraphs: by length, density of the language's function words,
/// and the class of the neighbours (more of its tests are in PageAddressTests.swift).
extension BlockClassifierTests {
    var classifier: BlockClassifier { BlockClassifier(language: "en") }

    static let story = "The ferry strike that stranded thousands of travellers ended on Friday, when the union and the operators "
        + "said in a joint statement that they had agreed on a new contract for the crews of all the night crossings."
    /// Prose dense in names and figures (few function words), long, with a full stop.
    static let lede = "Mission control at the Harbour Applied Physics Laboratory in Laurel, Maryland, announced the successful "
        + "impact of the 1,260-pound (570-kilogram) box-shaped probe a few hours ago, at 7:14 pm EDT (2314 GMT) while flying "
        + "at 14,000 mph (22,530 km/h) into the moonlet Dimorphos, 11 million kilometres from Earth."
    static let menu = "Home World Politics Business Tech Science Health Sport Culture Travel Video Podcasts Newsletters Weather"

    @Test func firstClassesByShape() {
        let (story, lede, menu) = (Self.story, Self.lede, Self.menu)
        #expect(classifier.initialClass(story) == .good)
        #expect(classifier.initialClass(lede) == .nearGood)
        #expect(classifier.initialClass(menu) == .bad)
        #expect(classifier.initialClass("Read more") == .short)
    }

    /// A short line between two bad blocks is bad; a one-sentence paragraph beside the story is kept.
    @Test func shortLinesTakeTheirNeighboursClass() {
        let (story, menu) = (Self.story, Self.menu)
        #expect(classifier.classify([menu, "Latest news", menu, story]) == [.bad, .bad, .bad, .good])
        #expect(classifier.classify([story, "Talks resume on Monday.", story]) == [.good, .good, .good])
    }

    /// A clause of the story that introduces a list with a colon (`Here are the crews that sailed on Friday:`)
    /// stays, though the list after it is bad; a label with its colon (`Read more:`) does not.
    @Test func aClauseThatIntroducesWhatFollowsStays() {
        let (story, menu) = (Self.story, Self.menu)
        #expect(classifier.classify([story, "Here are the crews that sailed on Friday:", menu, story]) == [.good, .good, .bad, .good])
        #expect(classifier.classify([story, "Read more:", menu, story]) == [.good, .bad, .bad, .good])
        // After chrome it is none of the story's.
        #expect(classifier.classify([menu, "Here are the crews that sailed on Friday:", menu, story]) == [.bad, .bad, .bad, .good])
    }

    /// A long paragraph of prose at the page's edge is the story's lede, though a line of chrome follows it;
    /// between two bad blocks it is dropped, and a short line at the edge still is.
    @Test func aLongLedeAtThePagesEdgeStays() {
        let (story, lede, menu) = (Self.story, Self.lede, Self.menu)
        let link = "Mission photo N/A https://commons.example.org/w/index.php?search=probe&title=Special:MediaSearch&type=image"
        #expect(classifier.initialClass(link) == .bad)
        #expect(classifier.classify([lede, link, story]) == [.good, .bad, .good])
        #expect(classifier.classify([menu, lede, link, menu]) == [.bad, .bad, .bad, .bad])
        // At the page's end the edge still counts: a long paragraph after chrome there (an author's box) goes.
        #expect(classifier.classify([story, link, lede]) == [.good, .bad, .bad])
    }

    /// The page's last line, cut inside its first sentence by the scraper, is the story's though its
    /// capitals make it look like a line of labels; a list of teasers run together, or a menu, is not.
    @Test func aLastLineCutInsideItsFirstSentence() {
        let story = Self.story
        let cut = "During the Second World War, Mr Napolitano fought against the Italian Fascists and Nazi oc"
        #expect(classifier.initialClass(cut) == .bad)
        #expect(classifier.classify([story, story, cut]) == [.good, .good, .good])
        #expect(classifier.classify([story, story, "Prominent Remain campaigners expressed their sadness at Britain’s departure, telling BuzzF"]).last == .good)
        let teasers = "Trump adds seven countries to full travel ban list Alleged Bondi gunman charged with 15 murders as funerals of victims begin "
            + "Myanmar junta says Suu Kyi 'in good health' after son raises alarm Family of alleged Bondi gunman unaware of 'radical mindset', say Indian police"
        #expect(classifier.classify([story, story, teasers]).last == .bad)
        #expect(classifier.classify([story, story, Self.menu]).last == .bad)
        // A short last line cut on a name that a clause opens after a comma (`…, but Kingsle`); not a headline
        // that ends on a name.
        #expect(classifier.classify([story, story, "Their striker's header went wide, but Marti"]).last == .good)
        #expect(classifier.classify([story, story, "The album received great critical acclaim, with Rolling S"]).last == .good)
        #expect(classifier.classify([story, story, "Ministers agree a new timetable with Brussels"]).last == .bad)
        // Not before the end: there the neighbours decide.
        #expect(classifier.classify([story, cut, Self.menu, Self.menu]) == [.good, .bad, .bad, .bad])
    }

    /// Italian elided articles (`dell’`, `l’`, `sull’`) are function words: a sentence dense in them is prose.
    @Test func italianElisionsAreFunctionWords() {
        let italian = BlockClassifier(language: "it")
        #expect(italian.stopwordDensity("dell’esperimento sull’orbita nell’ambito dell’accordo") >= 0.5)
    }

    /// The standfirst under the headline, a full sentence, stays though a caption and chrome stand below it;
    /// a label there does not, nor a sentence on a page with no story.
    @Test func theStandfirstUnderTheHeadline() {
        let standfirst = "Centrist former economy minister Jane Doe defeats far-right rival John Roe in the runoff."
        #expect(classifier.initialClass(standfirst) == .nearGood)
        #expect(classifier.classify([standfirst, "Jane Doe", Self.menu, Self.story]).first == .good)
        #expect(classifier.classify(["Centrist Jane Doe wins French runoff", "Jane Doe", Self.menu, Self.story]).first == .bad)
        #expect(classifier.classify([standfirst, Self.menu]).first == .bad)
    }

    /// The page's last line, a sentence cut short by the scraper with few or no function words, is the
    /// story's; a byline, a title-case teaser or a line of four words is not.
    @Test func aLastSentenceCutShortWithFewFunctionWords() {
        let story = Self.story
        #expect(classifier.classify([story, "Police released closed-circuit television footage apparently supporti"]) == [.good, .good])
        #expect(classifier.classify([story, "Philipp F. legally owned a semi-automatic Heckler & Koch Pistole P30 han"]) == [.good, .good])
        #expect(classifier.classify([story, "Benjamin Chapon source 20 min"]) == [.good, .bad])
        #expect(classifier.classify([story, "Iran Protests Spread To Eighty Cities Across The Country"]) == [.good, .bad])
        #expect(classifier.classify([story, "Related: Ferry strike ends after night crossings deal"]) == [.good, .bad])
    }


    /// A standfirst without a full stop right above the story is the story's first paragraph; a teaser's
    /// headline with its outlet after a full stop, or a label, is not.
    @Test func aStandfirstWithoutAFullStopAboveTheStory() {
        let story = Self.story
        #expect(classifier.classify(["However, the timing of the visit to the island is unclear", story]) == [.good, .good])
        #expect(classifier.classify(["Leo Messi will leave the team of his life for PSG. BeSoccer", story]) == [.bad, .good])
        #expect(classifier.classify(["Watch: the timing of the visit to the island", story]) == [.bad, .good])
    }

    /// The page's last line cut after the first letter of a word, a capital (`… allié de la France au S`).
    @Test func aLastLineCutAfterACapitalLetter() {
        let story = "La tentative de coup d’État a été condamnée par l’ONU, l’Union africaine et les États-Unis, qui ont demandé "
            + "la libération du président et le retour à l’ordre constitutionnel dans le pays, selon un communiqué publié mercredi soir."
        #expect(BlockClassifier(language: "fr").classify([story, "Le Niger est le principal allié de la France au S"]) == [.good, .good])
        #expect(BlockClassifier(language: "fr").classify([story, "Niger Mali Burkina France Sahel Wagner Russie Niamey S"]) == [.good, .bad])
    }

}
