/// A theme's templates by name (`layout`, `partials/header`…), for rendering and for partials.
public struct TemplateLibrary: Sendable {
    let templates: [String: Template]
    /// How `{{name}}` escapes text (HTML escaping, for a site's pages).
    let escape: @Sendable (String) -> String

    public init(templates: [String: Template], escape: @escaping @Sendable (String) -> String) {
        self.templates = templates
        self.escape = escape
    }

    public var names: Set<String> { Set(templates.keys) }

    /// Renders template `name` with `data` as its outermost value; nil when there is no such template.
    public func render(_ data: some TemplateData, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        var renderer = TemplateRenderer(library: self)
        renderer.render(template, stack: [data], indentation: nil, into: &output)
        return output
    }
}
