import Testing
@testable import SitegenImport

struct ArticleSlugTests {
    @Test func slugsAreFoldedShortAndEndOnAWord() {
        #expect(ArticleSlug.make("Jean-Noël Barrot rejects a “Ukrainian capitulation”") == "jean-noel-barrot-rejects-a-ukrainian-capitulation")
        let long = ArticleSlug.make("Leavitt denied that the new US plan provides for significant concessions from Ukraine and does not require much")
        #expect(long == "leavitt-denied-that-the-new-us-plan-provides-for-significant")
        #expect(long.count <= ArticleSlug.maximumLength)
        #expect(ArticleSlug.make("Talks on the future of") == "talks-on-the-future")
        #expect(ArticleSlug.make("«»") == "article")
    }

    @Test func aTakenSlugGetsTheNextNumber() {
        let taken: Set = ["talks", "talks-2"]
        #expect(ArticleSlug.unique("talks") { taken.contains($0) } == "talks-3")
        #expect(ArticleSlug.unique("other") { taken.contains($0) } == "other")
    }
}
