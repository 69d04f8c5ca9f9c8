import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// Shopify retries consent webhooks for 48 hours; a retried or re-synced `subscribed` / `confirmed_opt_in`
/// after a STOP must not re-enable texting (issue 16 item 1).
@Suite struct ShopifyConsentReplayTests {
    static let phone = "+13125550142"
    static let topic = "customers_marketing_consent/update"

    /// A `customers_marketing_consent/update` body: subscribed, confirmed opt-in, updated at `updatedAt`.
    static func subscribed(at updatedAt: Date) throws -> Data {
        try JSONSerialization.data(withJSONObject: [
            "id": 706_405_506_930_370_084, "phone": Self.phone,
            "sms_marketing_consent": [
                "state": "subscribed", "opt_in_level": "confirmed_opt_in",
                "consent_updated_at": Commerce.iso(updatedAt), "consent_collected_from": "OTHER",
            ],
        ])
    }

    func isSuppressed(_ app: TestApp) async throws -> Bool {
        try await app.dependencies.repositories.suppressions.list(storeID: Commerce.store, channel: .sms)
            .contains { $0.address == Self.phone && $0.reason == .optedOut }
    }

    @Test func aRetriedConfirmedOptInAfterAStopKeepsTheOptOut() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            // Given a confirmed opt-in on Shopify ten minutes ago
            let consented = clock.now().addingTimeInterval(-600)
            #expect(try await app.shopify(Self.topic, try Self.subscribed(at: consented), webhookID: "wh-1").status == .ok)
            try await app.runJobs()
            let history = try await app.dependencies.repositories.consent.history(
                storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(history.map(\.kind) == [.doubleOptIn])
            // and a STOP by text now
            _ = try await ConsentLedger(repositories: app.dependencies.repositories).optOut(
                store: Commerce.store, e164: Self.phone, contactID: nil, key: "SMstop", detail: "stop keyword",
                now: clock.now())
            #expect(try await self.isSuppressed(app))

            // When Shopify delivers the same consent again (same consent_updated_at), then an older one
            clock.advance(by: 3600)
            #expect(try await app.shopify(Self.topic, try Self.subscribed(at: consented), webhookID: "wh-2").status == .ok)
            #expect(
                try await app.shopify(
                    Self.topic, try Self.subscribed(at: consented.addingTimeInterval(-86_400)), webhookID: "wh-3"
                ).status == .ok)
            try await app.runJobs()

            // Then the number stays opted out
            #expect(try await self.isSuppressed(app))
            let latest = try await app.dependencies.repositories.consent.latest(
                storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(latest?.kind == .revoked)
        }
    }

    @Test func aConfirmedOptInMadeAfterTheStopLiftsIt() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            _ = try await ConsentLedger(repositories: app.dependencies.repositories).optOut(
                store: Commerce.store, e164: Self.phone, contactID: nil, key: "SMstop", detail: "stop keyword",
                now: clock.now())
            clock.advance(by: 600)
            let resubscribed = clock.now().addingTimeInterval(-60)
            #expect(try await app.shopify(Self.topic, try Self.subscribed(at: resubscribed), webhookID: "wh-1").status == .ok)
            try await app.runJobs()
            #expect(try await !self.isSuppressed(app))
        }
    }
}
