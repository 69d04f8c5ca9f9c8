import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
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
