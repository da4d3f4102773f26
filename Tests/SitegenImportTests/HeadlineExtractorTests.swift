import Testing
import SitegenModel
@testable import SitegenImport

struct HeadlineExtractorTests {
    let extractor = HeadlineExtractor()

    /// A line of dates and their labels is never a headline, even glued (`EDTFirst published …`).
    @Test func aLineOfDatesIsNoHeadline() {
        #expect(HeadlineExtractor.isDateChrome("Sun 14 Jul 2024 19.11 EDTFirst published on Sun 14 Jul 2024 12.00 EDT"))
        #expect(HeadlineExtractor.isDateChrome("Updated on 3 March 2025 at 14:05"))
        #expect(!HeadlineExtractor.isDateChrome("Spain beat England on 14 July 2024 to win the Euros"))
        #expect(!HeadlineExtractor.isDateChrome("Talks set for March"))
    }

    @Test func siteSuffixGivesSectionAndSite() {
        let split = extractor.splitSuffix("Ferries resume after storm | Europe | Daily Harbour")
        #expect(split.title == "Ferries resume after storm")
        #expect(split.section == "Europe")
        #expect(split.site == "Daily Harbour")
        #expect(extractor.splitSuffix("Ferries resume after storm | Harbour Times").section == nil)
        #expect(extractor.splitSuffix("Ferries resume after the storm - Harbour Times").title == "Ferries resume after the storm")
        #expect(extractor.splitSuffix("Kyiv and Moscow trade blame over talks - What We Know").title == "Kyiv and Moscow trade blame over talks - What We Know")
    }

    /// A line that breaks off on a comma (an item of a highlights list) is no headline: the address rebuilds it.
    @Test func aLineEndingInACommaIsNoHeadline() throws {
        let address = try #require(PageAddress("https://example.com/sport/harbour-united-beat-city-to-win-the-cup/"))
        let headline = extractor.extract(lines([
            "Highlights Harbour United secure their first cup in a decade with a win over City at the old stadium.",
            "Late goals from Ortega and Lindqvist settle the final after a tense first half.",
            "Ortega shines in his last match, scoring twice as Harbour United win the cup against City,",
            "Harbour United won the cup on Saturday after beating City 2-0 in front of a full stadium, with two goals in the last ten minutes.",
        ]), address: address)
        #expect(headline.origin == .slug)
        #expect(headline.title == "Harbour United beat City to win the cup")
    }

    /// A headline that opens a paragraph of the story, with no heading of its own on the page: the
    /// paragraphs of prose above it are the story's opening, not chrome (a scraper's date label off).
    @Test func proseAboveAHeadlineThatOpensAParagraphIsTheStorys() throws {
        let address = try #require(PageAddress("http://www.laut.de/News/Songwriterlegende-Leonard-Cohen-ist-tot-11-11-2016-13108"))
        let page = [
            " date 2016-11 Wie gestern bekannt wurde, starb der kanadische Sänger, Komponist und Autor im Alter von 82 Jahren in Los Angeles.", "",
            "Los Angeles (ebi) - \"Give me a Leonard Cohen afterworld / So I can sigh eternally\", sang einst Kurt Cobain im Nirvana-Song \"Pennyroyal Tea\".", "",
            "Leonard Cohen ist tot: Er starb am Montag im Alter von 82 Jahren in Los Angeles, wie seine Familie gestern bekannt gab. Er galt als Meister der Melancholie.",
        ]
        let headline = extractor.extract(lines(page), address: address)
        #expect(headline.storyAbove.map(\.number) == [1, 3])
        #expect(headline.storyAbove.first?.text.hasPrefix("Wie gestern bekannt wurde") == true)
        #expect(headline.dropped.isEmpty)
    }

    /// A headline the page writes twice, then the standfirst once: the standfirst retells the story in
    /// the address's words (the address keeps an older headline), and is still no headline.
    @Test func aHeadlineWrittenTwiceOverItsStandfirst() throws {
        let address = try #require(PageAddress("https://example.com/2015/1/7/7507315/charlie-hebdo-terrorist-attack-paris-france"))
        let page = [
            "Skip to main content", "",
            "Gunmen kill 12 at office of French satirical magazine", "",
            "Gunmen kill 12 at office of French satirical magazine", "", "",
            "One suspect arrested but two remain at large as President François Hollande condemns terrorist attack on Charlie Hebdo", "",
            "Share this story", "",
            "Heavily armed gunmen attacked the Paris office of a French satirical magazine Wednesday morning, killing 12 people, a police spokesman said.",
        ]
        let headline = extractor.extract(lines(page), address: address)
        #expect(headline.title == "Gunmen kill 12 at office of French satirical magazine")
        // Written once, the same line is beaten by the standfirst that spells the address.
        var once = page
        once.remove(at: 4)
        #expect(extractor.extract(lines(once), address: address).title.hasPrefix("One suspect arrested"))
    }

    /// A page that puts its headline under the story's first paragraphs: the line that is the
    /// address's headline word for word is found there, and the paragraphs above it stay the story's.
    /// A line below the story that shares only some of the address's words is no headline.
    @Test func theAddresssHeadlineUnderTheFirstParagraphs() throws {
        let address = try #require(PageAddress("https://example.com/world/ferry-strike-ends-after-nine-days-of-talks_a660d4e275bd8ea95"))
        let story = [
            "The ferry strike that stranded thousands of travellers ended on Friday, the union and the operators said in a joint statement.",
            "Crews will return to work on Saturday morning, and the first crossings are expected before noon, according to the port authority.",
            "The agreement raises wages by four percent this year and sets up a panel to review the rosters of the night crossings.",
        ]
        let headline = extractor.extract(lines(story + ["Ferry strike ends after nine days of talks", "Passengers queued at the terminal for most of the day."]),
                                         address: address)
        #expect(headline.origin == .text)
        #expect(headline.title == "Ferry strike ends after nine days of talks")
        #expect(headline.storyAbove.map(\.text) == story)
        let partial = extractor.extract(lines(story + ["Strike talks ended on Friday", "Passengers queued at the terminal for most of the day."]),
                                        address: address)
        #expect(partial.origin == .slug)
        // A headline above the story, shown again below its first paragraphs, is the one above.
        let above = extractor.extract(lines(["Ferry strike ends after nine days of talks"] + story + ["Ferry strike ends after nine days of talks"]),
                                      address: address)
        #expect(above.line == 1)
        #expect(above.storyAbove.isEmpty)
    }

