import SitegenModel
import SitegenOutput
import SitegenRender
import Foundation

/// The incremental layer around the build pipeline: what the previous build into this output
/// left behind (its cache), which parsed articles and renders can be taken from it, what must be
/// rendered this time, and the cache for the next build.
///
/// The pipeline asks it the same questions whether there is a cache or not; without a usable one
/// the answers are "nothing is known, render and write everything", so the pipeline reads the
/// same either way, as Hugo's partial rebuilds run through the same pipeline with a set of what
/// changed.
package struct IncrementalBuild {
    let output: URL
    /// The theme, options and configuration files the cache must have been built with; nil when
    /// the theme could not be read (the build then fails before any of this is used).
    let fingerprint: String?
    /// The previous build's cache index, when it was built with the same fingerprint.
    private let stored: BuildCache.Stored?
    /// Its entries, loaded when the content is read.
    private var loaded: (cache: BuildCache, pieces: PieceStore)?
    /// Each article file's stamp, by file name, for the next build's cache.
    private var stamps: [String: FileStamp] = [:]
    /// Renders taken from the cache, by article path: their files did not change.
    private var reused: [String: ArticleRender] = [:]

    /// The word count of each article taken from the cache, by path.
    package var reusedWordCounts: [String: Int] { reused.mapValues(\.wordCount) }

    /// Opens the cache of the previous build into `output`, when it is still of use.
    package init(output: URL, fingerprint: String?) {
        self.output = output
        self.fingerprint = fingerprint
        if FileManager.default.fileExists(atPath: output.path), let fingerprint, let stored = BuildCache.open(for: output),
           stored.summary.fingerprint == fingerprint {
            self.stored = stored
        } else {
            stored = nil
        }
    }

    /// The body warnings the previous build found in the articles this one takes from the cache
    /// and does not read again (`read`: the paths whose bodies it read).
    package func carriedBodyWarnings(read: Set<String>) -> [Diagnostic] {
        (loaded?.cache.bodyWarnings ?? []).filter { warning in
            guard let path = warning.location?.path else { return false }
            return reused[path] != nil && !read.contains(path)
        }
    }

    /// The previous build's warnings that compare articles with each other, when every article's front
    /// matter is what it was then (only bodies were edited): they depend on nothing else the fingerprint
    /// does not cover. Nil when an article was added, removed or its front matter changed.
    package func carriedCrossArticleWarnings(_ content: LoadedContent) -> [Diagnostic]? {
        guard let cache = loaded?.cache, cache.entries.count == content.articles.count else { return nil }
        let previous = Dictionary(cache.entries.map { ($0.article.path, $0.article) }, uniquingKeysWith: { a, _ in a })
        let same = ParallelMap.map(content.articles) { article -> Bool in
            guard let before = previous[article.path] else { return false }
            if article.body.isEmpty { return before == article }
            var frontMatter = article
            frontMatter.body = ""
            return before == frontMatter
        }
        return same.allSatisfy { $0 } ? cache.crossArticleWarnings : nil
    }

    /// When no article file changed and the output is as the cache recorded it: what the
    /// previous build made, which stands as it is.
    package func unchangedSite(_ stamped: ArticleFiles) -> BuildCache.Summary? {
        guard let summary = stored?.summary, summary.matches(stamped), summary.outputIsIntact(output) else { return nil }
        return summary
    }

    /// The articles whose files did not change since the cache was written, by their index in
    /// `stamped`: parsed already, without their bodies, which the cache does not keep.
    package mutating func knownArticles(_ stamped: ArticleFiles) -> [Int: Article] {
        if loaded == nil { loaded = stored?.load() }
        // Entries found by position: a copy of each (its article, render and bytes) in a dictionary
        // cost a tenth of a one-article rebuild at 10,000 articles (`perf`).
        let entries = loaded?.cache.entries ?? []
        let positions = Dictionary(entries.indices.map { (entries[$0].fileName, $0) }, uniquingKeysWith: { a, _ in a })
        var known: [Int: Article] = [:]
        known.reserveCapacity(entries.count)
        reused.reserveCapacity(entries.count)
        for (index, name) in stamped.names.enumerated() {
            guard let stamp = stamped.stamps[index] else { continue }
            stamps[name] = stamp
            if let position = positions[name], entries[position].stamp == stamp {
                known[index] = entries[position].article
                reused[entries[position].article.path] = entries[position].render
            }
        }
        return known
    }

    /// What this build renders and how it writes: only what changed, in place, when the cache
    /// vouches for the output; else everything, into a staging folder swapped in at the end.
    package mutating func plan(content: LoadedContent, model: SiteModel) -> RenderPlan {
        let incremental = IncrementalPlan(cache: loaded?.cache, content: content, reused: reused, stamps: stamps,
                                          model: model, output: output)
        // Articles from the cache come without a body. A full build renders every page anew, and an
        // incremental one the pages of articles whose tags or people were renamed: those articles
        // are read again and rendered in full. The feed shows the newest articles' bodies: those
        // are read again too.
        let rerendered = incremental.map { $0.renamedTermArticles } ?? Set(model.articles.map(\.path))
        let bodies = rerendered.union(model.articles.prefix(FeedBuilder.entryCount).map(\.path)).filter { reused[$0] != nil }
        for path in rerendered { reused[path] = nil }
        return RenderPlan(selection: incremental?.selection, reused: reused, reusedEvents: loaded?.cache.eventEntries ?? [:],
                          bodiesToRead: bodies, previousOutputs: incremental?.previousOutputs)
    }

    /// Called once everything is written and before the output changes: the cache describes the
    /// old output, so it goes first, and a commit stopped half-way makes the next build a full one
    /// instead of one that trusts it.
    package func willChangeOutput(_ plan: RenderPlan) {
        if plan.isIncremental { BuildCache.invalidate(for: output) }
    }

    /// Writes the cache for the next build, with the renders this build made and the size of
    /// every file of the site. A cache that cannot be written is removed, never left stale.
    package func save(content: LoadedContent, model: SiteModel, renders: [String: ArticleRender], eventEntries: [String: String],
                      sizes: [String: Int], warnings: [Diagnostic], bodyWarnings: [Diagnostic], crossArticleWarnings: [Diagnostic]) {
        guard let fingerprint else { return }
        let previous = Dictionary((loaded?.cache.entries ?? []).map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        let newCache = BuildCache(
            fingerprint: fingerprint, hasPeople: !model.people.terms.isEmpty,
            counts: .init(articles: model.articles.count, drafts: content.articles.count - model.articles.count,
                          tags: model.tags.terms.count, people: model.people.terms.count),
            entries: content.articles.compactMap { article in
                let name = article.path.split(separator: "/").last.map(String.init) ?? article.path
                // A draft left out of the site is kept with an empty render (the drafts
                // option is part of the fingerprint, so it is never shown from the cache).
                guard let stamp = stamps[name],
                      let render = renders[article.path] ?? reused[article.path] ?? (article.draft ? ArticleRender.omitted : nil)
                else { return nil }
                // (The body is not stored: the encoding leaves it out.)
                return BuildCache.Entry(fileName: name, stamp: stamp, article: article, render: render).carrying(previous[name])
            },
            outputs: sizes,
            termNames: Dictionary(model.tags.terms.map { (BuildCache.termKey($0.slug, person: false), $0.name) }
                + model.people.terms.map { (BuildCache.termKey($0.slug, person: true), $0.name) },
                uniquingKeysWith: { a, _ in a }),
            eventEntries: eventEntries,
            warnings: warnings, bodyWarnings: bodyWarnings, crossArticleWarnings: crossArticleWarnings)
        do { try newCache.save(for: output, previous: loaded?.pieces) } catch { BuildCache.remove(for: output) }
    }
}

/// What a build renders and how it writes it, as the incremental layer decided.
package struct RenderPlan: Sendable {
    /// The pages to render besides the site-wide ones; nil renders every page.
    package var selection: SiteRenderer.Selection?
    /// Renders of unchanged articles to take as they are, by article path.
    package var reused: [String: ArticleRender]
    /// The previous build's timeline entries, by `PageData.eventCacheKey`: an event that shows the same
    /// takes its entry from there instead of being rendered again.
    package var reusedEvents: [String: String] = [:]
    /// Articles from the cache whose bodies must be read again, by path.
    package var bodiesToRead: Set<String>
    /// The output's files as the cache recorded them, when only what changed is written.
    package var previousOutputs: [String: Int]?

    /// Writes only what changed into the existing output.
    package var isIncremental: Bool { previousOutputs != nil }
}
