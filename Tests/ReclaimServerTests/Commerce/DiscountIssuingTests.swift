import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimAssistant
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// Issue 19: a Shopify cart through an escalating flow against the stand-in Admin GraphQL API. Codes exist on the
/// platform before the email that carries them, with their limits; the higher tier deactivates the lower one; a 502
/// is retried and no email goes out with a missing code; an order webhook marks the code used; codes expire.
@Suite struct DiscountIssuingTests {
    /// Wednesday 2026-11-18 14:00 in Chicago.
    static let afternoon = ISO8601DateFormatter().date(from: "2026-11-18T20:00:00Z")!
    static let checkout = "shopify/webhook_checkouts_create.sample.2026-07.json"
    static let order = "shopify/webhook_orders_create.sample.2026-07.json"

    static func extra(shopifyBase: String, token: String) -> String {
        """
            shopify: { secret: "\(Commerce.shopifySecret)", shop_domain: "summit.myshopify.com", admin_token: "\(token)", api_base_url: "\(shopifyBase)" }
            abandonment: { idle: 1s }
            flows:
              - name: ladder
                default: true
                steps:
                  - { delay: 2s, channel: email }
                  - { delay: 4s, channel: email, discount: { type: percent, value: 10, expires: 48h, min_subtotal: 50 } }
                  - { delay: 24h, channel: email, discount: { type: percent, value: 15, expires: 48h } }
        """
    }

    func withShopifyApp(
        backend: TestBackend = .sqlite, _ body: @Sendable @escaping (TestApp, FakeShopifyAdmin) async throws -> Void
    ) async throws {
        let shopify = FakeShopifyAdmin()
        let clock = TestClock(Self.afternoon)
        try await LocalHTTPServer.run(shopify.makeRouter) { shopifyBase in
            let twilio = FakeTwilio(faults: [])
            try await LocalHTTPServer.run(twilio.makeRouter) { twilioBase in
                let stores = try ChannelsFixture.stores(
                    twilioBase: twilioBase, twilio: twilio, extra: Self.extra(shopifyBase: shopifyBase, token: shopify.adminToken))
                try await withTestApp(stores: stores, clock: clock, backend: backend) { app in try await body(app, shopify) }
            }
        }
    }

    /// The checkout webhook (now-dated, the shopper accepting email marketing), then abandonment and the first step.
    func abandonCheckout(_ app: TestApp) async throws -> String {
        let now = Commerce.iso(app.clock.now())
        let body = try Commerce.fixture(
            Self.checkout, replacing: ["created_at": now, "updated_at": now, "buyer_accepts_marketing": true])
        #expect(try await app.shopify("checkouts/create", body).status == .ok)
        try await app.advanceAndRun(1.5)  // abandoned; the journey starts
        try await app.advanceAndRun(2.5)  // step 1: no discount
        return try #require(try await app.cart("123123123")?["id"] as? String)
    }

