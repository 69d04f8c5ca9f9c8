import Foundation
import ReclaimCore

/// The dashboard's experiments: the holdout (messaged against held-out carts, the lift and its
/// interval, and the report's plain sentence) and each flow's variants with their Wilson intervals, as
/// ``StatsReport`` gives them.
struct ExperimentsPage {
    let store: StoreConfiguration
    let formToken: String

    private typealias H = DashboardHTML

    func render(range: DashboardRange, report: StatsReport) -> String {
        let content = """
            <h1>Experiments</h1>
            \(OverviewPage.rangeForm(range, action: "/dashboard/experiments", currency: report.currency))
            \(self.holdout(report.holdout, currency: report.currency))
            \(self.experiments(report.experiments, currency: report.currency))
            """
        return H.page(title: "Experiments", store: self.store, section: "experiments", formToken: self.formToken, content)
    }

    func holdout(_ holdout: HoldoutReport, currency: String) -> String {
        let rows: [(String, String)] = [
            (
                "Messaged",
                "\(holdout.treated.recovered) of \(holdout.treated.carts) recovered (\(OverviewPage.percent(holdout.treated.rate)))"
            ),
            (
                "Held out",
                "\(holdout.control.recovered) of \(holdout.control.carts) recovered (\(OverviewPage.percent(holdout.control.rate)))"
            ),
            (
                "Lift",
                Self.points(holdout.lift) + (holdout.interval.map { " (95%: \(Self.points($0.low)) to \(Self.points($0.high)))" } ?? "")
            ),
            (
                "Revenue per cart",
                holdout.revenuePerCart.map {
                    "\(Self.signed($0.lift, currency: currency)) (95%: \(Self.signed($0.interval.low, currency: currency)) to "
                        + "\(Self.signed($0.interval.high, currency: currency)))"
                } ?? "—"
            ),
        ]
        return """
            <section class="panel" aria-labelledby="holdout-title"><h2 id="holdout-title">Holdout</h2>
            <p id="holdout-sentence"><strong>\(H.escape(holdout.sentence))</strong></p>\(InboxPage.definitions(rows))</section>
            """
    }

    func experiments(_ reports: [ExperimentReport], currency: String) -> String {
        guard !reports.isEmpty else {
            return "<section class=\"panel\" id=\"experiments\"><h2>Variants</h2><p>No A/B test in this range: a flow needs "
                + "at least two variants with carts.</p></section>"
        }
        let tables = reports.map { report in
            let rows = report.variants.map { variant in
                let interval = variant.interval.map { "\(OverviewPage.percent($0.low)) to \(OverviewPage.percent($0.high))" } ?? "—"
                let cells = [
                    "\(variant.carts)", "\(variant.recovered)", OverviewPage.percent(variant.rate), interval,
                    OverviewPage.percent(variant.probabilityBest), H.money(variant.revenueNet, currency: currency),
                ].map { "<td>\(H.escape($0))</td>" }.joined()
                return "<tr><th scope=\"row\">\(H.escape(variant.name))</th>\(cells)</tr>"
            }.joined()
            let headers = ["Variant", "Carts", "Recovered", "Rate", "95% interval", "Chance best", "Revenue (net)"]
                .map { "<th scope=\"col\">\($0)</th>" }.joined()
            return "<h3>Flow \(H.escape(report.flow))</h3><div class=\"scroll\"><table><thead><tr>\(headers)</tr></thead>"
                + "<tbody>\(rows)</tbody></table></div>"
        }.joined()
        return "<section class=\"panel\" id=\"experiments\"><h2>Variants</h2>\(tables)</section>"
    }

    /// A difference of rates in percentage points, e.g. `+2.5 pts`.
    static func points(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%+.1f pts", value * 100)
    }

    /// A signed amount in minor units.
    static func signed(_ minor: Double, currency: String) -> String {
        let rounded = Int(minor.rounded())
        return (rounded < 0 ? "−" : "+") + H.money(abs(rounded), currency: currency)
    }
}
