@_exported import protocol SitegenTemplate.TemplateData

/// Which navigation entry is the current page: `{{#nav.briefing}}` is open on the briefing.
struct NavigationData: TemplateData {
    var current: String

    func child(named name: String) -> Any? { name == current ? true : nil }
}
