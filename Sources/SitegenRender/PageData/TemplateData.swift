import Mustache

/// A value templates read by name. Each page's data is a typed struct; its `child(named:)`
/// lists, in one place, the names a template may use and what each one shows. A name it does
/// not know gives nil, so that Mustache climbs to the enclosing value (`{{root}}` inside
/// `{{#article}}`), as it does with dictionaries.
public protocol TemplateData: MustacheParent, Sendable {}

/// Which navigation entry is the current page: `{{#nav.briefing}}` is open on the briefing.
struct NavigationData: TemplateData {
    var current: String

    func child(named name: String) -> Any? { name == current ? true : nil }
}
