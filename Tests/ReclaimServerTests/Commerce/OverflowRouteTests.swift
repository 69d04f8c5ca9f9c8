import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// Issue 16 item 6: `{"price": 9223372036854775807, "quantity": 2}` and its cousins get a 400 naming
/// the field at every entry point, nothing is stored, and the server keeps answering.
@Suite struct OverflowRouteTests {
    /// The poisoned line of the issue, verbatim (JSONSerialization would not keep the digits as sent).
    static let poisonedItems = #"[{"product_id": "p1", "title": "Jacket", "quantity": 2, "price": 9223372036854775807}]"#

    static func cart(items: String = poisonedItems) -> String {
        #"{"cart_id": "c_poison", "currency": "USD", "contact": {"phone": "+13125550101"}, "items": \#(items)}"#
    }

    /// `POST /api/v1/stores/{store}{path}` with a raw body.
    func post(_ app: TestApp, _ path: String, _ body: String) async throws -> TestResponse {
        try await app.client.execute(
            uri: "/api/v1/stores/\(Commerce.store)\(path)", method: .post,
            headers: [.authorization: "Bearer \(Commerce.apiKey)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    /// A 400 whose message starts with `field:`.
    func expectRefused(_ response: TestResponse, field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == .badRequest, sourceLocation: sourceLocation)
        #expect(response.errorMessage?.hasPrefix(field + ":") == true, "\(response.errorMessage ?? "")", sourceLocation: sourceLocation)
    }

    /// The server still answers: a health check and a valid event.
    func expectStillServing(_ app: TestApp) async throws {
        #expect(try await app.client.execute(uri: "/healthz", method: .get).status == .ok)
        #expect(try await app.event("cart.updated", cartData("C_after")).status == .ok)
    }

    @Test(arguments: [
        (poisonedItems, "data.items[0].price"),
        (#"[{"product_id": "p1", "title": "J", "quantity": 9223372036854775807, "price": 2}]"#, "data.items[0].quantity"),
        (#"[{"product_id": "p1", "title": "J", "quantity": 1e308, "price": 2}]"#, "data.items[0].quantity"),
        (#"[{"product_id": "p1", "title": "J", "quantity": 1000000, "price": 10000000000000}]"#, "data.items[0]"),
    ])
    func theEventsAPIAnswers400NamingTheField(_ items: String, _ field: String) async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await self.post(
                app, "/events", #"{"type": "cart.updated", "id": "evt_p", "data": \#(Self.cart(items: items))}"#)
            self.expectRefused(response, field: field)
            #expect(try await app.cart("c_poison") == nil)
            try await self.expectStillServing(app)
        }
    }

    @Test func theAssistantPreviewAnswers400NamingTheField() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await self.post(app, "/assistant/preview", #"{"text": "how much is it?", "cart": \#(Self.cart())}"#)
            self.expectRefused(response, field: "cart.items[0].price")
            let quantity = try await self.post(
                app, "/assistant/preview",
                #"{"text": "how much?", "cart": \#(Self.cart(items: #"[{"product_id": "p", "title": "J", "quantity": 1e300, "price": 1}]"#))}"#
            )
            self.expectRefused(quantity, field: "cart.items[0].quantity")
            let beyondDouble = try await self.post(
                app, "/assistant/preview",
                #"{"text": "how much?", "cart": \#(Self.cart(items: #"[{"product_id": "p", "title": "J", "quantity": 1, "price": 1e400}]"#))}"#
            )
            self.expectRefused(beyondDouble, field: "cart.items[0].price")
            try await self.expectStillServing(app)
        }
    }

    @Test func aShopifyCheckoutWithAHugeQuantityIs400AndNothingIsQueued() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let fixture = String(decoding: try Commerce.fixture("shopify/webhook_checkouts_create.sample.2026-07.json"), as: UTF8.self)
            let body = Data(fixture.replacingOccurrences(of: "\"quantity\": 1,", with: "\"quantity\": 9223372036854775807,").utf8)
            let response = try await app.shopify("checkouts/create", body)
            self.expectRefused(response, field: "line_items[0].quantity")
            let price = Data(fixture.replacingOccurrences(of: "\"price\": \"199.00\"", with: "\"price\": \"92233720368547758.07\"").utf8)
            let refused = try await app.shopify("checkouts/create", price)
            self.expectRefused(refused, field: "line_items[0].price")
            #expect(try await app.jobs(IngestionService.jobKind) == 0)
            try await self.expectStillServing(app)
        }
    }

    @Test func aWooCommerceOrderWithAHugeQuantityIs400() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            var order =
                try JSONSerialization.jsonObject(
                    with: Commerce.fixture("woocommerce/order_create_response.wp-api-v3-docs.json")) as? [String: Any] ?? [:]
            var lines = order["line_items"] as? [[String: Any]] ?? []
            lines[0]["quantity"] = Int.max
            order["line_items"] = lines
            let body = try JSONSerialization.data(withJSONObject: order, options: [.sortedKeys])
            let response = try await WooCommerceWebhookTests().post(
                app, topic: "order.created", body: body, signature: Commerce.hmac(body, secret: Commerce.wooSecret))
            self.expectRefused(response, field: "line_items[0].quantity")
            #expect(try await app.jobs(IngestionService.jobKind) == 0)
            try await self.expectStillServing(app)
        }
    }

    @Test func aBigCommerceEnvelopeFromTheFarFutureIs400() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let body = Data(
                #"{"scope": "store/cart/updated", "data": {"type": "cart", "id": "c1"}, "created_at": 9223372036854775807}"#.utf8)
            let response = try await BigCommerceWebhookRouteTests().post(app, body, secret: Commerce.bigCommerceSecret)
            self.expectRefused(response, field: "created_at")
            #expect(try await app.jobs(IngestionService.jobKind) == 0)
            try await self.expectStillServing(app)
        }
    }

    @Test func aPoisonedDeliveryAlreadyQueuedFailsCleanlyInsteadOfCrashLooping() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            // Given deliveries stored before the routes checked numbers (queued as the routes would)
            let event = Data(#"{"type": "cart.updated", "id": "evt_q", "data": \#(Self.cart())}"#.utf8)
            let fixture = String(decoding: try Commerce.fixture("shopify/webhook_checkouts_create.sample.2026-07.json"), as: UTF8.self)
            let checkout = Data(fixture.replacingOccurrences(of: "\"quantity\": 1,", with: "\"quantity\": 9223372036854775807,").utf8)
            let service = app.dependencies.ingestionService
            let now = app.clock.now()
            #expect(
                try await service.enqueue(
                    WebhookDelivery(source: .events, storeID: Commerce.store, deliveryID: "q1", topic: "cart.updated", body: event),
                    now: now))
            #expect(
                try await service.enqueue(
                    WebhookDelivery(source: .shopify, storeID: Commerce.store, deliveryID: "q2", topic: "checkouts/create", body: checkout),
                    now: now))
            // When the worker runs them
            try await app.runJobs()
            // Then both are dead (no trap, no retry loop) and nothing was applied
            #expect(try await app.jobs(IngestionService.jobKind, state: .dead) == 2)
            #expect(try await app.jobs(IngestionService.jobKind, state: .pending) == 0)
            #expect(try await app.cart("c_poison") == nil)
            try await self.expectStillServing(app)
        }
    }

    @Test func aStoredCartPastTheBoundsStillRendersAndPreviews() async throws {
        try await InboxScenario.run { scenario in
            // Given a conversation whose stored cart holds lines written before the bounds existed
            let id = try await scenario.escalate()
            let carts = scenario.app.dependencies.repositories.carts
            var cart = try #require(try await carts.get(id: scenario.cartID))
            cart.items = [
                LineItem(productID: "p1", title: "Jacket", quantity: 2, unitPrice: .max),
                LineItem(productID: "p2", title: "Tent", quantity: .max, unitPrice: .max),
            ]
            cart.lastActivityAt = cart.lastActivityAt.addingTimeInterval(1)
            _ = try await carts.upsert(cart)
            // When the inbox shows it and both previews read it
            var merchant = DashboardClient(scenario.app.client)
            try await merchant.signIn(key: Commerce.apiKey)
            let page = try await merchant.get("/dashboard/inbox/\(id)")
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<td>×2</td><td>—</td>"))
            let token = try #require(try await merchant.formToken(from: "/dashboard/preview"))
            let preview = try await merchant.post(
                "/dashboard/preview", ["text": "how much is my cart?", "cart": scenario.cartID], token: token)
            #expect(preview.status == .ok)
            let api = try await scenario.app.api(
                .post, "/assistant/preview", json: ["text": "what's my total?", "cart_id": scenario.cartID])
            #expect(api.status == .ok)
            // Then the server keeps answering
            #expect(try await scenario.app.client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }
}
