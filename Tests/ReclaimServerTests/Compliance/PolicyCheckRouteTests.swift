import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimServer
import ReclaimStore
import Testing

/// `POST /api/v1/stores/{store}/policy/check`: the acceptance cases, the contract's shape, input
/// errors, the API key, and the defaults taken from the database.
@Suite struct PolicyCheckRouteTests {
    static var miami: [String: Any] {
        [
            "phone": "+13055550123", "address": NSNull(), "at": "2026-11-23T12:30:00Z", "channel": "sms",
            "consent": "express_written", "sent_last_24h": 0, "cart_sms_within_48h": false,
        ]
    }
    // 2026-12-01 is a Tuesday; 21:00Z is 15:00 in Chicago.
    static var chicago: [String: Any] {
        [
            "phone": "+13125550123", "address": ["country": "US", "province": "IL", "city": "Chicago", "zip": "60601"],
            "at": "2026-12-01T21:00:00Z", "channel": "sms", "consent": "express_written", "sent_last_24h": 0,
            "cart_sms_within_48h": false,
        ]
    }

    @Test func miamiAtSevenThirtyDefersUntilNineLocalNamingFlorida() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let answer = try await app.client.policyCheck(Self.miami)
            #expect(answer["decision"] as? String == "defer")
            #expect(answer["until"] as? String == "2026-11-23T14:00:00Z")
            #expect(answer["until_local"] as? String == "2026-11-23T09:00:00-05:00")
            #expect((answer["time_zones"] as? [String])?.contains("America/New_York") == true)
            #expect((answer["jurisdictions"] as? [String])?.contains("US-FL") == true)
            let reasons = try #require(answer["reasons"] as? [[String: String]])
            #expect(reasons.contains { $0["message"]?.contains("Florida") == true })
            #expect(reasons.allSatisfy { $0["code"] != nil && $0["message"] != nil })
        }
    }

    @Test func chicagoTuesdayAfternoonWithExpressWrittenConsentSends() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let answer = try await app.client.policyCheck(Self.chicago)
            #expect(answer["decision"] as? String == "send")
            #expect(answer["until"] is NSNull)
            #expect(answer["until_local"] is NSNull)
            #expect((answer["reasons"] as? [Any])?.isEmpty == true)
            #expect(answer["time_zones"] as? [String] == ["America/Chicago"])
        }
    }

    @Test(arguments: ["none", "revoked"])
    func consentNoneOrRevokedBlocks(consent: String) async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            var request = Self.chicago
            request["consent"] = consent
            let answer = try await app.client.policyCheck(request)
            #expect(answer["decision"] as? String == "block")
            let codes = (answer["reasons"] as? [[String: String]])?.compactMap { $0["code"] } ?? []
            #expect(codes.contains(consent == "none" ? "consent_missing" : "consent_revoked"))
        }
    }

    @Test func missingOrMalformedInputIs400NamingTheField() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            var request = Self.chicago
            request["phone"] = nil
            for (json, field) in [
                (request, "phone"), (Self.chicago.merging(["phone": "not a phone"]) { $1 }, "phone"),
                (Self.chicago.merging(["at": "tomorrow"]) { $1 }, "at"),
                (Self.chicago.merging(["channel": "fax"]) { $1 }, "channel"),
                (Self.chicago.merging(["consent": "maybe"]) { $1 }, "consent"),
            ] {
                let response = try await app.client.postAPI("policy/check", json)
                #expect(response.status == .badRequest)
                let error = response.jsonObject["error"] as? [String: String]
                #expect(error?["message"]?.hasPrefix("\(field):") == true, "\(field): \(response.text)")
            }
        }
    }

    @Test func anAPIKeyIsRequired() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let missing = try await app.client.postAPI("policy/check", Self.chicago, key: nil)
            let wrong = try await app.client.postAPI("policy/check", Self.chicago, key: "wrong")
            #expect(missing.status == .unauthorized)
            #expect(wrong.status == .unauthorized)
        }
    }

    @Test func suppressionWinsOverAConsentClaimedInTheRequest() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            _ = try await app.repositories.suppressions.add(
                Suppression(
                    storeID: ComplianceFixture.storeID, channel: .sms, address: "+13125550123",
                    addressHash: AddressHash.of("+13125550123", channel: .sms), reason: .optedOut, createdAt: Date()))
            let answer = try await app.client.policyCheck(Self.chicago)
            #expect(answer["decision"] as? String == "block")
            let codes = (answer["reasons"] as? [[String: String]])?.compactMap { $0["code"] } ?? []
            #expect(codes.contains("suppressed_opted_out"))
        }
    }

    @Test func consentDefaultsToTheLatestRecord() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            let phone = "+13125550144"
            #expect(try await app.client.decision(phone) == "block")  // nothing on record
            _ = try await app.repositories.consent.append(ComplianceFixture.grant(phone, at: clock.now()))
            #expect(try await app.client.decision(phone) == "send")
            var revoked = ComplianceFixture.grant(phone, at: clock.now().addingTimeInterval(60), kind: .revoked)
            revoked.disclosureText = nil
            _ = try await app.repositories.consent.append(revoked)
            let answer = try await app.client.policyCheck(["phone": phone, "at": "2026-12-01T19:00:00Z"])
            #expect(answer["decision"] as? String == "block")
            #expect(answer["consent"] as? String == "revoked")
            #expect(answer["consent_basis"] as? String == "recorded")
        }
    }

    @Test func textsOnRecordCountTowardFloridasCap() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let at = try #require(ISO8601DateFormatter().date(from: "2026-12-01T18:00:00Z"))  // 13:00 in Miami
            for hour in 1...3 {
                let sent = at.addingTimeInterval(Double(-hour) * 3600)
                _ = try await app.repositories.messages.insertOutbound(
                    Message(
                        id: "msg_\(hour)", storeID: ComplianceFixture.storeID, channel: .sms, direction: .outbound,
                        address: "+13055550123", body: "Your cart", status: .sent, idempotencyKey: "k\(hour)",
                        createdAt: sent, updatedAt: sent))
            }
            let answer = try await app.client.policyCheck([
                "phone": "+13055550123", "at": "2026-12-01T18:00:00Z", "consent": "express_written",
            ])
            #expect(answer["decision"] as? String == "defer")
            let codes = (answer["reasons"] as? [[String: String]])?.compactMap { $0["code"] } ?? []
            #expect(codes.contains("state_cap_fl"))
            #expect(answer["until"] is String)
        }
    }

    @Test func openAPIDescribesTheComplianceRoutes() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let document = try await app.client.execute(uri: "/openapi.json", method: .get).jsonObject
            let paths = try #require(document["paths"] as? [String: Any])
            for path in [
                "/api/v1/stores/{store}/policy/check", "/api/v1/stores/{store}/consents/export.csv",
                "/api/v1/stores/{store}/contacts/erase", "/webhooks/twilio/{store}/inbound",
            ] {
                #expect(paths[path] != nil, "\(path)")
            }
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            #expect(schemas?["PolicyCheckResponse"] != nil)
        }
    }
}
