import SitegenModel
import SitegenOutput
import SitegenRender
import Foundation

/// Decides what an incremental build must render, from the previous build's cache.
///
/// An article page depends only on its own file (and on what the fingerprint covers), a tag's
/// or person's page on the articles that carry it, and the home page, briefing, indexes, feed
/// and sitemap on everything: so the pages of changed articles, the tags and people they
/// had or have, and the site-wide pages are rendered; the rest stay as they are.
/// When the cache cannot vouch for the output, there is no plan and the site is built in full.
struct IncrementalPlan {
    /// Pages to render besides the site-wide ones.
    package let selection: SiteRenderer.Selection
    /// The output's files as the cache recorded them.
    package let previousOutputs: [String: Int]
    /// Unchanged articles whose pages and pieces of the briefing must be rendered again: they
    /// carry a tag or person now shown under another spelling (a term shows the one most of
    /// its articles use, so editing one article can rename it on the others' pages).
    let renamedTermArticles: Set<String>

    /// `reused`: the renders taken from the cache, by article path (articles not in it were read
    /// anew); `stamps`: every article file's stamp now, by file name.
    init?(cache: BuildCache?, content: LoadedContent, reused: [String: ArticleRender], stamps: [String: FileStamp],
          model: SiteModel, output: URL) {
        guard let cache, cache.hasPeople == !model.people.terms.isEmpty else { return nil }
        // The output must still be what the cache says it is (nobody removed or edited files by hand).
        guard cache.outputIsIntact(output) else { return nil }
        let outputs = cache.outputs

        // Names are filed under tags and people exactly as the model did.
        let names = model.names
        var articlePaths = Set<String>()
        var tagSlugs = Set<String>()
        var personSlugs = Set<String>()
        func touch(_ article: Article) {
            for tag in article.tags { tagSlugs.insert(names.termSlug(tag)) }
            for person in article.people { personSlugs.insert(names.termSlug(person)) }
        }
        // Articles read anew: edited or added.
        for article in content.articles where reused[article.path] == nil {
            articlePaths.insert(article.path)
            touch(article)
        }
        // Articles as they were: edited or removed.
        for entry in cache.entries where stamps[entry.fileName] != entry.stamp {
            touch(entry.article)
        }
        var renamed = Set<String>()
        for (index, person) in [(model.tags, false), (model.people, true)] {
            for term in index.terms {
                guard let shown = cache.termNames[BuildCache.termKey(term.slug, person: person)], shown != term.name else { continue }
                for article in term.articles where reused[model.articles[article].path] != nil {
                    renamed.insert(model.articles[article].path)
                }
            }
        }
        articlePaths.formUnion(renamed)
        renamedTermArticles = renamed
        selection = SiteRenderer.Selection(articlePaths: articlePaths, tagSlugs: tagSlugs, personSlugs: personSlugs)
        previousOutputs = outputs
    }
}
