import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimStore
import SQLKit
import Testing

@testable import ReclaimServer

/// The dashboard's overview: where signing in lands, its range, its KPI cards and chart, and that its
/// figures are those of `GET …/stats` for the same range.
@Suite struct DashboardOverviewTests {
    /// 2026-03-02T10:00:00Z and 2026-03-04T10:00:00Z, in milliseconds.
    static let (march2, march4) = (1_772_445_600_000, 1_772_618_400_000)

    /// Three abandoned carts: on March 2 one recovered by a paid order of $120.00 and one not, on March 4 one not.
    static func seed(_ app: TestApp) async throws {
        let sql = app.dependencies.database.sql
        for (id, at, status) in [("c1", march2, "recovered"), ("c2", march2, "abandoned"), ("c3", march4, "abandoned")] {
            try await sql.raw(
                """
                INSERT INTO carts (id, store_id, source, external_id, items, subtotal_minor, subtotal_currency, status, \
                last_activity_at, abandoned_at, created_at, updated_at, recovered_order_id) VALUES (\(bind: id), \(bind: Commerce.store), \
                'events', \(bind: id), '[]', 12000, 'USD', \(bind: status), \(bind: at), \(bind: at), \(bind: at), \(bind: at), \
                \(bind: status == "recovered" ? "o1" : nil as String?))
                """
            ).run()
        }
        try await sql.raw(
            """
            INSERT INTO orders (id, store_id, source, external_id, cart_id, items, total_minor, total_currency, discount_codes, paid, \
            placed_at) VALUES ('o1', \(bind: Commerce.store), 'events', 'o1', 'c1', '[]', 12000, 'USD', '[]', 1, \(bind: march2 + 3_600_000))
            """
        ).run()
    }

    /// The figure shown in the KPI card `id`.
    static func kpi(_ html: String, _ id: String) -> String? {
        guard let card = html.range(of: "id=\"kpi-\(id)\"") else { return nil }
        let rest = html[card.upperBound...]
        guard let open = rest.range(of: "<strong>"), let close = rest.range(of: "</strong>") else { return nil }
        return String(rest[open.upperBound..<close.lowerBound])
    }

    static func signedIn(_ app: TestApp) async throws -> DashboardClient {
        var merchant = DashboardClient(app.client)
        let response = try await merchant.signIn(key: Commerce.apiKey)
        #expect(response.headers[.location] == "/dashboard/overview")
        return merchant
    }

