import Testing
@testable import SitegenImport

struct EmbeddedPostsTests {
    private let story: [(line: Int, text: String)] = [
        (1, "La sonde a réussi mercredi son atterrissage près du pôle sud de la Lune, a annoncé l'agence spatiale."),
        (3, "« C'est un jour historique pour notre programme », a déclaré le ministre dans la soirée."),
        (5, "Mission update:"),
        (7, "The communication link is established between the lander and the ground station in Bengaluru."),
        (11, "Le ministre a ensuite remercié les ingénieurs de l'agence pour leur travail."),
    ]

    /// Above its credit line (line 9), the post's lines in English leave a French story; the story's
    /// paragraph above them, and the one after the credit, stay.
    @Test func aPostInAnotherLanguageAboveItsCredit() {
        let posts = EmbeddedPosts(language: "fr").posts(story, credits: [9])
        #expect(posts == [2, 3])
    }

    /// A post whose credit the page lost still names its account: in another language than the story's,
    /// it goes; a story's own sentence that names an account stays, and so does the lede.
    /// A post in the story's own language ends with its short link: that paragraph, right above its credit,
    /// is the post's; the story's line that introduces it stays.
    @Test func aPostEndingWithItsLinkAboveItsCredit() {
        let story: [(line: Int, text: String)] = [
            (1, "El puente fue construido hace 50 años y atraviesa los barrios de Sampierdarena y Cornigliano."),
            (3, "El presidente del Gobierno español, Pedro Sánchez, ha compartido el siguiente mensaje en Twitter:"),
            (5, "Terrible derrumbe del viaducto en la ciudad de Génova. Estamos con las víctimas. https://t.co/s8sZezlO3t"),
            (7, "Las autoridades italianas han abierto una investigación sobre el estado del puente."),
        ]
        #expect(EmbeddedPosts(language: "es").posts(story, credits: [6]) == [2])
        #expect(EmbeddedPosts(language: "es").posts(story, credits: []).isEmpty)
    }

    @Test func aPostThatNamesAnAccountWithoutItsCredit() {
        let story: [(line: Int, text: String)] = [
            (1, "Lionel Messi ganó su octavo Balón de Oro en una ceremonia en el teatro del Châtelet de París."),
            (3, "El argentino agradeció a su familia y a sus compañeros del Inter Miami, según publicó el club en @InterMiamiCF."),
            (5, "Lionel Messi from @InterMiamiCF keeps extending his record with eight Ballon d’Or!"),
        ]
        #expect(EmbeddedPosts(language: "es").posts(story, credits: []) == [2])
        #expect(EmbeddedPosts.namesAccount("from @InterMiamiCF keeps") && !EmbeddedPosts.namesAccount("write to news@example.com"))
        // In the story's own language, an account and a hashtag on one line are a post's shape.
        let italian: [(line: Int, text: String)] = [
            (1, "Jannik Sinner ha vinto gli Australian Open battendo Daniil Medvedev in cinque set a Melbourne."),
            (3, "Che partita! Complimenti per l’#AO2024 @janniksin, il primo Slam non si scorda mai"),
            (5, "Il presidente della federazione ha scritto su @FITenisOfficial che è una giornata storica per il tennis."),
        ]
        #expect(EmbeddedPosts(language: "it").posts(italian, credits: []) == [1])
        // A story's sentence that cites an account in brackets and a hashtag stays.
        let german: [(line: Int, text: String)] = [
            (1, "In Berlin ist am Abend ein Feuer in einer Lagerhalle ausgebrochen, teilte die Feuerwehr mit."),
            (3, "Die Polizei Berlin (@polizeiberlin) rief unter dem Hashtag #b0107 Zeugen auf, Videos hochzuladen; bis zum Abend gingen mehr als 200 Hinweise ein."),
        ]
        #expect(EmbeddedPosts(language: "de").posts(german, credits: []).isEmpty)
        #expect(EmbeddedPosts.holdsHashtag("l’#AO2024") && !EmbeddedPosts.holdsHashtag("C# code") && !EmbeddedPosts.holdsHashtag("no tag here"))
    }

    /// Without a credit line, or in a story of the post's own language, or of an unknown language, nothing goes.
    @Test func nothingWithoutACreditOrAForeignLanguage() {
        #expect(EmbeddedPosts(language: "fr").posts(story, credits: []).isEmpty)
        #expect(EmbeddedPosts(language: nil).posts(story, credits: [9]).isEmpty)
        let english: [(line: Int, text: String)] = [
            (1, "The probe landed near the Moon's south pole on Wednesday, the space agency said."),
            (3, "The communication link is established between the lander and the ground station in Bengaluru."),
        ]
        #expect(EmbeddedPosts(language: "en").posts(english, credits: [5]).isEmpty)
    }

    /// Labels alone (no sentence that reads as another language) make no post, and the lede is never one.
    @Test func labelsAloneAndTheLedeStay() {
        let labels: [(line: Int, text: String)] = [
            (1, "La sonde a réussi mercredi son atterrissage près du pôle sud de la Lune, a annoncé l'agence."),
            (3, "Mission update:"),
            (4, "Chandrayaan-3"),
        ]
        #expect(EmbeddedPosts(language: "fr").posts(labels, credits: [6]).isEmpty)
        let lede: [(line: Int, text: String)] = [(1, "The communication link is established between the lander and the ground station.")]
        #expect(EmbeddedPosts(language: "fr").posts(lede, credits: [3]).isEmpty)
    }

    /// A reader's comment in another language under the story goes; a story's paragraph that quotes a few
    /// foreign words stays, and so does the lede.
    @Test func aCommentInAnotherLanguageUnderTheStory() {
        let story = ["The plane crashed six minutes after take-off, the airline said on Sunday.",
                     "Rescue teams reached the site within hours and found no survivors among the passengers and crew.",
                     "Finalement qu’est ce qui s’est passé pour que cela arrive? Je souhaite mes sincères condoléances aux familles des disparus."]
        #expect(EmbeddedPosts(language: "en").foreignTail(story) == [2])
        let quoted = ["The minister spoke in Paris on Monday.", "\u{201C}Nous sommes tous unis,\u{201D} the president told the crowd that had gathered outside the palace."]
        #expect(EmbeddedPosts(language: "en").foreignTail(quoted).isEmpty)
        #expect(EmbeddedPosts(language: "en").foreignTail([story[2]]).isEmpty)
    }
}