    func emails(_ app: TestApp, cartID: String) async throws -> [Message] {
        try await app.repositories.messages.list(cartID: cartID).filter { $0.direction == .outbound }.sorted {
            ($0.step ?? 0) < ($1.step ?? 0)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func codesExistOnThePlatformWithTheirLimitsAndTheHigherTierDeactivatesTheLower(backend: TestBackend) async throws {
        try await withShopifyApp(backend: backend) { app, shopify in
            let cartID = try await self.abandonCheckout(app)
            #expect(await shopify.codes.isEmpty)
            #expect(try await self.emails(app, cartID: cartID).count == 1)

            try await app.advanceAndRun(3)  // step 2: 10 %
            let first = try #require(try await app.repositories.discounts.list(cartID: cartID).first)
            let created = try #require(await shopify.code(first.code))
            #expect(first.platformID == created.id && created.active)
            #expect(created.request["usageLimit"] == .number(1))
            #expect(created.request["appliesOncePerCustomer"] == .bool(true))
            #expect(created.request["minimumRequirement"]?["subtotal"]?["greaterThanOrEqualToSubtotal"] == .string("50.00"))
            #expect(created.request["customerGets"]?["value"]?["percentage"] == .number(0.1))
            #expect(created.request["endsAt"] == .string(FakePlatformAdminDates.iso(app.clock.now().addingTimeInterval(48 * 3600))))
            let second = try #require(try await self.emails(app, cartID: cartID).last)
            #expect(second.step == 1 && second.body.contains(first.code))

            // The tracked link applies the code on the shop.
            let link = try #require(second.body.split(whereSeparator: \.isWhitespace).map(String.init).first { $0.contains("/r/") })
            let token = String(link.split(separator: "/").last ?? "").trimmingCharacters(in: .punctuationCharacters)
            let redirect = try await app.client.execute(
                uri: "/r/\(token)", method: .get, headers: [.userAgent: "Mozilla/5.0 (iPhone)"], body: nil)
            #expect(redirect.headers[.location]?.hasPrefix("https://summit.myshopify.com/discount/\(first.code)?redirect=") == true)

            try await app.advanceAndRun(24 * 3600)  // step 3: 15 % supersedes 10 %
            let codes = try await app.repositories.discounts.list(cartID: cartID)
            let higher = try #require(codes.first { $0.tier == 2 })
            #expect(codes.first { $0.id == first.id }?.status == .superseded)
            #expect(await shopify.code(first.code)?.active == false)
            #expect(await shopify.code(higher.code)?.active == true)
            #expect(await shopify.code(higher.code)?.request["customerGets"]?["value"]?["percentage"] == .number(0.15))
            #expect(try await self.emails(app, cartID: cartID).last?.body.contains(higher.code) == true)

            // The expiry job expires the code when it is due.
            try await app.advanceAndRun(48 * 3600 + 1)
            #expect(try await app.repositories.discounts.list(cartID: cartID).first { $0.id == higher.id }?.status == .expired)
        }
    }

    @Test func a502IsRetriedAndTheEmailWaitsForItsCode() async throws {
        try await withShopifyApp { app, shopify in
            let cartID = try await self.abandonCheckout(app)
            await shopify.failNext(1, with: .status(502))
            try await app.advanceAndRun(3)  // step 2 is due; the platform answers 502
            #expect(await shopify.statuses == [502])
            #expect(try await app.repositories.discounts.list(cartID: cartID).isEmpty)
            #expect(try await self.emails(app, cartID: cartID).count == 1)  // nothing sent without its code
            #expect(try await app.jobs(JourneyJobs.stepKind, state: .pending) >= 1)

            try await app.advanceAndRun(60)  // the retry
            let code = try #require(try await app.repositories.discounts.list(cartID: cartID).first)
            #expect(await shopify.code(code.code)?.active == true)
            let emails = try await self.emails(app, cartID: cartID)
            #expect(emails.count == 2 && emails[1].body.contains(code.code))
        }
    }

    @Test func theLastAttemptSendsWithoutACodeThePlatformNeverCreated() async throws {
        try await withShopifyApp { app, shopify in
            let cartID = try await self.abandonCheckout(app)
            await shopify.failNext(100, with: .status(502))
            try await app.advanceAndRun(3)
            for _ in 0..<10 { try await app.advanceAndRun(3600) }
            #expect(try await app.repositories.discounts.list(cartID: cartID).isEmpty)
            let emails = try await self.emails(app, cartID: cartID)
            #expect(emails.count >= 2)
            #expect(emails.allSatisfy { !$0.body.lowercased().contains("code") || $0.step == 0 })
        }
    }

    /// A discount step the gate blocks creates no code: the gate is asked before the platform is.
    @Test func aBlockedDiscountStepLeavesNoCodeOnThePlatform() async throws {
        try await withShopifyApp { app, shopify in
            let cartID = try await self.abandonCheckout(app)
            let address = try #require(try await self.emails(app, cartID: cartID).first?.address)
            _ = try await app.repositories.suppressions.add(
                Suppression(
                    storeID: Commerce.store, channel: .email, address: address, addressHash: AddressHash.of(address, channel: .email),
                    reason: .optedOut, createdAt: app.clock.now()))
            try await app.advanceAndRun(3)  // step 2 (10 %) is due, and blocked
            let blocked = try #require(try await self.emails(app, cartID: cartID).last)
            #expect(blocked.step == 1 && blocked.status == .blocked)
            #expect(await shopify.codes.isEmpty)
            #expect(try await app.repositories.discounts.list(cartID: cartID).isEmpty)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aSignedOrderWebhookMarksTheCodeUsed(backend: TestBackend) async throws {
        try await withShopifyApp(backend: backend) { app, _ in
            let cartID = try await self.abandonCheckout(app)
            try await app.advanceAndRun(3)
            let code = try #require(try await app.repositories.discounts.list(cartID: cartID).first)
            let order = try Commerce.fixture(
                Self.order,
                replacing: [
                    "checkout_token": "123123123", "financial_status": "paid", "created_at": Commerce.iso(app.clock.now()),
                    "discount_codes": [["code": code.code, "amount": "39.80", "type": "percentage"]],
                ])
            #expect(try await app.shopify("orders/create", order).status == .ok)
            try await app.runJobs()
            #expect(try await app.repositories.discounts.list(cartID: cartID).first?.status == .redeemed)

            // The stats subtract what the code took off: 10 % of the subtotal of the cart it was issued for.
            let stored = try #require(try await app.repositories.orders.list(cartID: cartID).first)
            let subtotal = try #require(try await app.repositories.carts.get(id: cartID)).subtotal.minor
            let stats = try Commerce.json(try await app.api(.get, "/stats"))
            let gross = try #require((stats["recovered_revenue"] as? [String: Any])?["minor"] as? Int)
            #expect(stored.paid && gross == stored.total.minor)
            let totals = try #require(stats["totals"] as? [String: Any])
            let messageCost = try #require(totals["message_cost"] as? Int)
            #expect(totals["discount_cost"] as? Int == (subtotal * 10 + 50) / 100)
            #expect(totals["revenue_net"] as? Int == gross - (subtotal * 10 + 50) / 100 - messageCost)
            let tiers = try #require(stats["discount_tiers"] as? [[String: Any]])
            let tier = try #require(tiers.first { $0["tier"] as? Int == 1 })
            #expect(tier["carts"] as? Int == 1 && tier["recovered"] as? Int == 1 && tier["recovery_rate"] as? Double == 1)
            #expect(tier["revenue_net"] as? Int == gross - (subtotal * 10 + 50) / 100)
        }
    }
}

extension DiscountIssuingTests {
    func ask(_ app: TestApp, cartID: String, _ text: String) async throws -> AssistantResponse {
        let cart = try #require(try await app.repositories.carts.get(id: cartID))
        let contact = try await cart.contactID.asyncMap { try await app.repositories.contacts.find(id: $0) } ?? nil
        let store = try #require(app.dependencies.configuration.stores.first)
        return try await app.dependencies.assistantService.respond(
            to: text, cart: cart, contact: contact, store: store, issuesDiscounts: true)
    }

    @Test func theAssistantOffersTheNextTierOnlyOnceItsCodeExists() async throws {
        try await withShopifyApp { app, shopify in
            let cartID = try await self.abandonCheckout(app)
            try await app.advanceAndRun(3)  // step 2: 10 %
            let first = try #require(try await app.repositories.discounts.list(cartID: cartID).first)

            // The platform fails: an honest no, and no code.
            await shopify.failNext(1, with: .status(502))
            let refused = try await self.ask(app, cartID: cartID, "Do you have a better discount code?")
            #expect(refused.action != .offerDiscount)
            #expect(!refused.reply.contains(AssistantService.pendingCode))
            #expect(try await app.repositories.discounts.list(cartID: cartID).count == 1)

            // The next tier (15 %) is created on the platform before the reply quotes it; the 10 % code is deactivated.
            let offered = try await self.ask(app, cartID: cartID, "Do you have a better discount code?")
            #expect(offered.action == .offerDiscount)
            let codes = try await app.repositories.discounts.list(cartID: cartID)
            let higher = try #require(codes.first { $0.tier == 2 })
            #expect(offered.reply.contains(higher.code))
            #expect(await shopify.code(higher.code)?.active == true)
            #expect(await shopify.code(first.code)?.active == false)

            // The ladder has nothing higher: no promise.
            let top = try await self.ask(app, cartID: cartID, "Any other discount code?")
            #expect(top.action != .offerDiscount)
            #expect(try await app.repositories.discounts.list(cartID: cartID).count == 2)
        }
    }
}

/// Dates as the stand-in writes them.
enum FakePlatformAdminDates {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
