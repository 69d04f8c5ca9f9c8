import Foundation
import ReclaimCore

/// The dashboard's funnel: for a range, one table per flow step and one per channel, each row the
/// group's sent, delivered, clicked, replied, opted out, recovered and revenue, as ``StatsReport`` gives them.
struct FunnelPage {
    let store: StoreConfiguration
    let formToken: String

    private typealias H = DashboardHTML

    func render(range: DashboardRange, steps: StatsReport, channels: StatsReport) -> String {
        let content = """
            <h1>Funnel</h1>
            \(OverviewPage.rangeForm(range, action: "/dashboard/funnel", currency: steps.currency))
            \(self.table(id: "by-step", title: "Per flow step", keyHeader: "Step", report: steps) { $0 == "none" ? "no step" : "step \($0)" })
            \(self.table(id: "by-channel", title: "Per channel", keyHeader: "Channel", report: channels) { $0 == "none" ? "none" : $0 })
            <p class="muted">A dash: the figure does not apply to that grouping (docs/analytics.md). Revenue is net of
            discounts and message cost.</p>
            """
        return H.page(title: "Funnel", store: self.store, section: "funnel", formToken: self.formToken, content)
    }

    /// One grouping's table, or a sentence when the range has nothing to group.
    func table(id: String, title: String, keyHeader: String, report: StatsReport, label: (String) -> String) -> String {
        let heading = "<section class=\"panel\" aria-labelledby=\"\(id)-title\"><h2 id=\"\(id)-title\">\(H.escape(title))</h2>"
        guard !report.groups.isEmpty else {
            return heading + "<p class=\"muted\" id=\"\(id)\">Nothing in this range.</p></section>"
        }
        func count(_ value: Int?) -> String { value.map(String.init) ?? "—" }
        let rows = report.groups.map { group in
            let figures = group.figures
            let revenue = figures.revenueNet.map { H.money($0, currency: report.currency) } ?? "—"
            let cells = [
                count(figures.messages), count(figures.delivered), count(figures.clicks), count(figures.replies),
                count(figures.optOuts), count(figures.recovered), revenue,
            ].map { "<td>\(H.escape($0))</td>" }.joined()
            return "<tr><th scope=\"row\">\(H.escape(label(group.key)))</th>\(cells)</tr>"
        }.joined()
        let headers = [keyHeader, "Sent", "Delivered", "Clicked", "Replied", "Opted out", "Recovered", "Revenue"]
            .map { "<th scope=\"col\">\($0)</th>" }.joined()
        return heading
            + "<div class=\"scroll\"><table id=\"\(id)\"><thead><tr>\(headers)</tr></thead><tbody>\(rows)</tbody></table></div></section>"
    }
}
