import Foundation
import ReclaimCore

/// The dashboard's overview, where signing in lands: a range form, the KPI cards (recovered revenue
/// net, recovery rate, messages, cost, opt-out rate) and a daily chart of net recovered revenue as
/// inline SVG, with the same figures as a table. Every figure comes from the ``StatsReport`` as given.
struct OverviewPage {
    let store: StoreConfiguration
    let formToken: String

    private typealias H = DashboardHTML

    func render(range: DashboardRange, report: StatsReport) -> String {
        let content = """
            <h1>Overview</h1>
            \(Self.rangeForm(range, action: "/dashboard/overview", currency: report.currency))
            \(self.cards(report.totals, currency: report.currency))
            \(self.chart(range: range, report: report))
            """
        return H.page(title: "Overview", store: self.store, section: "overview", formToken: self.formToken, content)
    }

    /// The range form (labelled date fields) and the line saying what is shown.
    static func rangeForm(_ range: DashboardRange, action: String, currency: String) -> String {
        let from = DashboardRange.text(range.start)
        let to = DashboardRange.text(range.lastDay)
        return """
            <form method="get" action="\(action)" class="panel range" aria-label="Date range">
            <div><label for="range-from">From</label><input type="date" id="range-from" name="from" value="\(from)" required></div>
            <div><label for="range-to">To (included)</label><input type="date" id="range-to" name="to" value="\(to)" required></div>
            <button type="submit">Show</button></form>
            <p class="muted">\(from) to \(to), UTC days. Amounts in \(H.escape(currency)).</p>
            """
    }

    /// The KPI cards, each a term and its figure (`—` when the figure has no denominator yet).
    func cards(_ totals: StatsFigures, currency: String) -> String {
        let cost = (totals.messageCost ?? 0) + (totals.discountCost ?? 0)
        let cards: [(id: String, label: String, value: String, detail: String)] = [
            (
                "revenue-net", "Recovered revenue (net)", H.money(totals.revenueNet ?? 0, currency: currency),
                "\(H.money(totals.revenueGross ?? 0, currency: currency)) gross"
            ),
            (
                "recovery-rate", "Recovery rate", Self.percent(totals.recoveryRate),
                "\(totals.recovered ?? 0) of \(totals.abandoned ?? 0) abandoned carts"
            ),
            ("messages", "Messages", "\(totals.messages ?? 0)", "\(totals.delivered ?? 0) delivered, \(totals.clicks ?? 0) clicked"),
            (
                "cost", "Cost", H.money(cost, currency: currency),
                "\(H.money(totals.messageCost ?? 0, currency: currency)) messages, "
                    + "\(H.money(totals.discountCost ?? 0, currency: currency)) discounts"
            ),
            ("opt-out-rate", "Opt-out rate", Self.percent(totals.optOutRate), "\(totals.optOuts ?? 0) opted out"),
        ]
        let items = cards.map { card in
            "<div class=\"card\" id=\"kpi-\(card.id)\"><dt>\(H.escape(card.label))</dt><dd><strong>\(H.escape(card.value))</strong>"
                + "<small>\(H.escape(card.detail))</small></dd></div>"
        }.joined()
        return "<dl class=\"cards\" aria-label=\"Key figures\">\(items)</dl>"
    }

    /// Net recovered revenue per day as bars (negative days below the axis), then the same as a table.
    func chart(range: DashboardRange, report: StatsReport) -> String {
        let byDay = Dictionary(report.groups.map { ($0.key, $0.figures) }, uniquingKeysWith: { first, _ in first })
        let days = range.days.map { day in (DashboardRange.text(day), byDay[DashboardRange.text(day)]) }
        let values = days.map { $0.1?.revenueNet ?? 0 }
        let high = max(values.max() ?? 0, 0)
        let low = min(values.min() ?? 0, 0)
        let span = Double(max(high - low, 1))
        let (width, height) = (720.0, 180.0)
        let slot = width / Double(max(days.count, 1))
        let axis = height * Double(high) / span
        let bars = zip(days, values).enumerated().map { index, pair in
            let (day, value) = pair
            let size = height * Double(abs(value)) / span
            let top = value >= 0 ? axis - size : axis
            let label = "\(day.0): \(H.money(value, currency: report.currency))"
            let x = Self.number(Double(index) * slot + slot * 0.1)
            let box =
                "y=\"\(Self.number(top))\" width=\"\(Self.number(slot * 0.8))\" height=\"\(Self.number(value == 0 ? 0 : max(size, 1)))\""
            return "<rect x=\"\(x)\" \(box)><title>\(H.escape(label))</title></rect>"
        }.joined()
        let total = H.money(report.totals.revenueNet ?? 0, currency: report.currency)
        let rows = days.map { day, figures in
            "<tr><td>\(day)</td><td>\(H.escape(H.money(figures?.revenueNet ?? 0, currency: report.currency)))</td>"
                + "<td>\(figures?.recovered ?? 0)</td><td>\(figures?.messages ?? 0)</td><td>\(figures?.optOuts ?? 0)</td></tr>"
        }.joined()
        return """
            <section class="panel" aria-labelledby="chart-title"><h2 id="chart-title">Recovered revenue (net) per day</h2>
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" preserveAspectRatio="none" role="img" \
            aria-label="Recovered revenue (net) per day, \(days.count) days, \(H.escape(total)) in all">
            <line x1="0" x2="\(Int(width))" y1="\(Self.number(axis))" y2="\(Self.number(axis))"></line>\(bars)</svg>
            <details><summary>The figures per day</summary><table id="daily"><thead><tr><th scope="col">Day</th>\
            <th scope="col">Revenue (net)</th><th scope="col">Recovered</th><th scope="col">Messages</th><th scope="col">Opt-outs</th></tr>\
            </thead><tbody>\(rows)</tbody></table></details></section>
            """
    }

    /// A coordinate with one decimal.
    static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// A rate as a percentage with one decimal, `—` without a denominator.
    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return String(format: "%.1f%%", rate * 100)
    }
}
