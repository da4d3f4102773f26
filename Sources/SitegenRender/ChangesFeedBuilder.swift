import SitegenModel
import SitegenMarkdown

/// `changes.xml`: an Atom feed of what each day added to the briefing (the change log's newest
/// days), for readers who follow the story rather than every article. Dates come from the
/// content, never the clock.
struct ChangesFeedBuilder {
    static let dayCount = 30

    func build(model: SiteModel) -> String {
        let config = model.config
        let base = config.baseURL
        let days = model.changeLog.days.prefix(Self.dayCount)
        let updated = days.first.map { "\($0.date.isoDate)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        func e(_ text: String) -> String { HTMLText.escape(text) }
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(config.language))">
          <title>\(e(config.title)): what changed</title>
          <link rel="alternate" type="text/html" href="\(e(base.absolute(SitePaths.changes)))"/>
          <link rel="self" type="application/atom+xml" href="\(e(base.absolute(SitePaths.changesFeed)))"/>
          <id>\(e(base.absolute(SitePaths.changesFeed)))</id>
          <updated>\(updated)</updated>
          <author><name>\(e(config.author.isEmpty ? config.title : config.author))</name></author>
          <generator>sitegen</generator>

        """
        for day in days {
            let link = base.absolute(SitePaths.changes) + "#day-\(day.date.isoDate)"
            var html = "<ul>"
            for index in day.articles {
                let article = model.articles[index]
                html += "<li><a href=\"\(e(base.absolute(SitePaths.article(article.slug))))\">\(e(article.title))</a>"
                    + (article.source.map { " (\(e($0)))" } ?? "") + "</li>"
            }
            html += "</ul>"
            if !day.events.isEmpty {
                html += "<p>Events reported:</p><ul>" + day.events.map { entry in
                    let event = model.articles[entry.article].events[entry.event]
                    return "<li>\(event.date.long): \(e(event.text))</li>"
                }.joined() + "</ul>"
            }
            if !day.statements.isEmpty {
                html += "<p>New quotes:</p><ul>" + day.statements.map {
                    "<li>\(e($0.speaker ?? "Unattributed")): “\(e($0.quote.text))”</li>"
                }.joined() + "</ul>"
            }
            xml += """
              <entry>
                <title>\(e(day.date.long)): \(e(day.summary))</title>
                <link rel="alternate" type="text/html" href="\(e(link))"/>
                <id>\(e(link))</id>
                <updated>\(day.date.isoDate)T00:00:00Z</updated>
                <content type="html">\(e(html))</content>
              </entry>

            """
        }
        return xml + "</feed>\n"
    }
}
