/// A value templates read by name: its `child(named:)` lists, in one place, the names a template
/// may use and what each one shows. A name it does not know gives nil, so that the lookup climbs
/// to the enclosing value (`{{root}}` inside `{{#article}}`), as Mustache's context stack does.
///
/// A child may be a `String`, an `Int`, a `Bool`, another `TemplateData`, an array of either
/// kind (a section over it repeats once per element), or a dictionary keyed by strings.
public protocol TemplateData {
    func child(named name: String) -> Any?
}

/// A dictionary's values by key, as a typed value's children.
extension Dictionary: TemplateData where Key == String {
    public func child(named name: String) -> Any? { self[name] }
}

/// An array a section repeats over: each element becomes the innermost value in turn.
protocol TemplateList {
    var isEmpty: Bool { get }
    func forEachElement(_ body: (Any) -> Void)
}

extension Array: TemplateList {
    func forEachElement(_ body: (Any) -> Void) {
        for element in self { body(element) }
    }
}
