import SitegenModel
import SitegenMarkdown
import SitegenOutput
import Foundation
import SitegenTemplate

/// Loads a theme from a site's `templates/` folder, or the built-in default theme when it has none.
///
/// Every template is parsed once here. Syntax errors, missing page templates and partials
/// that name no file are all reported together, with their `file:line`.
public struct ThemeLoader: Sendable {
    public static let templateExtension = ".mustache"
    public static let assetsFolder = "assets/"

    public init() {}

    public func load(siteDirectory: URL) throws(BuildFailure) -> Theme {
        let files = try read(siteDirectory: siteDirectory)
        return try load(files: files.files, origin: files.origin)
    }

    /// The theme's files as they are, before parsing: the site's `templates/` or the built-in theme.
    public func read(siteDirectory: URL) throws(BuildFailure) -> ThemeFiles {
        let directory = SiteLayout(siteDirectory: siteDirectory).templates
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ThemeFiles(files: EmbeddedTheme.files.map { ($0.path, Data($0.contents.utf8)) }, origin: "built-in theme")
        }
        var files: [(path: String, contents: Data)] = []
        var problems: [Diagnostic] = []
        for relative in Self.regularFiles(in: directory) {
            do {
                files.append((relative, try Data(contentsOf: directory.appendingPathComponent(relative))))
            } catch {
                problems.append(.error("cannot read template file", at: SourceLocation(path: "\(SiteLayout.templatesFolder)/\(relative)")))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return ThemeFiles(files: files, origin: SiteLayout.templatesFolder + "/")
    }

    /// Builds a theme from files given by their path inside the theme folder.
    public func load(files: [(path: String, contents: Data)], origin: String) throws(BuildFailure) -> Theme {
        let prefix = origin.hasSuffix("/") ? origin : ""
        var problems: [Diagnostic] = []
        var templates: [String: Template] = [:]
        var sources: [String: String] = [:]
        var assets: [OutputFile] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            if file.path.hasPrefix(Self.assetsFolder) {
                assets.append(OutputFile(path: file.path, contents: file.contents))
                continue
            }
            guard file.path.hasSuffix(Self.templateExtension) else { continue }
            let name = String(file.path.dropLast(Self.templateExtension.count))
            let displayPath = prefix + file.path
            let text: String
            do throws(Diagnostic) {
                text = try TextFile.decode(file.contents, displayPath: displayPath)
            } catch {
                problems.append(error)
                continue
            }
            do throws(TemplateError) {
                templates[name] = try Template(text)
                sources[name] = text
            } catch {
                problems.append(.error("template error: \(error.description)",
                                       at: SourceLocation(path: displayPath, line: error.line, column: error.column)))
            }
        }
        for required in Theme.requiredTemplates where templates[required] == nil && sources[required] == nil
            && !problems.contains(where: { $0.location?.path == prefix + required + Self.templateExtension }) {
            problems.append(.error("missing template `\(required)\(Self.templateExtension)` (\(Self.purpose(of: required)))",
                                   at: SourceLocation(path: prefix.isEmpty ? origin : prefix + required + Self.templateExtension)))
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in Self.partialReferences(in: text) where templates[reference.name] == nil {
                problems.append(.error("partial `\(reference.name)` not found (expected \(prefix)\(reference.name)\(Self.templateExtension))",
                                       at: SourceLocation(path: prefix + name + Self.templateExtension, line: reference.line)))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return Theme(library: TemplateLibrary(templates: templates, escape: HTMLText.escape), assets: assets, origin: origin, templateNames: Set(templates.keys))
    }

    static func purpose(of template: String) -> String {
        switch template {
        case "layout": return "the layout every page is rendered in"
        case "home": return "the home page"
        case "article": return "article pages"
        case "briefing": return "the combined briefing"
        case "terms": return "the tag and people index pages"
        case "term": return "one tag's or person's page"
        case "404": return "the not-found page"
        case "changes": return "the page of what each day added to the briefing"
        case Theme.briefingEventTemplate: return "an event in the briefing's timeline"
        default: return BriefingPieces.templates.first { $0.name == template }?.purpose ?? "a page template"
        }
    }

    /// `{{> name}}` tags in a template, with their line.
    static func partialReferences(in text: String) -> [(name: String, line: Int)] {
        var references: [(String, Int)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") { references.append((name, offset + 1)) }
                rest = rest[close.upperBound...]
            }
        }
        return references
    }

    /// Regular files below `directory`, as sorted relative paths; hidden files are skipped.
    static func regularFiles(in directory: URL) -> [String] {
        FolderFiles.regular(in: directory, hidden: false)
    }
}
