import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// The site's Atom 1.0 feed of its newest articles. Its `updated` comes from the content, never the clock.
package struct FeedBuilder {
    package static let entryCount = 20

    func build(model: SiteModel, bodies: [RenderedMarkdown]) -> String {
        let config = model.config
        let base = config.baseURL
        let updated = model.articles.first?.date.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLText.escape(config.language))">
          <title>\(HTMLText.escape(config.title))</title>

        """
        if !config.description.isEmpty {
            xml += "  <subtitle>\(HTMLText.escape(config.description))</subtitle>\n"
        }
        xml += """
          <link rel="alternate" type="text/html" href="\(HTMLText.escape(base.absolute))"/>
          <link rel="self" type="application/atom+xml" href="\(HTMLText.escape(base.absolute(SitePaths.feed)))"/>
          <id>\(HTMLText.escape(base.absolute))</id>
          <updated>\(updated)</updated>
          <author><name>\(HTMLText.escape(config.author.isEmpty ? config.title : config.author))</name></author>
          <generator>sitegen</generator>

        """
        for index in model.articles.indices.prefix(Self.entryCount) {
            let article = model.articles[index]
            let url = HTMLText.escape(base.absolute(SitePaths.article(article.slug)))
            xml += """
              <entry>
                <title>\(HTMLText.escape(article.title))</title>
                <link rel="alternate" type="text/html" href="\(url)"/>
                <id>\(url)</id>
                <published>\(article.date.rfc3339)</published>
                <updated>\(article.date.rfc3339)</updated>

            """
            if let source = article.source {
                xml += "    <author><name>\(HTMLText.escape(source))</name></author>\n"
            }
            for tag in article.tags {
                xml += "    <category term=\"\(HTMLText.escape(Slug.make(tag)))\" label=\"\(HTMLText.escape(tag))\"/>\n"
            }
            if let summary = article.summary {
                xml += "    <summary>\(HTMLText.escape(summary))</summary>\n"
            }
            xml += "    <content type=\"html\">\(HTMLText.escape(bodies[index].html))</content>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
