import Foundation
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

/// Stats correctness on a seeded database whose figures are worked out by hand, on SQLite and PostgreSQL.
///
/// The range is D0 00:00 to D2 00:00 UTC (D0 = 2026-03-01). Twelve carts, store currency USD:
///
/// | cart | contact | abandoned | journey (flow main) | status | order | discount |
/// |---|---|---|---|---|---|---|
/// | c1 | k1 (phone, email) | D0 | variant A | recovered | o1 10,000 paid, credited to m2 | 10% redeemed, subtotal 12,000 → 1,200 |
/// | c2 | k1 | D0 | A | abandoned | | 15% active → 0 |
/// | c3 | k2 (email) | D0 | A | abandoned | | |
/// | c4 | k2 | D0 | B | recovered | o2 5,000 paid, credited to m4 | fixed 8,000 redeemed, subtotal 6,000 → 6,000 |
/// | c5 | k3 (phone) | D0 | B | abandoned | | |
/// | c6 | k3 | D0 | B | abandoned | | |
/// | c7 | k3 | D1 | holdout | recovered | o3 4,000 paid | free shipping redeemed → 0 |
/// | c8 | k3 | D1 | holdout | abandoned | | |
/// | c9 | none | D1 | none | recovered | o5 3,000 paid | |
/// | c10 | none | D1 | none | abandoned | | |
/// | c11 | none | never | none | open | | |
/// | c12 | none | D0 − 1 day (outside) | none | recovered | o4 9,000 paid | |
///
/// Outbound messages (sent time; cost in minor units): m1 c1 sms step 0 A delivered D0+1h 2 USD; m2 c1 email step 1 A
/// delivered D1+1h no cost; m3 c2 sms step 0 A sent D0+2h 2 USD; m4 c4 sms step 0 B delivered D0+3h 2 USD; m5 c5 sms
/// step 0 B delivered D1+2h 2 USD; m6 c6 sms step 0 B blocked, never sent; m7 c3 sms step 0 A delivered D0+4h 3 EUR;
/// m8 c12 sms step 0 delivered D0+5h 2 USD. One inbound text from c1 at D0+2h. Clicks: on m1 D0+1.5h, on m4 D0+4h,
/// on m2 D1+2h, on m8 D0 − 2h (outside). Conversations: k1 escalated at D0+3h, k2 open. Suppressions: an sms
/// opt-out at D1+3h, an email bounce at D1+4h.
///
/// Totals: abandoned 10 (c1–c10), reachable 8 (c1–c8), messaged 5 (c1–c5; c6 only blocked), messages 7 (m1–m5, m7,
/// m8), delivered 6, clicks 3, ctr 3/7, replies 1, escalations 1, opt-outs 1, opt-out rate 1/7, recovered 4 (c1, c4,
/// c7, c9), recovery rate 0.4, revenue gross 22,000, discount cost 7,200, message cost 10 (the EUR message left out),
/// revenue net 22,000 − 7,200 − 10 = 14,790, revenue per message 14,790 / 7 = 2,112.86 → 2,113.
///
/// Holdout: messaged c1–c6 (6 carts, 2 recovered), held out c7–c8 (2 carts, 1 recovered).
/// Experiment `main`: A 3 carts, 1 recovered, net 10,000 − 1,200 − 4 = 8,796; B 3 carts, 1 recovered,
/// net 5,000 − 6,000 − 4 = −1,004.
extension Repositories {
    @Suite struct AnalyticsStoreTests {
        static let d0 = 1_772_323_200_000  // 2026-03-01T00:00:00Z
        static let hour = 3_600_000
        static let day = 86_400_000
        static var from: Date { Date(epochMilliseconds: d0) }
        static var to: Date { Date(epochMilliseconds: d0 + 2 * day) }

