import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// Issue 18 acceptance: a store configured only as a Shopify store texts a shopper who ticked the
/// checkout's SMS box, from signed Shopify webhooks alone; without `consent.platform_disclosure` the
/// same run sends nothing and the cart says why.
@Suite struct PlatformConsentAcceptanceTests {
    /// Wednesday 2026-11-18 14:00 in Chicago: inside every sending window for a 312 number.
    static let afternoon = ISO8601DateFormatter().date(from: "2026-11-18T20:00:00Z")!
    static let phone = "+13125550101"
    static let wording =
        "By checking this box, you agree to receive recurring automated marketing texts (e.g. cart reminders) from "
        + "Summit Outfitters at the number provided. Consent is not a condition of purchase. Msg frequency varies. "
        + "Msg & data rates may apply. Reply HELP for help and STOP to cancel."

    static func store(wording: String?) -> String {
        var yaml = """
                shopify: { secret: "\(Commerce.shopifySecret)", shop_domain: "summit.myshopify.com" }
                abandonment: { idle: 1s }
                flows:
                  - name: short
                    default: true
                    steps:
                      - { delay: 2s, channel: sms }
            """
        if let wording { yaml += "\n    consent: { platform_disclosure: \"\(wording)\" }" }
        return yaml
    }

    /// The reference `checkouts/create` payload at `now`, with the shopper's SMS consent as Shopify sends it
    /// when the box is ticked in Shopify Checkout.
    static func checkout(now: Date, updated: Date? = nil, consentedAt: Date?) throws -> Data {
        let data = try Commerce.fixture("shopify/webhook_checkouts_create.sample.2026-07.json")
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["created_at"] = Commerce.iso(now)
        object["updated_at"] = Commerce.iso(updated ?? now)
        object["phone"] = Self.phone
        object["sms_marketing_phone"] = Self.phone
        object["buyer_accepts_sms_marketing"] = true
        var customer = object["customer"] as? [String: Any] ?? [:]
        customer["phone"] = Self.phone
        if let consentedAt {
            customer["sms_marketing_consent"] = [
                "state": "subscribed", "opt_in_level": "single_opt_in", "consent_updated_at": Commerce.iso(consentedAt),
                "consent_collected_from": "SHOPIFY",
            ]
        }
        object["customer"] = customer
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    func run(wording: String?, _ body: @Sendable @escaping (TestApp, FakeTwilio) async throws -> Void) async throws {
        let clock = TestClock(Self.afternoon)
        try await withTestApp(twilioFaults: [], twilioOnSystemClock: true, clock: clock, extra: Self.store(wording: wording)) {
            app, twilio in
            let consentedAt = Self.afternoon.addingTimeInterval(-120)
            let checkout = try Self.checkout(now: Self.afternoon.addingTimeInterval(-60), consentedAt: consentedAt)
            #expect(try await app.shopify("checkouts/create", checkout, webhookID: "wh-create").status == .ok)
            // Shopify sends the same checkout again (an update, a retry): the consent is recorded once.
            #expect(try await app.shopify("checkouts/update", checkout, webhookID: "wh-update").status == .ok)
            try await app.runJobs()
            try await app.advanceAndRun(1.5)  // abandoned; the journey starts
            try await app.advanceAndRun(2.5)  // the text is due
            try await body(app, twilio)
        }
    }

    @Test func aShopifyStoreWithItsWordingTextsTheShopperWhoTickedTheBox() async throws {
        try await self.run(wording: Self.wording) { app, twilio in
            let texts = await twilio.messages
            try #require(texts.count == 1)
            #expect(texts[0].to == Self.phone)
            #expect(texts[0].body.contains("Summit Outfitters"))
            let history = try await app.dependencies.repositories.consent.history(
                storeID: Commerce.store, channel: .sms, address: Self.phone)
            try #require(history.count == 1)
            #expect(history[0].kind == .expressWritten)
            #expect(history[0].source == .platformWebhook)
            #expect(history[0].sourceDetail == "shopify:shopify")  // consent_collected_from: SHOPIFY
            #expect(history[0].disclosureText == Self.wording)
            // The platform's own time, not the arrival.
            #expect(history[0].occurredAt == Self.afternoon.addingTimeInterval(-120))
        }
    }

    @Test func withoutTheWordingNothingGoesOutAndTheCartSaysWhy() async throws {
        try await self.run(wording: nil) { app, twilio in
            #expect(await twilio.messages.isEmpty)
            let history = try await app.dependencies.repositories.consent.history(
                storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(history.map(\.kind) == [.singleOptIn])
            #expect(history.first?.disclosureText == nil)
            let response = try await app.api(.get, "/carts/123123123")
            #expect(response.status == .ok)
            #expect(
                String(buffer: response.body).contains("consent from shopify has no disclosure wording: set consent.platform_disclosure"))
            let policy = try await app.api(.post, "/policy/check", json: ["phone": Self.phone, "channel": "sms"])
            #expect(String(buffer: policy.body).contains("consent from shopify has no disclosure wording"))
        }
    }

    @Test func theStoreReadinessNamesTheMissingWording() throws {
        let twilio = FakeTwilio(faults: [])
        let without = try ChannelsFixture.stores(twilioBase: "http://127.0.0.1:9", twilio: twilio, extra: Self.store(wording: nil))[0]
        #expect(StoreReadiness(without).problems.map(\.key) == ["consent.platform_disclosure"])
        #expect(StoreReadiness(without).problems.first?.message.contains("consent from shopify has no disclosure wording") == true)
        let with = try ChannelsFixture.stores(twilioBase: "http://127.0.0.1:9", twilio: twilio, extra: Self.store(wording: Self.wording))[0]
        #expect(StoreReadiness(with).problems.isEmpty)
    }

    @Test(arguments: [true, false])
    func theDashboardShowsTheBannerUntilTheWordingIsSet(configured: Bool) async throws {
        try await withTestApp(twilioFaults: [], extra: Self.store(wording: configured ? Self.wording : nil)) { app, _ in
            var merchant = DashboardClient(app.client)
            #expect(try await merchant.signIn(key: Commerce.apiKey).status == .seeOther)
            let page = String(buffer: try await merchant.get("/dashboard/inbox").body)
            #expect(page.contains("consent from shopify has no disclosure wording") == !configured)
        }
    }

    @Test func startUpWarnsOnceForEachStoreThatIsNotReady() throws {
        let records = InboundLogRedactionTests.Records()
        var logger = Logger(label: "startup") { _ in InboundLogRedactionTests.RecordingHandler(records: records) }
        logger.logLevel = .trace
        let configuration = try ConfigurationLoader(environment: [:]).parse(
            """
            stores:
              - { id: plain, name: Plain Shop, shopify: { secret: s1 } }
              - { id: worded, name: Summit Outfitters, shopify: { secret: s2 }, consent: { platform_disclosure: "\(Self.wording)" } }
              - { id: events, name: Events Only }
            """)
        warnAboutReadiness(configuration, logger: logger)
        #expect(records.all.count == 1)
        #expect(records.all.first?.contains("consent from shopify has no disclosure wording") == true)
        #expect(records.all.first?.contains("plain") == true)
    }

    @Test func aCheckoutEditedAfterAStopIsNoNewConsent() async throws {
        let clock = TestClock(Self.afternoon)
        try await withTestApp(twilioFaults: [], twilioOnSystemClock: true, clock: clock, extra: Self.store(wording: Self.wording)) {
            app, _ in
            // The box ticked on a checkout created ten minutes ago (no customer consent object: no time of its own)
            let created = Self.afternoon.addingTimeInterval(-600)
            #expect(try await app.shopify("checkouts/create", try Self.checkout(now: created, consentedAt: nil)).status == .ok)
            try await app.runJobs()
            // then a STOP
            _ = try await ConsentLedger(repositories: app.dependencies.repositories).optOut(
                store: Commerce.store, e164: Self.phone, contactID: nil, key: "SMstop", detail: "stop keyword", now: clock.now())
            // then the shopper edits the checkout: a later updated_at, the box still ticked
            clock.advance(by: 600)
            let edited = try Self.checkout(now: created, updated: clock.now(), consentedAt: nil)
            #expect(try await app.shopify("checkouts/update", edited).status == .ok)
            try await app.runJobs()
            let suppressions = try await app.dependencies.repositories.suppressions.list(storeID: Commerce.store, channel: .sms)
            #expect(suppressions.contains { $0.address == Self.phone && $0.reason == .optedOut })
            let latest = try await app.dependencies.repositories.consent.latest(storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(latest?.kind == .revoked)
        }
    }
}