    /// A whole story run into its headline on one line of many kilobytes: the headline is found in
    /// the line's opening and the rest of the line, to its last word, stays the story's.
    @Test func aHeadlineRunIntoAVeryLongLine() throws {
        let address = try #require(PageAddress("https://example.com/news/harbour-pilots-agree-new-safety-rules"))
        let story = (1...300).map { "The pilots met the port authority for the \($0)th time on Monday." }.joined(separator: " ")
        let headline = extractor.extract(lines(["Harbour pilots agree new safety rules ROTTERDAM, June 12: \(story) Last words here."]), address: address)
        #expect(headline.title == "Harbour pilots agree new safety rules")
        #expect(headline.origin == .text)
        let remainder = try #require(headline.remainder?.text)
        #expect(remainder.hasPrefix("ROTTERDAM, June 12: The pilots met the port authority for the 1th time"))
        #expect(remainder.hasSuffix("for the 300th time on Monday. Last words here."))
        #expect(remainder.utf8.count > 15_000)
    }

    /// A story's long sentence that holds only some of a headline-like slug's words is the lede: the
    /// headline is rebuilt from the slug. A shorter line that matches it stays the headline.
    @Test func aLongLedeIsNoHeadlineWhenTheSlugIsOne() throws {
        let address = try #require(PageAddress("https://example.com/news/harbour-pilots-strike-ends-after-pay-deal-123456.html"))
        let lede = lines([
            "The strike is over!",
            "Harbour pilots (about 400 of them) ended their strike on Tuesday afternoon in Rotterdam after the unions accepted a pay deal in all three rounds!",
            "The port expects ships to move again by Wednesday morning, a spokeswoman said.",
        ])
        let rebuilt = extractor.extract(lede, address: address)
        #expect(rebuilt.origin == .slug, "\(rebuilt.title)")
        let shortLine = extractor.extract(lines(["Harbour pilots end strike after pay deal"] + lede.map(\.text)), address: address)
        #expect(shortLine.title == "Harbour pilots end strike after pay deal")
        #expect(shortLine.origin == .text)
    }

    /// A page that opens with its lede and puts a heading after it: the lede, which holds most of the
    /// heading's words, stays the story's; another story's paragraph above a headline does not.
    @Test func theStorysLedeAboveAHeadingStays() throws {
        let address = try #require(PageAddress("https://example.com/news/harbour-pilots-end-strike-after-pay-deal"))
        let lede = "Harbour pilots ended their strike on Tuesday after the unions accepted the pay deal that the port authority offered in the third round of talks. The port expects ships to move again by Wednesday."
        let headline = extractor.extract(lines([lede, "Harbour pilots end strike after pay deal", "The port said ships would move again by Wednesday morning, a spokeswoman said on Tuesday."]), address: address)
        #expect(headline.title == "Harbour pilots end strike after pay deal")
        #expect(headline.storyAbove.map(\.text) == [lede])
        #expect(headline.dropped.isEmpty)
        let other = "The city council voted on Monday to close the old bridge for repairs that will take until the end of the year, the mayor said, and traffic will be diverted through the tunnel."
        let sidebar = extractor.extract(lines([other, "Harbour pilots end strike after pay deal", "The port said ships would move again by Wednesday morning, a spokeswoman said on Tuesday."]), address: address)
        #expect(sidebar.storyAbove.isEmpty)
        #expect(sidebar.dropped.map(\.text) == [other])
    }

    /// A long line of whole sentences cut at its end is a story paragraph; a menu with `U.S.` in it is not.
    @Test func aCutParagraphIsStoryButAMenuIsNot() {
        let cut = "Wilders stieß am Donnerstag in Den Haag mit seinen Gefolgsleuten auf den Wahltriumph an. Nun werde sich seine Partei für den normalen Niederländer einsetzen, der die Politik der vergangenen Jahre satt habe, und dass die"
        #expect(HeadlineExtractor.isStoryParagraph(cut))
        let menu = "Home U.S. World Business Tech Science Health Sports Politics Opinion Entertainment Style Travel Video Audio Live TV Markets Weather Climate Lifestyle Books Food Arts Music Film Games Puzzles Newsletters Podcasts Subscribe"
        #expect(!HeadlineExtractor.isStoryParagraph(menu))
    }

    /// A camel-cased word the story writes too (`PortLink`) is a name, not a kicker glued to the
    /// headline; a kicker run into it (`Hafen-StreitLotsen …`) still is one.
    @Test func aCamelCasedNameIsNoGluedKicker() throws {
        let named = extractor.extract(lines([
            "PortLink Chief Quits After Board Ousts Founder",
            "PortLink, the harbour software maker, lost its chief executive on Friday, a day after its board ousted the founder.",
        ]))
        #expect(named.title == "PortLink Chief Quits After Board Ousts Founder")
        let address = try #require(PageAddress("https://example.com/news/portlink-chief-quits-after-board-ousts-founder"))
        #expect(HeadlineExtractor.gluePoint("PortLink Chief Quits After Board Ousts Founder", isName: { address.slugWords.contains($0.folded) }) == nil)
        #expect(HeadlineExtractor.gluePoint("PortLink Chief Quits After Board Ousts Founder") != nil)
        let glued = "Erste Reaktionen zum Hafen-StreitLotsen fordern neue Regeln"
        #expect(HeadlineExtractor.gluePoint(glued, isName: { _ in false }).map { String(glued[$0...]) } == "Lotsen fordern neue Regeln")
    }

    /// A note in brackets above the story (an update's note) is never its headline.
    @Test func aBracketedNoteIsNoHeadline() throws {
        let address = try #require(PageAddress("https://example.com/news/12345-harbour-pilots-strike-over-new-rules"))
        let headline = extractor.extract(lines([
            "(Update after the minister's statement)",
            "ROTTERDAM - Harbour pilots walked out on Monday over the new safety rules, halting traffic in the port for the whole day and stranding ships.",
        ]), address: address)
        #expect(headline.title != "(Update after the minister's statement)")
        #expect(HeadlineExtractor.isBracketed(" (Update after the minister's statement) "))
        #expect(HeadlineExtractor.isBracketed("[Updated]"))
        #expect(!HeadlineExtractor.isBracketed("(Reuters) Pilots strike"))
    }

