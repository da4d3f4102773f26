import Foundation
import Testing
import SitegenTestSupport

/// docs/templates.md lists, for each page data type, exactly the names its `child(named:)` answers.
@Suite("Template reference")
struct TemplateReferenceTests {
    /// Type name → names, from `struct X: TemplateData { … case "name": … }` in the sources.
    static func namesInSources() throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let folder = Repository.root.appendingPathComponent("Sources/SitegenRender/PageData")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var current: String?
            for line in text.split(separator: "\n") {
                if let match = line.firstMatch(of: /^struct (\w+): TemplateData/) { current = String(match.1); result[String(match.1), default: []] = [] }
                if let current, let match = line.firstMatch(of: /^\s+case "(\w+)":/) { result[current, default: []].insert(String(match.1)) }
            }
        }
        return result
    }

    /// Type name → names, from `### \`X\`` sections and their `| \`name\` |` rows.
    static func namesInReference() throws -> [String: Set<String>] {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        var result: [String: Set<String>] = [:]
        var current: String?
        for line in text.split(separator: "\n") {
            if let match = line.firstMatch(of: /^### `(\w+)`/) { current = String(match.1); result[String(match.1)] = [] }
            if let current, let match = line.firstMatch(of: /^\| `(\w+)` \|/) { result[current, default: []].insert(String(match.1)) }
        }
        return result
    }

    @Test func everyTemplateValueIsDocumentedAndNothingElse() throws {
        let sources = try Self.namesInSources()
        let reference = try Self.namesInReference()
        #expect(sources.count >= 15)
        // NavigationData answers any page kind, not fixed names.
        #expect(Set(sources.keys) == Set(reference.keys))
        for (type, names) in sources where type != "NavigationData" {
            #expect(names == reference[type], "\(type): in code, not in docs: \(names.subtracting(reference[type] ?? [])); in docs, not in code: \((reference[type] ?? []).subtracting(names))")
        }
    }
}
