import Foundation
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

/// The repository conformance suites, grouped so `swift test --filter Repositories` runs them all.
///
/// Serialized: every PostgreSQL case creates a database and opens two connection pools; run all at once
/// beside the other suites, the SCRAM logins of a debug build overrun the 5 s connect timeout on two cores.
@Suite(.serialized) enum Repositories {}

/// Runs `body` with every repository over a fresh, migrated database of `backend`.
func withRepositories(_ backend: TestBackend, _ body: (ReclaimRepositories) async throws -> Void) async throws {
    try await withTestDatabase(backend) { database in
        try await body(ReclaimRepositories(database: database.sql))
    }
}

/// Builders for domain values with every field set, on whole-millisecond times.
enum Fixture {
    /// A fixed instant on a whole millisecond: 2023-11-14T22:13:20.123Z.
    static let t0 = Date(epochMilliseconds: 1_700_000_000_123)

    /// `t0` plus `seconds`.
    static func at(_ seconds: Double) -> Date {
        Date(epochMilliseconds: t0.epochMilliseconds + Int(seconds * 1000))
    }

    /// A fresh identifier with a readable prefix.
    static func id(_ prefix: String) -> String {
        "\(prefix)_\(UUID().uuidString.lowercased())"
    }

    static let address = PostalAddress(country: "US", province: "FL", city: "Miami", zip: "33101")

    static let items = [
        LineItem(
            productID: "p1", variantID: "v1", title: "Summit Trail Jacket", variantTitle: "Blue / M", quantity: 2,
            unitPrice: 12_900, imageURL: "https://cdn.example.com/jacket.png"),
        LineItem(productID: "p2", title: "Socks", quantity: 1, unitPrice: 900),
    ]

    static func contact(
        store: StoreID = "northwind", phone: String? = "+13055550123", email: String? = "ana@example.com",
        at time: Date = t0
    ) -> Contact {
        Contact(
            id: id("con"), storeID: store, phone: phone, email: email, firstName: "Ana", lastName: "Silva",
            locale: "en-US", address: address, createdAt: time, updatedAt: time)
    }

    static func cart(
        store: StoreID = "northwind", externalID: String = id("ext"), contactID: String? = nil,
        status: CartStatus = .open, lastActivity: Date = t0
    ) -> Cart {
        Cart(
            id: id("cart"), storeID: store, source: .shopify, externalID: externalID, contactID: contactID,
            items: items, subtotal: Money(minor: 26_700, currency: "usd"),
            recoveryURL: "https://shop.example.com/checkouts/abc/recover", shippingAddress: address,
            ip: "203.0.113.7", userAgent: "Mozilla/5.0", status: status, lastActivityAt: lastActivity,
            createdAt: t0, updatedAt: lastActivity)
    }

    static func journey(store: StoreID = "northwind", cartID: String, contactID: String? = nil) -> Journey {
        Journey(
            id: id("jrn"), storeID: store, cartID: cartID, contactID: contactID, flowName: "default", variant: "B",
            holdout: true, state: .active, nextStep: 0, startedAt: t0, updatedAt: t0)
    }

    static func outbound(
        store: StoreID = "northwind", cartID: String? = nil, journeyID: String? = nil, contactID: String? = nil,
        address: String = "+13055550123", key: String? = id("key"), status: MessageStatus = .pending,
        channel: Channel = .sms, at time: Date = t0
    ) -> Message {
        Message(
            id: id("msg"), storeID: store, journeyID: journeyID, cartID: cartID, contactID: contactID,
            channel: channel, direction: .outbound, step: 1, address: address, body: "Your cart is waiting",
            status: status, idempotencyKey: key, createdAt: time, updatedAt: time)
    }
}
