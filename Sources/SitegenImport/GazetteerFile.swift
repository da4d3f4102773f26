import Foundation
import SitegenModel
import SitegenOutput
import Yams

/// `content/gazetteer.yml`: the people `sitegen import` found, with the role and spellings the text
/// gave, which the build reads beside `site.yml` (whose entries win). The importer only appends:
/// an entry already in the file — which the editor may have corrected — is never rewritten, and
/// the editor's comments and order stay as they are.
struct GazetteerFile: Sendable {
    let url: URL

    static let header = """
    # People found by `sitegen import`, with the role and spellings their articles give.
    # The build reads this file beside site.yml; an entry in site.yml always wins. Edit freely:
    # import only adds people it has not seen, and never rewrites an entry that is here.
    people:

    """

    func append(_ people: [PersonFinder.Person], siteDirectory: URL) throws(Diagnostic) {
        guard !people.isEmpty else { return }
        var text = (try? String(contentsOf: url, encoding: .utf8)) ?? Self.header
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if !text.contains("people:") { text += "people:\n" }
        for person in people {
            var pairs: [(Node, Node)] = [("name", FrontMatterWriter.text(person.name))]
            if let role = person.role { pairs.append(("role", FrontMatterWriter.text(role))) }
            if !person.variants.isEmpty {
                pairs.append(("aliases", Node.sequence(Node.Sequence(person.variants.map(FrontMatterWriter.text), .implicit, .flow))))
            }
            let entry = FrontMatterWriter.serialize(Node.sequence(Node.Sequence([Node.mapping(Node.Mapping(pairs, .implicit, .block))], .implicit, .block)))
            text += entry.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            if !text.hasSuffix("\n") { text += "\n" }
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw Diagnostic.error("cannot write \(DisplayPath.relative(url, to: siteDirectory)): \(error.localizedDescription)")
        }
    }
}
