/// Source coverage, as Google News's Full Coverage shows it: for each named outlet, how many of
/// the story's events its articles report and how many it reported first; and for the events
/// that several outlets report, which outlet reported each and who was first.
///
/// An event's reports come oldest first (see `EventMerger`), so the first report's outlet is the
/// one that reported it first; an outlet counts once per event however many of its articles
/// report it. Articles without a source are left out: they name no outlet to compare.
struct CoverageBuilder {
    /// The table's size: beyond this many events and outlets it would stop being read. The
    /// counts above it still cover all of them.
    static let maxRows = 20
    static let maxColumns = 8

    func coverage(events: [Briefing.Event], articles: [Article]) -> Briefing.Coverage {
        struct Tally { var articles = 0, events = 0, first = 0 }
        var tallies: [String: Tally] = [:]
        for article in articles {
            if let source = article.source { tallies[source, default: Tally()].articles += 1 }
        }
        // Each event's outlets, in the order they reported it, with the first article of each.
        var eventOutlets: [[(outlet: String, article: Int)]] = []
        eventOutlets.reserveCapacity(events.count)
        for event in events {
            var outlets: [(outlet: String, article: Int)] = []
            for report in event.reports {
                guard let source = articles[report.article].source, !outlets.contains(where: { $0.outlet == source }) else { continue }
                outlets.append((source, report.article))
            }
            for (position, entry) in outlets.enumerated() {
                tallies[entry.outlet]!.events += 1
                if position == 0 { tallies[entry.outlet]!.first += 1 }
            }
            eventOutlets.append(outlets)
        }
        let outlets = tallies.map { Briefing.Coverage.Outlet(name: $0.key, articles: $0.value.articles, events: $0.value.events, first: $0.value.first) }
            .sorted { a, b in
                if a.events != b.events { return a.events > b.events }
                if a.first != b.first { return a.first > b.first }
                return a.name < b.name
            }
        let shared = events.indices.filter { eventOutlets[$0].count > 1 }
        // The most widely reported (the earlier on a tie), shown by date as the timeline reads.
        let shown = shared.sorted { a, b in
            eventOutlets[a].count != eventOutlets[b].count ? eventOutlets[a].count > eventOutlets[b].count : a < b
        }.prefix(Self.maxRows).sorted()
        // Columns for the outlets that report a shown event, in the outlets' order.
        let reporting = Set(shown.flatMap { eventOutlets[$0].map(\.outlet) })
        let columns = outlets.map(\.name).filter { reporting.contains($0) }.prefix(Self.maxColumns)
        let rows = shown.map { event in
            Briefing.Coverage.Row(event: event,
                                  reports: columns.map { column in eventOutlets[event].first { $0.outlet == column }?.article },
                                  firstColumn: columns.firstIndex(of: eventOutlets[event][0].outlet),
                                  outletCount: eventOutlets[event].count)
        }
        return Briefing.Coverage(outlets: outlets, columns: Array(columns), rows: Array(rows), sharedEvents: shared.count,
                                 singleEvents: eventOutlets.filter { $0.count == 1 }.count)
    }
}