    /// A label before a colon that the address leaves out is a kicker (`Reactions : Pilots …`); one
    /// the address holds is the headline's own (`Rotterdam: Pilots …`).
    @Test func aLabelTheAddressLeavesOutIsNoPartOfTheHeadline() throws {
        let address = try #require(PageAddress("https://example.com/news/pilots-welcome-new-safety-rules-in-rotterdam-123"))
        #expect(HeadlineExtractor.withoutUnaddressedLabel("Reactions : Pilots welcome new safety rules in Rotterdam", address: address)
            == "Pilots welcome new safety rules in Rotterdam")
        let placed = try #require(PageAddress("https://example.com/news/rotterdam-pilots-welcome-new-safety-rules"))
        #expect(HeadlineExtractor.withoutUnaddressedLabel("Rotterdam: Pilots welcome new safety rules", address: placed) == nil)
        // A compound is one word of the label (`Strafmaß für Tennis-Ikone : …`).
        #expect(HeadlineExtractor.withoutUnaddressedLabel("Verdict for tennis-legend : Pilots welcome new safety rules in Rotterdam", address: address)
            == "Pilots welcome new safety rules in Rotterdam")
        // A label of more than three words is a headline's first half, not a kicker.
        #expect(HeadlineExtractor.withoutUnaddressedLabel("After a long night of talks: Pilots welcome new safety rules in Rotterdam", address: address) == nil)
        let headline = extractor.extract(lines(["Reactions : Pilots welcome new safety rules in Rotterdam",
                                                "The pilots' union welcomed the rules on Monday, its chair said."]), address: address)
        #expect(headline.title == "Pilots welcome new safety rules in Rotterdam")
    }

    /// A headline glued to its standfirst ends at a full stop after the address's last word.
    @Test func aStandfirstGluedAfterAFullStopOnTheAddressLastWord() throws {
        let address = try #require(PageAddress("https://example.com/news/portlink-founder-ousted-by-cda/"))
        let headline = extractor.extract(lines([
            "News",
            "PortLink founder ousted by the CdA. The chief engineer takes over for now. But only hours later talks to bring him back to the harbour firm have already begun",
            "The board of PortLink said on Friday that its founder had left with immediate effect, and that the engineer would lead the firm.",
        ]), address: address)
        #expect(headline.title == "PortLink founder ousted by the CdA")
        #expect(headline.remainder?.text.hasPrefix("The chief engineer takes over") == true)
        // The story's first sentence, ending on the address's last word but mostly in words the address
        // lacks, is no headline: the address rebuilds it, and the sentence stays the story's.
        let deal = try #require(PageAddress("https://example.com/markets/harbour-games-bought-by-portlink-for-68-7-billion-dollars-37575686/"))
        let lede = extractor.extract(lines([
            "PortLink announced the purchase of the video game publisher, Harbour Games, for 68.7 billion dollars. The firm offers 95 dollars a share in cash, a premium of 45% over the closing price of the shares on Friday evening",
            "",
            "Companies in this article: Harbour Games, PortLink",
        ]), address: deal)
        #expect(lede.origin == .slug)
        #expect(lede.title == "Harbour Games bought by PortLink for 68.7 billion dollars")
    }

    @Test func aShortLineAboveTheHeadlineIsItsCategory() throws {
        let headline = extractor.extract(lines(["Politics", "Talks resume in Geneva as envoys meet", "The envoys met on Sunday, officials said."]))
        #expect(headline.title == "Talks resume in Geneva as envoys meet")
        #expect(headline.section == "Politics")
        #expect(headline.bodyStart == 2)
    }

    @Test func aShortHeadlineFollowedByTheStoryIsNotACategory() throws {
        let headline = extractor.extract(lines(["Ceasefire holds", "The ceasefire held overnight, both sides said."]))
        #expect(headline.title == "Ceasefire holds")
        #expect(headline.section == nil)
    }

    @Test func breadcrumbsGiveTheirMostSpecificSection() throws {
        let headline = extractor.extract(lines(["Home › World › Europe", "Talks resume in Geneva", "The envoys met on Sunday."]))
        #expect(headline.section == "Europe")
        #expect(headline.sectionOrigin == .breadcrumb)
    }

    @Test func aTextThatOpensWithAParagraphGetsItsFirstWordsAsADraftTitle() throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw("no-headline.txt"))
        #expect(article.title == "The harbour reopened on Monday after a week of repairs, and the")
        #expect(article.frontMatter.missing.contains("title"))
        #expect(article.frontMatter.draft)
        #expect(article.paragraphs.first?.text.hasPrefix("The harbour reopened on Monday") == true)
    }

    @Test func theAddressRebuildsAMissingHeadlineWithTheTextsSpellings() throws {
        let text = "Der Bundeskanzler hat am Montag in Berlin über die Zölle gesprochen, sagte ein Sprecher.\n\nDie Gespräche gehen weiter."
        let article = ArticleImporter(gazetteer: Gazetteer()).importText(
            text, facts: EditorFacts(url: "https://example.de/politik/2025/04/14/kanzler-spricht-ueber-zoelle-in-berlin"))
        #expect(article.title == "Kanzler spricht über Zölle in Berlin")
        #expect(article.frontMatter.missing == ["title"])
        #expect(article.date == ContentDate("2025-04-14"))
    }

    @Test func theAddressPicksTheHeadlineAmongPageChrome() {
        let headline = extractor.extract(lines([
            "Menu", "Search", "Live", "Subscribe now", "Most read",
            "Ferries stop as storm Ivo closes the harbour",
            "Ferries stop as storm Ivo closes the harbour | Coast | The Harbour Times",
            "All ferries were cancelled on Tuesday as the storm closed the harbour, the port said.",
        ]), address: PageAddress("https://www.harbourtimes.com/coast/ferries-stop-as-storm-ivo-closes-the-harbour"))
        #expect(headline.title == "Ferries stop as storm Ivo closes the harbour")
        #expect(headline.origin == .text)
    }

    /// A slug of five content words or more is a headline of its own: a line shaped like a story's
    /// sentence that shares next to none of its words is no headline, even when the text hardly uses
    /// the slug's words. A shorter slug is no such evidence, a line shaped like a headline keeps its
    /// place, and a line that matches the slug wins.
    @Test func aDescriptiveSlugOutweighsALineThatSharesNoneOfIt() {
        let text = lines([
            "Chaos unfolded at Kabul airport on Monday after thousands rushed in to take any available flight",
            "Hundreds of people ran onto the tarmac as soldiers fired into the air, witnesses said on Monday.",
        ])
        let descriptive = extractor.extract(text, address: PageAddress("https://www.example.com/world-news/photos-talibans-kabul-takeover-caps-afghanistan-blitz-2511897"))
        #expect(descriptive.origin == .slug)
        #expect(descriptive.title == "Photos talibans Kabul takeover caps afghanistan blitz")
        // Four content words are too few to outweigh a line.
        let short = extractor.extract(text, address: PageAddress("https://www.example.com/world-news/photos-taliban-takeover-blitz-2511897"))
        #expect(short.origin == .text)
        // A line shaped like a headline (short, no full stop) keeps its place: the slug may be an older headline.
        let headlineShaped = extractor.extract(lines(["Death toll in Turkey and Syria passes 20,000", text[1].text]),
                                               address: PageAddress("https://www.example.com/world/rescuers-race-to-find-survivors-after-powerful-quake-rocks-region"))
        #expect(headlineShaped.origin == .text)
        let matching = extractor.extract(lines(["Taliban takeover of Kabul caps Afghanistan blitz as thousands flee"] + text.map(\.text)),
                                         address: PageAddress("https://www.example.com/world-news/photos-talibans-kabul-takeover-caps-afghanistan-blitz-2511897"))
        #expect(matching.origin == .text)
        #expect(matching.title == "Taliban takeover of Kabul caps Afghanistan blitz as thousands flee")
    }

    @Test func aKickerGluedToTheHeadlineIsSplitOff() {
        let headline = extractor.extract(lines([
            "Reactions to the voteMayor wins a second term in Gdansk",
            "The mayor won a second term on Sunday with 58 percent of the vote, officials said.",
        ]))
        #expect(headline.title == "Mayor wins a second term in Gdansk")
    }

    /// A pointer to another story shares words with the address (same story, same outlet), but is
    /// never this story's headline, and the paragraphs above it stay the story.
    @Test func aReadAlsoLineIsNotTheHeadlineHoweverWellItMatchesTheAddress() throws {
        let headline = extractor.extract(lines([
            "Le bilan du séisme au Maroc s’élève désormais à 1037 morts, selon des médias officiels.",
            "",
            "Plus de 394 de ces décès ont été enregistrés dans la province d’Al Haouz, l’épicentre du séisme.",
            "",
            "→ A LIRE AUSSI : Tremblement de terre : le match entre le Maroc et le Liberia est annulé",
        ]), address: PageAddress("https://www.example.sn/actualites/tremblement-de-terre-le-bilan-du-seisme-au-maroc-passe-a-1-037-morts_457546.html"))
        #expect(!headline.title.contains("LIRE"))
        #expect(headline.bodyStart == 0)
    }

    @Test func aScrapersDateLabelIsTakenOffTheStorysFirstLine() {
        #expect(HeadlineExtractor.withoutAnyDateLabel("date 2023-09 Le bilan du séisme s’élève à 1037 morts.") == "Le bilan du séisme s’élève à 1037 morts.")
        #expect(HeadlineExtractor.withoutAnyDateLabel("date 2023-09-10 Le bilan du séisme.") == "Le bilan du séisme.")
        #expect(HeadlineExtractor.withoutAnyDateLabel("date night in Paris is back") == "date night in Paris is back")
    }

    @Test func aHeadlineGluedToTheStorysDatelineEndsBeforeThePlace() {
        let headline = extractor.extract(lines([
            "Ex-Italian PM Silvio Berlusconi dies at 86 ROME, June 12: Silvio Berlusconi, the former prime minister, died Monday aged 86.",
        ]))
        #expect(headline.title == "Ex-Italian PM Silvio Berlusconi dies at 86")
        #expect(headline.remainder?.text.hasPrefix("ROME, June 12:") == true)
    }

    /// A page whose text opens with the story has no headline in it: a caption below the first
    /// paragraph is not taken for one, and the first paragraph stays the story's.
    @Test func aLineBelowTheFirstParagraphIsNotTheHeadline() {
        let paragraph = "Roma, 22 ottobre 2025 – Nicolas Sarkozy, il primo presidente francese incarcerato della storia, ha trascorso la sua prima notte nel carcere della Santé, dove due agenti di polizia sono nella cella adiacente."
        let headline = extractor.extract(lines([paragraph, "", "Nicolas Sarkozy mano nella mano con Carla Bruni al suo arrivo in carcere", "",
                                                "Senza contare che l’ex presidente sarà seguito in ogni suo spostamento da una guardia."]),
                                         address: PageAddress("https://www.example.it/esteri/sarkozy-in-carcere-prima-notte-315f2600"))
        #expect(headline.origin == .slug)
        #expect(headline.bodyStart == 0)
    }

    @Test func aMastheadInCapitalsAfterTheHeadlineIsTheOutlets() {
        let headline = extractor.extract(lines(["France makes arrests in brazen Louvre jewel heist POLITICO", "",
                                                "French authorities arrested two suspects on Saturday, prosecutors said."]),
                                         address: PageAddress("https://www.example.com/world/france-makes-arrests-in-brazen-louvre-jewel-heist"))
        #expect(headline.title == "France makes arrests in brazen Louvre jewel heist")
        // A headline in capitals keeps its last word.
        let shouting = extractor.extract(lines(["FRANCE MAKES ARRESTS IN LOUVRE HEIST", "", "French authorities arrested two suspects on Saturday."]))
        #expect(shouting.title == "FRANCE MAKES ARRESTS IN LOUVRE HEIST")
        // So does one whose last word an article governs, or that ends as its slug does.
        let governed = extractor.extract(lines(["Despega con éxito vuelo espacial de SpaceX con astronautas de la NASA", "",
                                                "Un cohete Falcon 9 despegó el sábado desde Florida con dos astronautas a bordo."]),
                                         address: PageAddress("https://www.example.tv/web/2020/05/30/despega-con-exito-vuelo-espacial-de-spacex-con-astronautas-de-la-nasa/"))
        #expect(governed.title == "Despega con éxito vuelo espacial de SpaceX con astronautas de la NASA")
    }

    /// Below the story's prose, a line that goes on after a sentence's end is the story's last paragraph, however
    /// many of the slug's words it holds: the text lacks the headline, which the slug gives.
    @Test func aStoryLineBelowTheProseIsNoHeadline() {
        let prose = "Am Sonnabend klappte im Kennedy Space Center in Florida alles, und die Rakete brachte das Raumschiff mit zwei Mann an Bord erfolgreich ins All, neun Jahre nach dem letzten Flug."
        let headline = extractor.extract(lines([prose, "", prose, "", "Aus Moskau kamen Glückwünsche. »Bravo!«, schrieb der Chef der Raumfahrtbehörde an seinen Kollegen. Er richtete auch die"]),
                                         address: PageAddress("https://www.example.de/artikel/379365.gl%C3%BCckw%C3%BCnsche-aus-moskau.html"))
        #expect(headline.origin == .slug)
        #expect(headline.bodyStart == 0)
        // Nor a summary of several sentences above the story, when the address spells another headline.
        let summary = extractor.extract(lines(["Scossa di magnitudo 7.1 nel giorno dell’anniversario del sisma del 1985. I palazzi tremano a Città del Messico. Migliaia per strada",
                                               "Una violentissima scossa di magnitudo 7.4. E il Messico torna a tremare nel giorno dell’anniversario del devastante sisma che ha ucciso migliaia di persone."]),
                                        address: PageAddress("https://www.example.eu/2017/09/19/fortissimo-terremoto-in-messico/"))
        #expect(summary.origin == .slug)
        // Nor is the page's last line, the source's headline under its label.
        let credited = extractor.extract(lines([prose, "", prose, "", "Sorgente: Glückwünsche aus Moskau"]),
                                         address: PageAddress("https://www.example.de/artikel/379365.gl%C3%BCckw%C3%BCnsche-aus-moskau.html"))
        #expect(credited.origin == .slug)
        #expect(credited.bodyStart == 0)
    }

    /// A line that holds a web address is no headline, however many of the slug's words its address
    /// spells (`Source link : https://…/the-slug/`); the text lacks the headline, which the slug gives.
    @Test func aLineWithAWebAddressIsNoHeadline() throws {
        let address = try #require(PageAddress("https://example.com/2025/01/07/harbour-pilots-end-strike-after-pay-deal"))
        let headline = extractor.extract(lines([
            "The harbour pilots ended their strike on Tuesday after the port agreed to a new pay deal for the coming three years.",
            "Source link : https://www.example.org/economy/harbour-pilots-end-strike-after-pay-deal-6XDZAXNYQ/",
            "Author :",
        ]), address: address)
        #expect(headline.origin == .slug)
        #expect(headline.title == "Harbour pilots end strike after pay deal")
    }

    /// A picture's caption with its credit (`… Image: Wikimedia Commons`) is no headline unless it is
    /// the address's own; the story's first sentence, which opens with words the address lacks, is
    /// not a headline glued to its standfirst even when it ends on the address's last word.
    @Test func aCreditedCaptionAndTheFirstSentenceAreNoHeadline() throws {
        let address = try #require(PageAddress("https://example.com/sport/former-england-manager-eriksson-dies-aged-76"))
        let caption = extractor.extract(lines([
            "Former England manager Eriksson has died from cancer at the age of 76, his family has confirmed. Image: Wikimedia Commons",
            "",
            "Former England manager Sven-Goran Eriksson has died at the age of 76.",
        ]), address: address)
        #expect(caption.origin == .slug)
        let italian = try #require(PageAddress("https://example.it/2024/08/26/e-morto-sven-goran-eriksson-malato-da-tempo-aveva-76-anni"))
        let lede = extractor.extract(lines([
            "Dopo una lunga malattia, Sven Goran Eriksson è morto oggi all’età di 76 anni. L’ex allenatore di Lazio e Roma aveva annunciato a gennaio di avere un male incurabile.",
        ]), address: italian)
        #expect(lede.origin == .slug)
        // A headline glued to its standfirst that opens with an article the slug dropped is still one.
        let nepal = try #require(PageAddress("https://example.com/world/boeing-737-crashes-in-nepal"))
        let glued = extractor.extract(lines([
            "A Boeing 737 crashes in Nepal. The plane was carrying 72 people when it came down near Pokhara on Sunday morning.",
        ]), address: nepal)
        #expect(glued.title == "A Boeing 737 crashes in Nepal")
    }

    /// The best line of a page may read as no headline at all (a byline of two capitalised words):
    /// an address with a slug of words gives the headline then.
    @Test func aBylineIsNoHeadlineWhenTheAddressGivesOne() throws {
        let address = try #require(PageAddress("https://example.com/football/ballon-dor-messi-reussit-un-coup-historique-669254"))
        let headline = extractor.extract(lines([
            " date 2023-10 Amadou Diawara",
            "",
            "Ce lundi soir, Lionel Messi a remporté son huitième Ballon d'Or au théâtre du Châtelet de Paris, un coup historique.",
        ]), address: address, language: "fr")
        #expect(headline.origin == .slug)
        #expect(headline.title.hasPrefix("Ballon d"))
    }

    /// A page that states only when it was updated, later than the date in its address, was
    /// published on the address's date; a stated publication date still wins.
    @Test func anUpdateLaterThanTheAddresssDateIsNoPublicationDate() {
        let importer = ArticleImporter(gazetteer: Gazetteer())
        let story = "The harbour pilots ended their strike on Thursday after the port agreed to a new pay deal, a spokeswoman said."
        let updated = importer.importText("Harbour pilots end strike after pay deal\nupdated 10:20 AM UTC, Dec 13, 2023\n\n\(story)",
                                          facts: EditorFacts(url: "https://example.com/2019/12/13/harbour-pilots-end-strike"))
        #expect(updated.date == ContentDate("2019-12-13"))
        let published = importer.importText("Harbour pilots end strike after pay deal\nPublished Dec 14, 2019\n\n\(story)",
                                            facts: EditorFacts(url: "https://example.com/2019/12/13/harbour-pilots-end-strike"))
        #expect(published.date == ContentDate("2019-12-14"))
    }

    /// A bare date in the page's header a month or more after the address's day is the page's clock
    /// (the day it was scraped); a labelled one, or one within the month, is the story's.
    @Test func aHeaderClockLaterThanTheAddresssDateIsNoPublicationDate() {
        let importer = ArticleImporter(gazetteer: Gazetteer())
        let story = "La empresa anunció el jueves que cambia de nombre y que su nueva marca reunirá todas sus aplicaciones, dijo su fundador."
        let address = EditorFacts(url: "https://example.com/2021/10/28/la-empresa-cambia-de-nombre")
        let clock = importer.importText("La empresa cambia de nombre\ndomingo, febrero 1, 2026\n\n\(story)", facts: address)
        #expect(clock.date == ContentDate("2021-10-28"))
        let sameWeek = importer.importText("La empresa cambia de nombre\nviernes, octubre 29, 2021\n\n\(story)", facts: address)
        #expect(sameWeek.date == ContentDate("2021-10-29"))
        let labelled = importer.importText("La empresa cambia de nombre\nPublicado el 1 de febrero de 2026\n\n\(story)", facts: address)
        #expect(labelled.date == ContentDate("2026-02-01"))
    }

    /// With no date in the address, a bare date above the headline a month or more after a labelled date
    /// line is the page's clock too: the labelled one is the story's; within the month the bare one stays.
    @Test func aHeaderClockLaterThanALabelledDate() {
        let importer = ArticleImporter(gazetteer: Gazetteer())
        let story = "The film won seven awards on Sunday night, including best picture, best director and best actress, the academy said."
        let clock = importer.importText("Wednesday, 07 Jun, 2023\n\nFilm dominates the Oscars\n\nUpdate: 2023-03-13 13:04:13\n\n\(story)")
        #expect(clock.date == ContentDate("2023-03-13"))
        let close = importer.importText("Tuesday, 14 Mar, 2023\n\nFilm dominates the Oscars\n\nUpdate: 2023-03-13 13:04:13\n\n\(story)")
        #expect(close.date == ContentDate("2023-03-14"))
    }

    /// A caption that ends with its source under a label is no headline, however well it matches the
    /// address; the headline line above it is, and the caption goes as one.
    @Test func aCaptionEndingWithItsSourceIsNoHeadline() throws {
        let address = try #require(PageAddress("https://www.example.co.uk/news/4337707/massive-outage-affects-airlines-hospitals-banks-globe"))
        let caption = "Massive IT outage affects airlines, hospitals and banks around the globe. Source: Downdetector"
        let headline = extractor.extract(lines([
            " date 2024-07-19 Massive IT outage hits airlines, hospitals and banks around the globe",
            "", caption, "",
            "A massive global IT outage is currently affecting hospitals, banks, airlines and thousands of other businesses across the world.",
        ]), address: address)
        #expect(headline.title == "Massive IT outage hits airlines, hospitals and banks around the globe")
        // Shown twice, it goes as a caption; once, it may be the story's.
        let filtered = NoiseFilter().filter(lines([caption, "", "The outage hit hospitals, banks and airlines across the world on Friday, officials said.", "", caption]))
        #expect(filtered.dropped.filter { $0.reason == .caption }.map(\.line) == [1, 5])
        #expect(NoiseFilter.endsWithLabelledSource("Unemployment rose in March. Quelle: Destatis"))
        #expect(!NoiseFilter.endsWithLabelledSource("Officials said the source: a leak in the pipe that had gone unnoticed"))
    }

    /// A caption ended by its credit, an agency in brackets or a medium's label with a slash, is no
    /// headline; the address's slug rebuilds it when the text has no other.
    @Test func aCaptionEndedByItsCreditIsNoHeadline() throws {
        let address = try #require(PageAddress("https://example.com/entertainment/ferry-crews-end-strike-as-talks-succeed/ABC123"))
        // Captions that spell much of the slug (a page's picture of its story): the credit still tells.
        for caption in ["Ferry crews end strike as talks succeed in Dover (Reuters)",
                        "Ferry crews end strike as talks succeed. Video / Harbour Television Network"] {
            let headline = extractor.extract(lines([caption, "", "Ferry crews ended their strike on Friday after nine days of talks with the operators, union officials said."]),
                                             address: address)
            #expect(headline.origin == .slug, "\(caption)")
            #expect(headline.title == "Ferry crews end strike as talks succeed")
            #expect(NoiseFilter().reason(for: caption) == .caption)
        }
        #expect(NoiseFilter.endsWithMediaCredit("Jannik Sinner beat Daniil Medvedev in the Australian Open final (Associated Press)"))
        #expect(NoiseFilter.endsWithMediaCredit("Crowds gather in the square. Photo / AP"))
        // A story signed off after its full stop, a party's initials, a sentence's `and/or`: no credits.
        #expect(!NoiseFilter.endsWithMediaCredit("The talks will resume on Monday, the ministry said. (Reuters)"))
        #expect(!NoiseFilter.endsWithMediaCredit("The vote split the governing bloc (CDU/CSU)"))
        #expect(!NoiseFilter.endsWithMediaCredit("Visitors may bring a camera or a video/photo device"))
    }

    /// Under a slug of five words or more that the text uses, a line that spells under a third of it
    /// and scores no more than a fair headline is another line of the page (a caption without its
    /// credit): the slug rebuilds the headline. A slug whose words the text does not use is no evidence.
    @Test func aLineThatSpellsLittleOfAHeadlineLikeSlugGivesWayToIt() throws {
        let page = [
            "Harbour United beat Rovers 1-0 at the old stadium in Dover on Saturday",
            "",
            "Harbour United conquered the cup at last on Saturday, beating Rovers with a late goal to clinch the treble.",
            "",
            "The club had lost three finals in a row before this season, and the treble is a first for the town.",
        ]
        let address = try #require(PageAddress("https://example.com/harbour-united-conquer-cup-mountain-at-last-to-clinch-treble/"))
        let rebuilt = extractor.extract(lines(page), address: address)
        #expect(rebuilt.origin == .slug)
        let foreign = try #require(PageAddress("https://example.com/es/pages/45308/desastres-erupcion-islandia-incendia-casas-pueblo"))
        #expect(extractor.extract(lines(page), address: foreign).title == page[0])
    }

    private func lines(_ texts: [String]) -> [RawLine] {
        texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }
    }

    /// The address's headline written as a sentence, with a full stop, is the headline without it; a
    /// story's first sentence that shares only some of the address's words is not.
    @Test func theAddresssHeadlineWithAFullStop() throws {
        let address = try #require(PageAddress("https://www.example.com/articulo/roger-federer-anuncia-retiro-oficial-tenis-101566"))
        let headline = extractor.extract(lines([
            "Roger Federer anuncia su retiro oficial del tenis.",
            "",
            "A sus 41 años, el destacado tenista Roger Federer anunció la fecha de su retiro oficial.",
        ]), address: address)
        #expect(headline.title == "Roger Federer anuncia su retiro oficial del tenis")
        #expect(headline.origin == .text)
        let lede = extractor.extract(lines([
            "El tenista Roger Federer anunció este jueves en un comunicado difundido en sus redes que dejará el tenis.",
            "",
            "El suizo jugará su último torneo en Londres.",
        ]), address: address)
        #expect(lede.origin == .slug, "\(lede.title)")
        // A lede that retells the slug's headline in a sentence's words, a word of the slug missing
        // (`to leave` → `will leave`), is the story's first paragraph.
        let retold = try #require(PageAddress("https://example.com/f1/news/12433/lewis-hamilton-to-leave-mercedes-and-join-ferrari-for-2025-formula-1-season"))
        let sentence = extractor.extract(lines([
            "Lewis Hamilton will leave Mercedes and join Ferrari for the 2025 Formula 1 season.",
            "",
            "Hamilton's current contract with Mercedes was due to expire at the end of 2025, but he will depart after this season.",
        ]), address: retold)
        #expect(sentence.origin == .slug, "\(sentence.title)")
        #expect(sentence.title == "Lewis Hamilton to leave Mercedes and join Ferrari for 2025 Formula 1 season")
    }

    /// A text wrapped over lines with blank lines between them: neither part of a sentence cut in two is
    /// the headline (the second opens in lower case, the first goes on in it); the address gives it.
    @Test func aSentenceWrappedAcrossABlankLineIsNoHeadline() throws {
        let address = try #require(PageAddress("https://example.eu/sport/verdier-vince-anche-la-crono-finale-e-festeggia-il-terzo-giro/"))
        let headline = extractor.extract(lines([
            "21 Luglio 2024",
            "",
            "NIZZA (ITALPRESS) – Paul Verdier ha vinto per la terza",
            "",
            "volta in carriera il Giro. Il fuoriclasse francese",
            "",
            "della squadra, che in questa edizione ha conquistato sei tappe vincendo anche la crono finale, festeggia.",
        ]), address: address)
        #expect(headline.origin == .slug)
        #expect(headline.title == "Verdier vince anche la crono finale e festeggia il terzo Giro", "the text spells the slug's words")
        // A headline an outlet writes in lower case is found when it is the address's.
        let lower = extractor.extract(lines([
            "verdier vince anche la crono finale e festeggia il terzo giro",
            "",
            "Paul Verdier ha vinto per la terza volta in carriera il Giro, con sei tappe e la crono finale di Nizza.",
        ]), address: address)
        #expect(lower.origin == .text)
    }

    /// A section's name alone after a dash is the page's section, not the headline's last word, even when the
    /// address ends with it too.
    @Test func aSectionAfterADashIsNoPartOfTheHeadline() throws {
        #expect(extractor.splitSuffix("In Lewiston erschießt ein Mann mehr als zehn Menschen – Panorama").title
                == "In Lewiston erschießt ein Mann mehr als zehn Menschen")
        #expect(extractor.splitSuffix("Lage in Genua – Politik").title == "Lage in Genua – Politik", "a short headline keeps it")
        #expect(extractor.splitSuffix("Der Weg nach Rom ist lang – Gedanken").title == "Der Weg nach Rom ist lang – Gedanken")
    }

    /// An item of a list (a bulleted line of the page's menu) is no headline.
    @Test func aListItemIsNoHeadline() throws {
        let headline = extractor.extract(lines([
            "• For full details of graphics available/in preparation, see Menu -> Planners",
            "",
            "Homes destroyed as lava hits Iceland town",
            "",
            "By Jordi Bou",
            "",
            "Lava flowed into houses in the Icelandic town of Grindavik after a volcano on the peninsula erupted for the second time.",
        ]), address: nil)
        #expect(headline.title == "Homes destroyed as lava hits Iceland town")
    }

    /// A caption repeated under the headline (`… (File)`) is no headline, however much of the address it shares.
    @Test func aFilePictureCaptionIsNoHeadline() throws {
        let address = try #require(PageAddress("https://example.com/story/twitter-ceo-parag-agrawal-fired-as-elon-musk-takes-over-company"))
        let headline = extractor.extract(lines([
            "Elon Musk Takes Over Twitter, Fires Company CEO Parag Agrawal",
            "",
            "DN Correspondent",
            "",
            "\"The bird is freed,\" Musk said in a tweet after taking control of the social media platform. Read on for details:",
            "",
            "Elon Musk takes over Twitter (File)",
            "Elon Musk takes over Twitter (File)",
            "",
            "San Francisco (US): Elon Musk has completed the deal and has taken over Twitter late on Thursday, sources said.",
        ]), address: address)
        #expect(headline.title == "Elon Musk Takes Over Twitter, Fires Company CEO Parag Agrawal")
    }

    /// A headline glued to its standfirst with no mark between them ends on the address's last word,
    /// when the run holds the whole slug and a capital opens the standfirst; a label before a dash goes.
    /// Under a slug cut short (`…-minister-shinzo`) a capitalised last word goes on into the name.
    @Test func aStandfirstGluedWithNoMarkAfterTheWholeSlug() throws {
        let address = try #require(PageAddress("https://www.example.ch/milan-kundera-sest-eteint-en-monstre-sacre-256009530116"))
        let headline = extractor.extract(lines([
            "Hommage – Milan Kundera s\u{2019}est éteint en monstre sacré L\u{2019}auteur de «La Plaisanterie» est décédé lundi à l\u{2019}âge de 94 ans. Florence Millioud",
            "Le décès du romancier a été annoncé par sa maison d'édition, qui a confirmé la nouvelle mercredi.",
        ]), address: address)
        #expect(headline.title == "Milan Kundera s\u{2019}est éteint en monstre sacré")
        let cut = try #require(PageAddress("https://www.example.com/2022/07/former-japanese-prime-minister-shinzo.html"))
        let whole = extractor.extract(lines([
            "Former Japanese prime minister Shinzo Abe dies after being shot at a campaign event in Nara. Police arrested a man",
            "Japan's former prime minister has died after he was shot during a campaign speech, officials said.",
        ]), address: cut)
        #expect(whole.title.hasPrefix("Former Japanese prime minister Shinzo Abe"))
        // Under a slug cut on a lower-case word, a name after it is no standfirst's opening.
        let visit = try #require(PageAddress("https://www.example.com/2023/05/pope-francis-to-visit.html"))
        let trip = extractor.extract(lines([
            "Pope Francis to visit Hungary in April as war rages next door. The pontiff will meet refugees in Budapest",
            "The Vatican said on Monday that the three-day trip would include a meeting with the prime minister.",
        ]), address: visit)
        #expect(trip.title.hasPrefix("Pope Francis to visit Hungary"))
    }

    /// The headline written twice, first with a widget's word run onto it (`… Close`): the clean line is it.
    @Test func theCleanWritingOfAHeadlineShownTwice() throws {
        let address = try #require(PageAddress("https://www.example.com/harbour-strike-ends-after-nine-days-752143"))
        let headline = extractor.extract(lines([
            "Harbour strike ends after nine days Close",
            "Harbour strike ends after nine days",
            "",
            "The strike that closed the harbour for nine days ended on Friday, when the union accepted the new offer of the operators.",
        ]), address: address)
        #expect(headline.title == "Harbour strike ends after nine days")
        #expect(HeadlineExtractor.isWritten("Harbour strike ends after nine days Close", withExtraWordsAround: "Harbour strike ends after nine days"))
        #expect(!HeadlineExtractor.isWritten("Harbour strike ends after nine days of talks in the capital", withExtraWordsAround: "Harbour strike ends after nine days"))
    }

    /// A headline run into a standfirst that opens by naming the headline's last words again (`… Markus
    /// Braun Markus Braun, fondatore …`): it ends at their first writing, though the standfirst shares the slug's words.
    @Test func aStandfirstThatRepeatsTheHeadlinesLastWords() throws {
        let address = try #require(PageAddress("https://www.example.it/art/scandalo-porto-arrestato-fondatore-ed-ex-ad-mario-verdi-ADyEG1Z"))
        let headline = extractor.extract(lines([
            "Scandalo porto: arrestato fondatore ed ex-ad Mario Verdi Mario Verdi, fondatore del porto ed ex-ad della società, è stato arrestato ieri sera di Anna Neri",
            "",
            "Mario Verdi, ex ad del porto - Afp",
            "",
            "Il fondatore del porto è stato arrestato ieri sera a Genova, dopo essersi consegnato alla polizia, secondo la procura.",
        ]), address: address)
        #expect(headline.title == "Scandalo porto: arrestato fondatore ed ex-ad Mario Verdi")
    }

    /// A section's label run into the headline with no mark goes when the rest spells the slug from its first
    /// word; an article the slug dropped stays (`Un vuelo …` under `vuelo-…`).
    @Test func aSectionsLabelRunIntoTheHeadline() throws {
        let address = try #require(PageAddress("https://www.example.de/kultur/article234931213/Jane-Doe-gewinnt-den-Preis-der-Akademie.html"))
        #expect(HeadlineExtractor.withoutUnmarkedLabel("Academy Awards Jane Doe gewinnt den Preis der Akademie", address: address)
                == "Jane Doe gewinnt den Preis der Akademie")
        let article = try #require(PageAddress("https://www.example.es/sucesos/2015/03/25/vuelo-madrid-berlin-cae-alpes-24653368.html"))
        #expect(HeadlineExtractor.withoutUnmarkedLabel("Un vuelo Madrid-Berlin cae en los Alpes franceses", address: article) == nil)
        #expect(HeadlineExtractor.withoutUnmarkedLabel("Jane Doe gewinnt den Preis der Akademie", address: address) == nil)
    }

    /// A few words in title case after a colon end a headline in title case (`… : All You Need To Know`);
    /// a standfirst glued after a colon is a sentence, and goes to the story.
    @Test func aTitleCaseEndAfterAColonIsTheHeadlines() throws {
        let address = try #require(PageAddress("https://example.com/en/international/germany-coalition-crisis-scholz-fires-finance-minister-lindner-enn24110701421"))
        let story = "Berlin: Chancellor Olaf Scholz announced on Wednesday that he was firing his finance minister, which ends the coalition."
        let whole = extractor.extract(lines(["Germany's Coalition Collapses As Scholz Fires Finance Minister: All You Need To Know", story]), address: address)
        #expect(whole.title == "Germany's Coalition Collapses As Scholz Fires Finance Minister: All You Need To Know")
        let glued = extractor.extract(lines(["Germany's Coalition Collapses As Scholz Fires Finance Minister: The Chancellor Ends His Government With A Vote Of Confidence In January.", story]), address: address)
        #expect(glued.title == "Germany's Coalition Collapses As Scholz Fires Finance Minister")
    }

    /// A word for an article in front of the slug (`Artikel-`, `article-`) that the text never uses is no
    /// word of the headline rebuilt from it.
    @Test func anArticleWordBeforeTheSlugIsNoHeadlineWord() throws {
        let address = try #require(PageAddress("https://www.example.de/news/Artikel-Sri_Lankas_Praesident_flieht_auf_Malediven-14623411"))
        let headline = extractor.extract(lines([
            "COLOMBO (dts Nachrichtenagentur) - Sri Lankas Präsident Gotabaya Rajapaksa hat das Land kurz vor seinem Rücktritt verlassen.",
            "Rajapaksa und seine Frau flogen mit einem Flugzeug der Luftwaffe auf die Malediven, sagte ein Sprecher.",
        ]), address: address)
        #expect(headline.origin == .slug)
        #expect(headline.title == "Sri Lankas Präsident flieht auf Malediven")
    }

}