        @Test(arguments: TestBackend.enabledCases)
        func totalsMatchTheFiguresWorkedOutByHand(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                try await Self.seed(database.sql)
                let store = SQLAnalyticsStore(database: database.sql)
                let counts = try await store.counts(storeID: "northwind", currency: "usd", from: Self.from, to: Self.to, by: nil)
                #expect(Array(counts.keys) == [""])
                let totals = StatsFigures(try #require(counts[""]))
                #expect(totals.abandoned == 10)
                #expect(totals.reachable == 8)
                #expect(totals.messaged == 5)
                #expect(totals.messages == 7)
                #expect(totals.delivered == 6)
                #expect(totals.clicks == 3)
                #expect(totals.ctr == 3.0 / 7)
                #expect(totals.replies == 1)
                #expect(totals.escalations == 1)
                #expect(totals.optOuts == 1)
                #expect(totals.optOutRate == 1.0 / 7)
                #expect(totals.recovered == 4)
                #expect(totals.recoveryRate == 0.4)
                #expect(totals.revenueGross == 22_000)
                #expect(totals.discountCost == 7_200)
                #expect(totals.messageCost == 10)
                #expect(totals.revenueNet == 14_790)
                #expect(totals.revenuePerMessage == 2_113)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func groupsByStepCreditRecoveriesToTheAttributedMessage(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                try await Self.seed(database.sql)
                let store = SQLAnalyticsStore(database: database.sql)
                let groups = try await store.counts(storeID: "northwind", currency: "USD", from: Self.from, to: Self.to, by: .step)
                #expect(Set(groups.keys) == ["0", "1", "none"])
                // Step 0: m1, m3, m4, m5, m7, m8 (6 sent, 5 delivered, 10 USD), carts c1 c2 c3 c4 c5 c12, clicks on m1 and m4,
                // c4's recovery (5,000, its 6,000 discount).
                #expect(
                    groups["0"]
                        == StatsCounts(
                            messaged: 6, messages: 6, delivered: 5, clicks: 2, recovered: 1, revenueGross: 5_000, discountCost: 6_000,
                            messageCost: 10))
                // Step 1: m2 (delivered, no cost), the click on m2, c1's recovery (10,000, its 1,200 discount).
                #expect(
                    groups["1"]
                        == StatsCounts(
                            messaged: 1, messages: 1, delivered: 1, clicks: 1, recovered: 1, revenueGross: 10_000, discountCost: 1_200,
                            messageCost: 0))
                // Recoveries credited to no message: c7 (4,000) and c9 (3,000).
                #expect(
                    groups["none"]
                        == StatsCounts(
                            messaged: 0, messages: 0, delivered: 0, clicks: 0, recovered: 2, revenueGross: 7_000, discountCost: 0,
                            messageCost: 0))
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func groupsByDayCountEachFigureOnItsOwnDay(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                try await Self.seed(database.sql)
                let store = SQLAnalyticsStore(database: database.sql)
                let groups = try await store.counts(storeID: "northwind", currency: "USD", from: Self.from, to: Self.to, by: .day)
                #expect(Set(groups.keys) == ["2026-03-01", "2026-03-02"])
                let first = try #require(groups["2026-03-01"])
                let second = try #require(groups["2026-03-02"])
                // D0: c1–c6 abandoned, c1–c5 messaged, c1 and c4 recovered; m1 m3 m4 m7 m8 sent (8 USD); clicks on m1, m4.
                #expect(first.abandoned == 6 && first.reachable == 6 && first.messaged == 5 && first.recovered == 2)
                #expect(first.revenueGross == 15_000 && first.discountCost == 7_200)
                #expect(first.messages == 5 && first.delivered == 4 && first.messageCost == 8 && first.clicks == 2)
                #expect(first.replies == 1 && first.escalations == 1 && first.optOuts == 0)
                // D1: c7–c10 abandoned, c7 c8 reachable, c7 and c9 recovered; m2 m5 sent (2 USD); the click on m2; the opt-out.
                #expect(second.abandoned == 4 && second.reachable == 2 && second.messaged == 0 && second.recovered == 2)
                #expect(second.revenueGross == 7_000 && second.discountCost == 0)
                #expect(second.messages == 2 && second.delivered == 2 && second.messageCost == 2 && second.clicks == 1)
                #expect(second.replies == 0 && second.escalations == 0 && second.optOuts == 1)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func groupsByVariantAndChannel(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                try await Self.seed(database.sql)
                let store = SQLAnalyticsStore(database: database.sql)
                let variants = try await store.counts(storeID: "northwind", currency: "USD", from: Self.from, to: Self.to, by: .variant)
                // A: c1 c2 c3; messages m1 m2 m3 m7; clicks on m1 m2; the reply from c1. B: c4 c5 c6; m4 m5; the click on m4.
                // none: c7–c10 (holdout journeys have no variant, c9 c10 none); m8.
                #expect(variants["A"]?.abandoned == 3 && variants["A"]?.messages == 4 && variants["A"]?.clicks == 2)
                #expect(variants["A"]?.replies == 1 && variants["A"]?.recovered == 1 && variants["A"]?.messageCost == 4)
                #expect(variants["B"]?.abandoned == 3 && variants["B"]?.messages == 2 && variants["B"]?.recovered == 1)
                #expect(variants["none"]?.abandoned == 4 && variants["none"]?.messages == 1 && variants["none"]?.recovered == 2)
                #expect(variants["A"]?.optOuts == nil)
                let channels = try await store.counts(storeID: "northwind", currency: "USD", from: Self.from, to: Self.to, by: .channel)
                #expect(channels["sms"]?.messages == 6 && channels["sms"]?.optOuts == 1 && channels["sms"]?.replies == 1)
                #expect(channels["email"]?.messages == 1 && channels["email"]?.recovered == 1 && channels["email"]?.revenueGross == 10_000)
                #expect(channels["sms"]?.abandoned == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func armsGiveTheHoldoutAndTheExperiment(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                try await Self.seed(database.sql)
                let arms = try await SQLAnalyticsStore(database: database.sql)
                    .arms(storeID: "northwind", currency: "USD", from: Self.from, to: Self.to)
                #expect(
                    arms == [
                        ArmCounts(
                            flow: "main", variant: nil, holdout: true, carts: 2, recovered: 1, revenues: [4_000], messageCost: 0,
                            discountCost: 0),
                        ArmCounts(
                            flow: "main", variant: "A", holdout: false, carts: 3, recovered: 1, revenues: [10_000], messageCost: 4,
                            discountCost: 1_200),
                        ArmCounts(
                            flow: "main", variant: "B", holdout: false, carts: 3, recovered: 1, revenues: [5_000], messageCost: 4,
                            discountCost: 6_000),
                    ])
                var random = SeededRandom(seed: 20)
                let holdout = HoldoutReport(arms: arms, resamples: 200, using: &random)
                #expect(holdout.treated.carts == 6 && holdout.treated.recovered == 2)
                #expect(holdout.control.carts == 2 && holdout.control.recovered == 1)
                // Newcombe for 2/6 − 1/2: −0.6361 to 0.3800.
                let interval = try #require(holdout.interval)
                #expect(abs(interval.low - -0.6361) < 0.0001 && abs(interval.high - 0.3800) < 0.0001)
                #expect(holdout.enoughData == false)
                // Revenue per cart: 15,000 / 6 − 4,000 / 2 = 500.
                #expect(holdout.revenuePerCart?.lift == 500)
                let experiment = try #require(ExperimentReport.reports(arms: arms).first)
                #expect(experiment.variants.map(\.name) == ["A", "B"])
                #expect(experiment.variants.map(\.revenueNet) == [8_796, -1_004])
                let third: Double? = 1.0 / 3
                #expect(experiment.variants.map(\.rate) == [third, third])
                #expect(abs((experiment.probabilityBest["A"] ?? 0) - 0.5) < 0.001)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func anEmptyRangeHasZeroTotals(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                try await Self.seed(database.sql)
                let counts = try await SQLAnalyticsStore(database: database.sql)
                    .counts(storeID: "northwind", currency: "USD", from: Self.to, to: nil, by: nil)
                let totals = StatsFigures(try #require(counts[""]))
                #expect(totals.abandoned == 0 && totals.messages == 0 && totals.revenueNet == 0)
                #expect(totals.recoveryRate == nil && totals.revenuePerMessage == nil)
                let other = try await SQLAnalyticsStore(database: database.sql)
                    .counts(storeID: "other", currency: "USD", from: nil, to: nil, by: .step)
                #expect(other.isEmpty)
            }
        }

        /// Inserts one row; `nil` values are SQL NULL.
        static func insert(
            _ db: any SQLDatabase, _ table: String, _ values: KeyValuePairs<String, (any Encodable & Sendable)?>
        )
            async throws
        {
            try await db.insert(into: table).columns(values.map(\.key))
                .values(values.map { $0.value.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null }).run()
        }

        /// The twelve carts of the table above and everything around them.
        static func seed(_ db: any SQLDatabase) async throws {
            let (d0, h, d) = (Self.d0, Self.hour, Self.day)
            for (id, phone, email) in [
                ("k1", "+13055550101", "k1@example.com"), ("k2", nil, "k2@example.com"), ("k3", "+13055550103", nil),
            ] {
                try await insert(
                    db, "contacts", ["id": id, "store_id": "northwind", "phone": phone, "email": email, "created_at": d0, "updated_at": d0])
            }
            let carts: [(String, String?, Int?, String, String?, Int)] = [
                ("c1", "k1", d0, "recovered", "o1", 12_000), ("c2", "k1", d0, "abandoned", nil, 5_000),
                ("c3", "k2", d0, "abandoned", nil, 5_000), ("c4", "k2", d0, "recovered", "o2", 6_000),
                ("c5", "k3", d0, "abandoned", nil, 5_000), ("c6", "k3", d0, "abandoned", nil, 5_000),
                ("c7", "k3", d0 + d, "recovered", "o3", 5_000), ("c8", "k3", d0 + d, "abandoned", nil, 5_000),
                ("c9", nil, d0 + d, "recovered", "o5", 5_000), ("c10", nil, d0 + d, "abandoned", nil, 5_000),
                ("c11", nil, nil, "open", nil, 5_000), ("c12", nil, d0 - d, "recovered", "o4", 5_000),
            ]
            for (id, contact, abandoned, status, order, subtotal) in carts {
                try await insert(
                    db, "carts",
                    [
                        "id": id, "store_id": "northwind", "source": "shopify", "external_id": id, "contact_id": contact, "items": "[]",
                        "subtotal_minor": subtotal, "subtotal_currency": "usd", "status": status, "last_activity_at": d0 - d,
                        "abandoned_at": abandoned, "recovered_order_id": order, "created_at": d0 - d, "updated_at": d0,
                    ])
            }
            for (cart, variant, holdout) in [
                ("c1", "A", 0), ("c2", "A", 0), ("c3", "A", 0), ("c4", "B", 0), ("c5", "B", 0), ("c6", "B", 0), ("c7", nil, 1),
                ("c8", nil, 1),
            ] as [(String, String?, Int)] {
                try await insert(
                    db, "journeys",
                    [
                        "id": "j\(cart)", "store_id": "northwind", "cart_id": cart, "flow_name": "main", "variant": variant,
                        "holdout": holdout,
                        "state": "active", "next_step": 0, "started_at": d0, "updated_at": d0,
                    ])
            }
            let messages: [(String, String, String?, String, Int, String, Int?, Int?, String?)] = [
                ("m1", "c1", "A", "sms", 0, "delivered", d0 + h, 2, "USD"),
                ("m2", "c1", "A", "email", 1, "delivered", d0 + d + h, nil, nil),
                ("m3", "c2", "A", "sms", 0, "sent", d0 + 2 * h, 2, "USD"), ("m4", "c4", "B", "sms", 0, "delivered", d0 + 3 * h, 2, "USD"),
                ("m5", "c5", "B", "sms", 0, "delivered", d0 + d + 2 * h, 2, "USD"), ("m6", "c6", "B", "sms", 0, "blocked", nil, nil, nil),
                ("m7", "c3", "A", "sms", 0, "delivered", d0 + 4 * h, 3, "EUR"),
                ("m8", "c12", nil, "sms", 0, "delivered", d0 + 5 * h, 2, "usd"),
            ]
            for (id, cart, variant, channel, step, status, sent, cost, currency) in messages {
                try await insert(
                    db, "messages",
                    [
                        "id": id, "store_id": "northwind", "journey_id": cart == "c12" ? nil : "j\(cart)", "cart_id": cart,
                        "channel": channel,
                        "direction": "outbound", "step": step, "address": "a", "body": "b", "status": status, "cost_minor": cost,
                        "cost_currency": currency, "variant": variant, "created_at": d0, "sent_at": sent, "updated_at": d0,
                    ])
            }
            try await insert(
                db, "messages",
                [
                    "id": "in1", "store_id": "northwind", "cart_id": "c1", "channel": "sms", "direction": "inbound", "address": "a",
                    "body": "is it in stock?", "status": "received", "created_at": d0 + 2 * h, "updated_at": d0 + 2 * h,
                ])
            for (id, cart, total, message) in [
                ("o1", "c1", 10_000, "m2"), ("o2", "c4", 5_000, "m4"), ("o3", "c7", 4_000, nil), ("o4", "c12", 9_000, nil),
                ("o5", "c9", 3_000, nil),
            ] as [(String, String, Int, String?)] {
                try await insert(
                    db, "orders",
                    [
                        "id": id, "store_id": "northwind", "source": "shopify", "external_id": id, "cart_id": cart, "items": "[]",
                        "total_minor": total, "total_currency": "USD", "discount_codes": "[]", "paid": 1, "placed_at": d0 + d,
                        "attributed_message_id": message,
                    ])
            }
            for (cart, type, value, status) in [
                ("c1", "percent", 10, "redeemed"), ("c2", "percent", 15, "active"), ("c4", "fixed_amount", 8_000, "redeemed"),
                ("c7", "free_shipping", 0, "redeemed"),
            ] {
                try await insert(
                    db, "discounts",
                    [
                        "id": "d\(cart)", "store_id": "northwind", "cart_id": cart, "code": "CODE\(cart)", "type": type, "value": value,
                        "tier": 0, "expires_at": d0 + 3 * d, "status": status, "created_at": d0,
                    ])
            }
            for (token, message, cart, at) in [
                ("t1", "m1", "c1", d0 + 3 * h / 2), ("t2", "m4", "c4", d0 + 4 * h), ("t3", "m2", "c1", d0 + d + 2 * h),
                ("t4", "m8", "c12", d0 - 2 * h),
            ] {
                try await insert(
                    db, "tracked_links",
                    [
                        "token": token, "store_id": "northwind", "message_id": message, "cart_id": cart, "target_url": "https://shop",
                        "created_at": d0,
                    ])
                try await insert(
                    db, "clicks",
                    [
                        "id": "click\(token)", "store_id": "northwind", "token": token, "message_id": message, "cart_id": cart,
                        "clicked_at": at,
                    ])
            }
            for (id, contact, status) in [("v1", "k1", "escalated"), ("v2", "k2", "open")] {
                try await insert(
                    db, "conversations",
                    [
                        "id": id, "store_id": "northwind", "contact_id": contact, "status": status, "updated_at": d0 + 3 * h,
                        "created_at": d0,
                    ])
            }
            for (channel, hash, reason, at) in [("sms", "h1", "opted_out", d0 + d + 3 * h), ("email", "h2", "hard_bounce", d0 + d + 4 * h)]
            {
                try await insert(
                    db, "suppressions",
                    ["store_id": "northwind", "channel": channel, "address_hash": hash, "reason": reason, "created_at": at])
            }
        }
    }
}
