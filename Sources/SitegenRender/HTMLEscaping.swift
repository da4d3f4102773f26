import SitegenModel
import SitegenMarkdown
import SitegenOutput
import Mustache

/// HTML escaping for `{{variables}}`: the same five characters as swift-mustache's own
/// (`< > & " '`), through `HTMLText.escape`, which scans UTF-8 bytes.
/// swift-mustache looks each character up in a dictionary, which made escaping a sixth of
/// the render time of a large briefing.
struct HTMLEscaping: MustacheContentType {
    /// The name templates are switched to by the pragma `ThemeLoader` puts before each of them.
    static let name = "SITEGEN_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
