import SitegenModel
import Foundation
import CCmarkGFM

/// Renders GitHub Flavored Markdown to HTML with cmark-gfm.
///
/// Tables, strikethrough, autolinks and task lists are on. Raw HTML is replaced by a comment
/// unless `allowRawHTML` is set, and then the tagfilter extension still disarms `<script>`,
/// `<iframe>`, `<style>` and the like. Links with `javascript:` and similar schemes are dropped.
/// Headings get stable ids.
public struct MarkdownRenderer: Sendable {
    public let allowRawHTML: Bool

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the GFM extensions once per process.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    var options: Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_GITHUB_PRE_LANG
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    public func render(_ markdown: String) -> RenderedMarkdown {
        let html = renderHTML(markdown)
        return RenderedMarkdown(html: HeadingAnchors.addIDs(to: html), wordCount: WordCounter.count(markdown))
    }

    /// cmark-gfm keeps the characters that start inline extensions (`~` for strikethrough…)
    /// in one process-wide table: attaching an extension adds them and freeing a parser
    /// removes them. Parsers used on several threads at once therefore lose `~~` at random.
    /// Parsing and freeing hold this lock; rendering the parsed document to HTML does not.
    private static let parserLock = NSLock()

    /// cmark-gfm's HTML for `markdown`, without heading ids.
    func renderHTML(_ markdown: String) -> String {
        _ = Self.registered
        let options = self.options
        Self.parserLock.lock()
        guard let parser = cmark_parser_new(options) else {
            Self.parserLock.unlock()
            return ""
        }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)
        Self.parserLock.unlock()
        defer {
            Self.parserLock.lock()
            if let document { cmark_node_free(document) }
            cmark_parser_free(parser)
            Self.parserLock.unlock()
        }
        guard let document, let output = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(output) }
        return String(cString: output)
    }
}
