import Foundation
import SitegenModel
@testable import SitegenImport

/// The raw fixtures, their expected articles and the gazetteer they are tagged with, found next to this file.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func raw(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("raw").appendingPathComponent(name))
    }

    static func rawURL(_ name: String) -> URL {
        directory.appendingPathComponent("raw").appendingPathComponent(name)
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("expected").appendingPathComponent("\(name).md"), encoding: .utf8)
    }

    static var siteYAML: String {
        get throws { try String(contentsOf: directory.appendingPathComponent("site.yml"), encoding: .utf8) }
    }

    static var gazetteer: Gazetteer {
        get throws { try ConfigLoader().parse(try siteYAML, path: "Fixtures/site.yml").gazetteer }
    }

    static func importer() throws -> ArticleImporter {
        ArticleImporter(gazetteer: try gazetteer)
    }

    /// Imports a text written in the test.
    static func article(_ text: String, facts: EditorFacts = EditorFacts(date: ContentDate("2024-01-01"))) throws -> ImportedArticle {
        try importer().importArticle(Data(text.utf8), facts: facts)
    }
}

/// A site folder in the temporary directory, with the fixtures' `content/site.yml`; removed by `remove()`.
struct TemporarySite {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Fixtures.siteYAML.write(to: root.appendingPathComponent("content/site.yml"), atomically: false, encoding: .utf8)
    }

    func importer(_ facts: EditorFacts = EditorFacts(), force: Bool = false, dryRun: Bool = false) throws -> SiteImporter {
        try SiteImporter(options: SiteImporter.Options(siteDirectory: root, facts: facts, force: force, dryRun: dryRun),
                         gazetteer: Fixtures.gazetteer)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []).sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
