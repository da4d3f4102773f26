import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML file's elements as a tree, read with Foundation's `XMLParser`, or the first error
/// with its line. The feed and the sitemap are checked against it.
final class XMLOutline: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        let line: Int
        var text = ""
        var children: [Element] = []

        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }

        func children(named name: String) -> [Element] { children.filter { $0.name == name } }
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

    private(set) var root: Element?
    private var stack: [Element] = []
    private weak var parser: XMLParser?

    /// The parsed tree, or the parser's error and line.
    static func parse(_ data: Data) -> Result<Element, XMLError> {
        let outline = XMLOutline()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = outline
        outline.parser = parser
        let parsed = parser.parse()
        // Foundation's parser on Linux can report success for a file that ends inside an element.
        if parsed, let open = outline.stack.last {
            return .failure(XMLError(line: parser.lineNumber, message: "<\(open.name)> (line \(open.line)) is not closed"))
        }
        guard parsed, let root = outline.root else {
            let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root element"
            return .failure(XMLError(line: parser.lineNumber, message: message))
        }
        return .success(root)
    }

    struct XMLError: Error {
        var line: Int
        var message: String
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = Element(name: elementName, attributes: attributes, line: parser.lineNumber)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
