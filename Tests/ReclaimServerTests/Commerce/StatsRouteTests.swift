import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import SQLKit
import Testing

@testable import ReclaimServer

/// `GET /api/v1/stores/{store}/stats?from=&to=&by=`: CONTRACT.md's shape and its parameters.
@Suite struct StatsRouteTests {
    @Test func theBodyHasTheContractShapeBesideTheEarlierCounts() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.api(.get, "/stats?from=2026-03-01&to=2026-03-08T00:00:00Z&by=day")
            #expect(response.status == .ok)
            let body = try Commerce.json(response)
            #expect(body["currency"] as? String == "USD")
            #expect((body["range"] as? [String: Any])?.keys.sorted() == ["from", "to"])
            let totals = try #require(body["totals"] as? [String: Any])
            let figures = [
                "abandoned", "reachable", "messaged", "messages", "delivered", "clicks", "ctr", "replies", "escalations", "opt_outs",
                "opt_out_rate", "recovered", "recovery_rate", "revenue_gross", "discount_cost", "revenue_net", "message_cost",
                "revenue_per_message",
            ]
            #expect(Set(totals.keys) == Set(figures))
            #expect(totals["abandoned"] as? Int == 0)
            #expect(totals["recovery_rate"] is NSNull)
            #expect(body["groups"] as? [Any] != nil)
            let holdout = try #require(body["holdout"] as? [String: Any])
            #expect(holdout["enough_data"] as? Bool == false)
            #expect((holdout["sentence"] as? String)?.hasPrefix("Not enough data") == true)
            #expect(body["experiments"] as? [Any] != nil)
            // The earlier raw counts stay for existing readers.
            #expect((body["carts"] as? [String: Any])?["total"] as? Int == 0)
        }
    }

    /// A group is its key beside the FIGURES, flat: `{"key": "2026-03-01", "abandoned": 1, …}`.
    @Test func aGroupIsItsKeyBesideItsFigures() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let abandoned = 1_772_359_200_000  // 2026-03-01T10:00:00Z
            try await app.dependencies.database.sql.raw(
                """
                INSERT INTO carts (id, store_id, source, external_id, items, subtotal_minor, subtotal_currency, status, \
                last_activity_at, abandoned_at, created_at, updated_at) VALUES ('c1', \(bind: Commerce.store), 'events', 'c1', '[]', \
                5000, 'USD', 'abandoned', \(bind: abandoned), \(bind: abandoned), \(bind: abandoned), \(bind: abandoned))
                """
            ).run()
            let body = try Commerce.json(try await app.api(.get, "/stats?from=2026-03-01&to=2026-03-03&by=day"))
            let groups = try #require(body["groups"] as? [[String: Any]])
            #expect(groups.count == 1)
            #expect(groups.first?["key"] as? String == "2026-03-01")
            #expect(groups.first?["abandoned"] as? Int == 1)
            #expect(groups.first?["recovery_rate"] as? Double == 0)
            #expect((body["totals"] as? [String: Any])?["abandoned"] as? Int == 1)
        }
    }

    @Test(arguments: ["step", "channel", "variant", "segment", "day"])
    func everyGroupingIsAccepted(_ by: String) async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            #expect(try await app.api(.get, "/stats?by=\(by)").status == .ok)
        }
    }

    @Test(arguments: [
        ("/stats?by=week", "by"), ("/stats?by=STEP", "by"), ("/stats?from=yesterday", "from"), ("/stats?to=soon", "to"),
        ("/stats?from=2026-03-02&to=2026-03-01", "to"), ("/stats?from=2026-03-01&to=2026-03-01", "to"),
    ])
    func badParametersAre400NamingTheParameter(_ path: String, _ parameter: String) async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.api(.get, path)
            #expect(response.status == .badRequest)
            let error = try #require(try Commerce.json(response)["error"] as? [String: String])
            #expect(error["message"]?.hasPrefix("\(parameter):") == true)
        }
    }

    @Test func groupsComeInKeyOrder() {
        #expect(["none", "10", "2", "0"].sorted(by: StatsService.precedes) == ["0", "2", "10", "none"])
        #expect(["sms", "none", "email"].sorted(by: StatsService.precedes) == ["email", "sms", "none"])
    }
}
