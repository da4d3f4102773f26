import Foundation
import SitegenModel
import Testing
@testable import SitegenImport

struct RawInputsTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func trafilaturaJSONAndJSONLinesGiveOneInputARecord() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = #"{"title": "Ferries resume", "date": "2024-01-21", "url": "https://example.org/ferries-resume", "hostname": "example.org", "sitename": "Baltic Wire", "text": "Ferries resumed on Sunday.\nThe port said so."}"#
        try json.write(to: dir.appendingPathComponent("one.json"), atomically: true, encoding: .utf8)
        let lines = #"{"url": "https://example.org/a", "raw_text": "First story text."}"# + "\n\n" + #"{"url": "https://example.org/b", "text": "Second story text."}"# + "\n"
        try lines.write(to: dir.appendingPathComponent("many.jsonl"), atomically: true, encoding: .utf8)
        let (inputs, problems) = RawInputs.expand([dir.path])
        #expect(problems.isEmpty)
        #expect(inputs.map(\.displayName) == ["\(dir.path)/many.jsonl#1", "\(dir.path)/many.jsonl#3", "\(dir.path)/one.json#1"])
        let one = try #require(inputs.last)
        #expect(one.facts == EditorFacts(date: ContentDate("2024-01-21"), source: "Baltic Wire", url: "https://example.org/ferries-resume", title: "Ferries resume"))
        #expect(one.text == "Ferries resumed on Sunday.\nThe port said so.")
    }

    @Test func aCSVManifestNamesRawFilesWithTheirFacts() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Ferries resume\n\nFerries resumed on Sunday, the port said.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "file,url,date,source\na.txt,https://example.org/ferries,2024-01-21,\"Baltic Wire, Riga\"\n".write(to: dir.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let (inputs, problems) = RawInputs.expand([dir.appendingPathComponent("manifest.csv").path])
        #expect(problems.isEmpty)
        let input = try #require(inputs.first)
        #expect(input.url?.lastPathComponent == "a.txt")
        #expect(input.facts.source == "Baltic Wire, Riga")
        #expect(input.facts.date == ContentDate("2024-01-21"))
    }

    @Test func badRecordsAreReportedWithTheirLine() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{\"text\": \"ok\"}\nnot json\n".write(to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
        try "url,date\nhttps://x,2024-01-01\n".write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let (_, problems) = RawInputs.expand([dir.appendingPathComponent("bad.jsonl").path, dir.appendingPathComponent("bad.csv").path])
        #expect(problems.count == 2)
        #expect(problems[0].hasSuffix("bad.jsonl:2: not a JSON object on this line"))
        #expect(problems[1].hasSuffix("bad.csv:1: a manifest needs a `file` column (file,url,date,source)"))
    }
}
