import Foundation
import SwiftCSV
import SitegenModel

/// The raw articles named on the command line:
///
/// - a text file, as it is;
/// - a folder: its `*.txt`, `*.json`, `*.jsonl` and `*.csv` files, in name order;
/// - a JSON file (one object or an array of them) or JSON Lines, as extractors such as trafilatura
///   write them: the text from `text` or `raw_text` (or `content`), and `url`, `title`, `date`,
///   `hostname` or `sitename` or `source` when present;
/// - a CSV manifest with a header `file,url,date,source` (any order; `title`, `section` too), whose
///   files are read relative to the manifest.
public enum RawInputs {
    public struct Input: Sendable, Equatable {
        /// How the report names it: the path as given, or `records.jsonl#3`.
        public var displayName: String
        /// The file to read, or nil when the text came inside a JSON record.
        public var url: URL?
        /// The text of a JSON record.
        public var text: String?
        /// What the record or manifest row says about the article.
        public var facts: EditorFacts
        /// The raw file's name, for the import record.
        public var original: String

        public init(displayName: String, url: URL? = nil, text: String? = nil, facts: EditorFacts = EditorFacts(), original: String) {
            self.displayName = displayName
            self.url = url
            self.text = text
            self.facts = facts
            self.original = original
        }
    }

    static let folderExtensions: Set<String> = ["txt", "json", "jsonl", "ndjson", "csv"]

    /// The articles to import, and a message for each path or record that cannot be read.
    public static func expand(_ paths: [String]) -> (inputs: [Input], problems: [String]) {
        var inputs: [Input] = []
        var problems: [String] = []
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append("\(path): no such file or folder")
                continue
            }
            guard isDirectory.boolValue else {
                expandFile(url, displayName: path, into: &inputs, problems: &problems)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { !$0.hasPrefix(".") && folderExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            if names.isEmpty { problems.append("\(path): the folder holds no .txt, .json, .jsonl or .csv file to import") }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            for name in names {
                expandFile(url.appendingPathComponent(name), displayName: prefix + name, into: &inputs, problems: &problems)
            }
        }
        return (inputs, problems)
    }

    private static func expandFile(_ url: URL, displayName: String, into inputs: inout [Input], problems: inout [String]) {
        switch url.pathExtension.lowercased() {
        case "json", "jsonl", "ndjson":
            do {
                let records = try jsonRecords(Data(contentsOf: url), lines: url.pathExtension.lowercased() != "json")
                if records.isEmpty { problems.append("\(displayName): holds no record with a `text` or `raw_text` field") }
                for (number, record) in records {
                    guard let input = input(record, displayName: "\(displayName)#\(number)", original: url.lastPathComponent) else {
                        problems.append("\(displayName)#\(number): the record has no `text`, `raw_text` or `content` field")
                        continue
                    }
                    inputs.append(input)
                }
            } catch let problem as ManifestProblem {
                problems.append("\(displayName):\(problem.line): \(problem.message)")
            } catch {
                problems.append("\(displayName): cannot read it: \(error.localizedDescription)")
            }
        case "csv":
            do {
                inputs += try manifest(url, displayName: displayName)
            } catch let problem as ManifestProblem {
                problems.append("\(displayName):\(problem.line): \(problem.message)")
            } catch {
                problems.append("\(displayName): not a CSV manifest (file,url,date,source): \(error)")
            }
        default:
            inputs.append(Input(displayName: displayName, url: url, original: url.lastPathComponent))
        }
    }

    struct ManifestProblem: Error {
        var line: Int
        var message: String
    }

    /// The objects of a JSON file (an object, or an array of objects) or of JSON Lines, numbered from 1.
    static func jsonRecords(_ data: Data, lines: Bool) throws -> [(Int, [String: Any])] {
        if !lines || data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "[") {
            let value: Any
            do { value = try JSONSerialization.jsonObject(with: data) } catch {
                throw ManifestProblem(line: 1, message: "not valid JSON: \(error.localizedDescription)")
            }
            if let object = value as? [String: Any] { return [(1, object)] }
            if let array = value as? [Any] {
                return array.enumerated().compactMap { index, item in (item as? [String: Any]).map { (index + 1, $0) } }
            }
            throw ManifestProblem(line: 1, message: "expected a JSON object or an array of objects")
        }
        var records: [(Int, [String: Any])] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw ManifestProblem(line: index + 1, message: "not a JSON object on this line")
            }
            records.append((index + 1, object))
        }
        return records
    }

    /// An input from an extractor's record: trafilatura's `text`/`raw_text`, `title`, `date`, `url`,
    /// `hostname`/`sitename`, and the like from other extractors.
    static func input(_ record: [String: Any], displayName: String, original: String) -> Input? {
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let value = record[key] as? String, !value.trimmed(.whitespacesAndNewlines).isEmpty {
                    return value.trimmed(.whitespacesAndNewlines)
                }
            }
            return nil
        }
        guard let text = string("raw_text", "text", "content", "body") else { return nil }
        var facts = EditorFacts()
        facts.url = string("url", "source_url", "link", "source-hostname").flatMap { $0.hasPrefix("http") ? $0 : nil }
        facts.title = string("title", "headline")
        facts.date = string("date", "published", "date_published", "publication_date").flatMap { ContentDate(String($0.prefix(10))) }
        facts.source = string("sitename", "site_name", "source", "publisher")
        if facts.source == nil, facts.url == nil, let host = string("hostname") { facts.source = host }
        return Input(displayName: displayName, text: TextFile.normalizingLineEnds(text), facts: facts, original: original)
    }

    /// The rows of a CSV manifest: `file,url,date,source` (and optionally `title`, `section`).
    static func manifest(_ url: URL, displayName: String) throws -> [Input] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let csv = try CSV<Named>(string: text, delimiter: .comma)
        let header = Set(csv.header.map { $0.lowercased().trimmedSpaces })
        guard header.contains("file") else {
            throw ManifestProblem(line: 1, message: "a manifest needs a `file` column (file,url,date,source)")
        }
        let folder = url.deletingLastPathComponent()
        var inputs: [Input] = []
        for (index, row) in csv.rows.enumerated() {
            let cells = Dictionary(row.map { ($0.key.lowercased().trimmedSpaces, $0.value.trimmedSpaces) },
                                   uniquingKeysWith: { a, _ in a })
            guard let file = cells["file"], !file.isEmpty else { continue }
            var facts = EditorFacts()
            if let date = cells["date"], !date.isEmpty {
                guard let parsed = ContentDate(String(date.prefix(10))) else {
                    throw ManifestProblem(line: index + 2, message: "`date` must be a date like 2025-11-20, found `\(date)`")
                }
                facts.date = parsed
            }
            facts.url = cells["url"].flatMap { $0.isEmpty ? nil : $0 }
            facts.source = cells["source"].flatMap { $0.isEmpty ? nil : $0 }
            facts.title = cells["title"].flatMap { $0.isEmpty ? nil : $0 }
            facts.section = cells["section"].flatMap { $0.isEmpty ? nil : $0 }
            let fileURL = file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file)
            inputs.append(Input(displayName: "\(displayName):\(index + 2) \(file)", url: fileURL.standardizedFileURL, facts: facts,
                                original: fileURL.lastPathComponent))
        }
        return inputs
    }
}
