import Foundation
import Yams

/// A YAML mapping read with positions, so that every problem can name its `file:line`.
public struct YAMLMapping {
    public let node: Node
    public let path: String
    /// Added to Yams' 1-based line numbers to give the line in the file.
    public let lineOffset: Int

    /// Parses `yaml`, which starts at line `firstLine` of the file at `path`.
    /// An empty document gives an empty mapping.
    public static func parse(_ yaml: String, path: String, firstLine: Int = 1) throws(Diagnostic) -> YAMLMapping {
        let offset = firstLine - 1
        let node: Node?
        do {
            // Every value is read as its text (`scalarString`, `bool`, `int` below), so no scalar's
            // type is resolved: Yams' default resolver runs its regular expressions on a key each time
            // keys are hashed or compared, a tenth of reading a site's front matter (`perf`).
            node = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, path: path, lineOffset: offset)
        } catch {
            throw .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
        guard let node else {
            return YAMLMapping(node: Node.mapping(Node.Mapping([])), path: path, lineOffset: offset)
        }
        guard case .mapping = node else {
            throw .error("expected YAML keys and values (`key: value`), found \(node.kindName)",
                         at: SourceLocation(path: path, line: (node.mark?.line ?? 1) + offset))
        }
        return YAMLMapping(node: node, path: path, lineOffset: offset)
    }

    init(node: Node, path: String, lineOffset: Int) {
        self.node = node
        self.path = path
        self.lineOffset = lineOffset
    }

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text): " } ?? ""
            return .error("invalid YAML: \(detail)\(problem)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) in YAML", at: at(context.mark))
        case let .reader(problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path, line: lineOffset + 1))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }

    /// The location of a node in the file.
    public func location(of node: Node?) -> SourceLocation {
        SourceLocation(path: path, line: node?.mark.map { $0.line + lineOffset } ?? lineOffset + 1)
    }

    /// Keys in document order, with their nodes.
    public var entries: [(key: String, keyNode: Node, value: Node)] {
        guard case let .mapping(mapping) = node else { return [] }
        return mapping.compactMap { pair in
            guard let key = pair.key.string else { return nil }
            return (key, pair.key, pair.value)
        }
    }

    /// The value of `key`, found by the key's text.
    public func value(_ key: String) -> Node? {
        node.mapping?.first { $0.key.scalar?.string == key }?.value
    }

    public func keyLocation(_ key: String) -> SourceLocation {
        guard let pair = node.mapping?.first(where: { $0.key.string == key }) else { return location(of: node) }
        return location(of: pair.key)
    }

    // MARK: typed access

    /// A scalar as text; nil when the key is absent or null.
    public func string(_ key: String) throws(Diagnostic) -> String? {
        guard let value = value(key) else { return nil }
        return try scalarString(value, key: key)
    }

    public func scalarString(_ value: Node, key: String) throws(Diagnostic) -> String? {
        guard case let .scalar(scalar) = value else {
            throw .error("`\(key)` must be a single value, found \(value.kindName)", at: location(of: value))
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    public func bool(_ key: String) throws(Diagnostic) -> Bool? {
        guard let value = value(key), let text = try scalarString(value, key: key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw .error("`\(key)` must be true or false, found `\(text)`", at: location(of: value))
        }
    }

    public func int(_ key: String) throws(Diagnostic) -> Int? {
        guard let value = value(key), let text = try scalarString(value, key: key) else { return nil }
        guard let number = Int(text) else {
            throw .error("`\(key)` must be a whole number, found `\(text)`", at: location(of: value))
        }
        return number
    }

    /// A list of scalars; a single scalar counts as a list of one.
    public func stringList(_ key: String) throws(Diagnostic) -> [String] {
        guard let value = value(key) else { return [] }
        switch value {
        case .scalar:
            return try scalarString(value, key: key).map { [$0] } ?? []
        case let .sequence(sequence):
            var items: [String] = []
            for item in sequence {
                guard let text = try scalarString(item, key: key) else { continue }
                let trimmed = text.trimmed
                if !trimmed.isEmpty { items.append(trimmed) }
            }
            return items
        default:
            throw .error("`\(key)` must be a list, like `\(key): [a, b]`", at: location(of: value))
        }
    }

    /// A list of mappings (`- key: value` items).
    public func mappingList(_ key: String) throws(Diagnostic) -> [YAMLMapping] {
        guard let value = value(key) else { return [] }
        if case .scalar = value, (try scalarString(value, key: key)) == nil { return [] }
        guard case let .sequence(sequence) = value else {
            throw .error("`\(key)` must be a list of entries (`- key: value`)", at: location(of: value))
        }
        return try sequence.map { (item) throws(Diagnostic) -> YAMLMapping in
            guard case .mapping = item else {
                throw .error("each entry of `\(key)` must have keys and values (`- name: ...`)", at: location(of: item))
            }
            return YAMLMapping(node: item, path: path, lineOffset: lineOffset)
        }
    }

    /// A nested mapping.
    public func mapping(_ key: String) throws(Diagnostic) -> YAMLMapping? {
        guard let value = value(key) else { return nil }
        if case .scalar = value, (try scalarString(value, key: key)) == nil { return nil }
        guard case .mapping = value else {
            throw .error("`\(key)` must have keys and values", at: location(of: value))
        }
        return YAMLMapping(node: value, path: path, lineOffset: lineOffset)
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "keys and values"
        case .alias: return "an alias"
        }
    }
}

extension String {
    package var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
