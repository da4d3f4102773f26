import SitegenModel
import SitegenMarkdown
import SitegenOutput
import SitegenRender
import SitegenIncremental
import Foundation

/// What the render-and-write step made.
struct WrittenSite: Sendable {
    /// Files rendered (all of them in a full build).
    var renderedCount: Int
    /// Files written, replaced or removed because their bytes changed.
    var changedCount: Int
    /// The size of every file of the site now, by path.
    var sizes: [String: Int]
    var slowestPages: [(path: String, seconds: Double)]
    /// Each rendered article's render, for the next build's cache.
    var renders: [String: ArticleRender]
    /// The briefing's timeline entries, by key, for the next build's cache.
    var eventEntries: [String: String]
    /// Seconds of the render step spent on the search index.
    var searchIndexSeconds: Double
    /// Files moved into place first, to finish a commit a killed build left half-done.
    var finishedInterruptedCommit: Int?
}

/// Renders the site's pages and writes them to the output, as the plan says: every page into a
/// staging folder swapped in at the end, or only what changed, renamed into place at the end.
/// Any failure leaves the previous output as it was and says so; only a commit stopped half-way
/// changes it, and then the message says what was replaced.
struct SiteWriter {
    let theme: Theme
    let output: URL

    package func write(_ model: SiteModel, plan: RenderPlan, beforeCommit: () -> Void) throws(BuildFailure) -> WrittenSite {
        let writer = OutputWriter(output: output, mode: plan.isIncremental ? .inPlace : .staged)
        do {
            try writer.begin()
            let result = try SiteRenderer(theme: theme).render(model, reusing: plan.reused, reusingEvents: plan.reusedEvents,
                                                               selection: plan.selection) { try writer.write($0) }
            let stale = plan.previousOutputs.map { Array(Set($0.keys).subtracting(result.expectedPaths)) } ?? []
            beforeCommit()
            let changed = try writer.commit(removing: stale)
            var sizes = plan.previousOutputs?.filter { result.expectedPaths.contains($0.key) } ?? [:]
            sizes.merge(writer.sizes) { _, new in new }
            return WrittenSite(renderedCount: result.renderedCount, changedCount: changed, sizes: sizes,
                               slowestPages: result.slowestPages, renders: result.renders, eventEntries: result.eventEntries,
                               searchIndexSeconds: result.searchIndexSeconds,
                               finishedInterruptedCommit: writer.finishedInterruptedCommit)
        } catch let failure as BuildFailure {
            writer.abandon()
            throw failure
        } catch let partial as OutputWriter.PartialUpdate {
            writer.abandon()
            throw BuildFailure([.error("""
                cannot replace \(partial.failedPath) in \(output.path): \(SystemErrorText.describe(partial.reason)); \
                \(partial.replaced) of \(partial.of) changed files were replaced before it, the others were not. \
                The build cache's index was removed: the next build rebuilds the whole site
                """)], outputChanged: true)
        } catch {
            writer.abandon()
            throw BuildFailure([.error("cannot write the site to \(output.path): \(SystemErrorText.describe(error))")])
        }
    }
}