    @Test func theOverviewShowsTheRangesCardsAndChart() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            try await Self.seed(app)
            let merchant = try await Self.signedIn(app)
            let response = try await merchant.get("/dashboard/overview?from=2026-03-01&to=2026-03-07")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("<a href=\"/dashboard/overview\" aria-current=\"page\">Overview</a>"))
            #expect(html.contains("<a href=\"/dashboard/inbox\">Inbox</a>"))
            #expect(
                html.contains(#"<label for="range-from">From</label><input type="date" id="range-from" name="from" value="2026-03-01""#))
            #expect(html.contains(#"id="range-to" name="to" value="2026-03-07""#))
            #expect(Self.kpi(html, "revenue-net") == "$120.00")
            #expect(Self.kpi(html, "recovery-rate") == "33.3%")
            #expect(Self.kpi(html, "messages") == "0")
            #expect(Self.kpi(html, "cost") == "$0.00")
            #expect(Self.kpi(html, "opt-out-rate") == "—")  // no messages: no rate, not 0%
            #expect(html.contains("1 of 3 abandoned carts"))
            // One bar per day, the recovered day labelled with its amount; the same in the table.
            #expect(html.components(separatedBy: "<rect ").count - 1 == 7)
            #expect(html.contains("<title>2026-03-02: $120.00</title>"))
            #expect(html.contains("<tr><td>2026-03-02</td><td>$120.00</td><td>1</td>"))
            #expect(html.contains("<tr><td>2026-03-04</td><td>$0.00</td><td>0</td>"))
            #expect(html.contains("role=\"img\""))
            #expect(!html.contains("<script"))

            // A range without the seeded days shows zeros.
            let empty = String(buffer: try await merchant.get("/dashboard/overview?from=2026-04-01&to=2026-04-02").body)
            #expect(Self.kpi(empty, "revenue-net") == "$0.00")
            #expect(Self.kpi(empty, "recovery-rate") == "—")
        }
    }

    @Test func theOverviewsFiguresAreThoseOfTheStatsAPI() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            try await Self.seed(app)
            let merchant = try await Self.signedIn(app)
            let html = String(buffer: try await merchant.get("/dashboard/overview?from=2026-03-02&to=2026-03-03").body)
            // The page's `to` is the last day shown; the API's is exclusive.
            let body = try Commerce.json(try await app.api(.get, "/stats?from=2026-03-02&to=2026-03-04"))
            let totals = try #require(body["totals"] as? [String: Any])
            func money(_ key: String) -> String { DashboardHTML.money(totals[key] as? Int ?? -1, currency: "USD") }
            #expect(Self.kpi(html, "revenue-net") == money("revenue_net"))
            #expect(Self.kpi(html, "recovery-rate") == OverviewPage.percent(totals["recovery_rate"] as? Double))
            #expect(totals["recovery_rate"] as? Double == 0.5)
            #expect(Self.kpi(html, "messages") == "\(totals["messages"] as? Int ?? -1)")
            let cost = (totals["message_cost"] as? Int ?? -1) + (totals["discount_cost"] as? Int ?? -1)
            #expect(Self.kpi(html, "cost") == DashboardHTML.money(cost, currency: "USD"))
            #expect(Self.kpi(html, "opt-out-rate") == OverviewPage.percent(totals["opt_out_rate"] as? Double))
        }
    }

    @Test func withoutARangeItIsTheLast30Days() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let merchant = try await Self.signedIn(app)
            let html = String(buffer: try await merchant.get("/dashboard/overview").body)
            let today = DashboardRange.midnight(app.clock.now())
            #expect(html.contains("name=\"to\" value=\"\(DashboardRange.text(today))\""))
            #expect(html.contains("name=\"from\" value=\"\(DashboardRange.text(today.addingTimeInterval(-29 * 86_400)))\""))
            #expect(html.components(separatedBy: "<rect ").count - 1 == 30)
        }
    }

    @Test(arguments: [
        ("from=yesterday", "from"), ("to=2026-3-1", "to"), ("from=2026-03-05&to=2026-03-01", "to"),
        ("from=2024-01-01&to=2026-03-01", "from"),
    ])
    func aBadRangeIs400NamingTheField(_ query: String, _ field: String) async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let merchant = try await Self.signedIn(app)
            let response = try await merchant.get("/dashboard/overview?\(query)")
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("<p>\(field):"))
        }
    }

    @Test func signedOutTheOverviewSendsYouToSignIn() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await DashboardClient(app.client).get("/dashboard/overview")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/dashboard/login")
        }
    }

    @Test func theFunnelShowsEveryStepAndChannelOfTheStatsAPI() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            try await Self.seed(app)
            let merchant = try await Self.signedIn(app)
            let response = try await merchant.get("/dashboard/funnel?from=2026-03-01&to=2026-03-07")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("<a href=\"/dashboard/funnel\" aria-current=\"page\">Funnel</a>"))
            #expect(html.contains(#"id="range-from" name="from" value="2026-03-01""#))
            for header in ["Sent", "Delivered", "Clicked", "Replied", "Opted out", "Recovered", "Revenue"] {
                #expect(html.contains("<th scope=\"col\">\(header)</th>"))
            }
            for (by, table) in [("step", "by-step"), ("channel", "by-channel")] {
                let body = try Commerce.json(try await app.api(.get, "/stats?from=2026-03-01&to=2026-03-08&by=\(by)"))
                let groups = try #require(body["groups"] as? [[String: Any]])
                #expect(!groups.isEmpty, "\(by)")  // the seeded carts are grouped (under `none` without a message)
                let section = try #require(html.range(of: "id=\"\(table)\"").map { String(html[$0.upperBound...]) })
                let rows = section.components(separatedBy: "</table>")[0]
                #expect(rows.components(separatedBy: "<th scope=\"row\">").count - 1 == groups.count, "\(by)")
                for group in groups {
                    let key = try #require(group["key"] as? String)
                    let label = by == "step" ? (key == "none" ? "no step" : "step \(key)") : key
                    #expect(rows.contains("<th scope=\"row\">\(label)</th>"), "\(by) \(key)")
                    if let net = group["revenue_net"] as? Int {
                        #expect(rows.contains(DashboardHTML.money(net, currency: "USD")), "\(by) \(key)")
                    }
                }
            }
            let empty = String(buffer: try await merchant.get("/dashboard/funnel?from=2026-04-01&to=2026-04-02").body)
            #expect(empty.contains("Nothing in this range."))
            #expect(try await merchant.get("/dashboard/funnel?to=soon").status == .badRequest)
        }
    }

    @Test func experimentsShowTheHoldoutsSentenceWithoutEnoughData() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            try await Self.seed(app)
            let merchant = try await Self.signedIn(app)
            let response = try await merchant.get("/dashboard/experiments?from=2026-03-01&to=2026-03-07")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            let body = try Commerce.json(try await app.api(.get, "/stats?from=2026-03-01&to=2026-03-08"))
            let sentence = try #require((body["holdout"] as? [String: Any])?["sentence"] as? String)
            #expect(sentence.hasPrefix("Not enough data"))
            #expect(html.contains("<p id=\"holdout-sentence\"><strong>\(DashboardHTML.escape(sentence))</strong></p>"))
            #expect(html.contains("<a href=\"/dashboard/experiments\" aria-current=\"page\">Experiments</a>"))
            #expect(html.contains("No A/B test in this range"))
            #expect(try await merchant.get("/dashboard/experiments?from=x").status == .badRequest)
        }
    }

    @Test func experimentFiguresAreFormattedAsSignedPointsAndAmounts() {
        #expect(ExperimentsPage.points(0.025) == "+2.5 pts")
        #expect(ExperimentsPage.points(-0.1) == "-10.0 pts")
        #expect(ExperimentsPage.points(nil) == "—")
        #expect(ExperimentsPage.signed(-150, currency: "USD") == "−$1.50")
    }

    /// With variants and a holdout, each variant's rate, interval and chance of being best, and the
    /// holdout's lift and sentence, as the report has them.
    @Test func experimentsShowEachVariantWithItsInterval() throws {
        let arms = [
            ArmCounts(
                flow: "default", variant: "a", holdout: false, carts: 200, recovered: 40, revenues: Array(repeating: 5_000, count: 40)),
            ArmCounts(
                flow: "default", variant: "b", holdout: false, carts: 200, recovered: 20, revenues: Array(repeating: 5_000, count: 20)),
            ArmCounts(
                flow: "default", variant: nil, holdout: true, carts: 200, recovered: 10, revenues: Array(repeating: 5_000, count: 10)),
        ]
        var random = SeededRandom(seed: StatsService.seed)
        let holdout = HoldoutReport(arms: arms, resamples: 200, using: &random)
        let experiments = ExperimentReport.reports(arms: arms)
        let report = StatsReport(
            range: .init(from: nil, to: nil), currency: "USD", totals: StatsFigures(StatsCounts()), groups: [], holdout: holdout,
            experiments: experiments)
        let range = try DashboardRange(from: "2026-03-01", to: "2026-03-07", now: Date())
        let store = try #require(try Commerce.stores().first)
        let html = ExperimentsPage(store: store, formToken: "t").render(range: range, report: report)
        let a = try #require(experiments.first?.variants.first)
        let interval = try #require(a.interval)
        #expect(html.contains("<h3>Flow default</h3>"))
        #expect(
            html.contains(
                "<tr><th scope=\"row\">a</th><td>200</td><td>40</td><td>20.0%</td><td>"
                    + "\(OverviewPage.percent(interval.low)) to \(OverviewPage.percent(interval.high))</td>"
                    + "<td>\(OverviewPage.percent(a.probabilityBest))</td>"))
        #expect(html.contains("<tr><th scope=\"row\">b</th><td>200</td><td>20</td><td>10.0%</td>"))
        #expect(html.contains("<p id=\"holdout-sentence\"><strong>\(DashboardHTML.escape(holdout.sentence))</strong></p>"))
        #expect(html.contains("<dt>Held out</dt><dd>10 of 200 recovered (5.0%)</dd>"))
        #expect(html.contains("<dt>Lift</dt><dd>\(DashboardHTML.escape(ExperimentsPage.points(holdout.lift))) (95%: "))
        #expect(!html.contains("No A/B test"))
    }
}
