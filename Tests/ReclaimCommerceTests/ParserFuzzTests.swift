import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

/// Random and mutated payloads never trap the event parsers (issue 16 item 6): numbers pushed to
/// extremes (`Int.max`, `-Int.max`, `1e308`, `-0`), `NaN` strings, huge strings, wrong types and deep
/// nesting, from the fixtures and a generic event, with a fixed seed. A thrown error is fine; an
/// accepted payload must hold only amounts within ``AmountLimits``.
@Suite struct ParserFuzzTests {
    static let iterations = 1_000

    /// A generic `cart.updated`, `order.placed` and `catalog.upserted`, as a caller would send them.
    static let genericSeeds = [
        #"{"type": "cart.updated", "id": "evt_1", "occurred_at": "2025-03-01T10:00:00-05:00", "data": {"cart_id": "c1", "currency": "USD", "subtotal": 25800, "contact": {"phone": "+13055550123", "email": "a@b.example"}, "items": [{"product_id": "p1", "variant_id": 7, "title": "Jacket", "quantity": 2, "price": 12900}, {"product_id": "p2", "title": "Tent", "quantity": 1, "price": 0}]}}"#,
        #"{"type": "order.placed", "id": "evt_2", "data": {"order_id": "o1", "cart_id": "c1", "currency": "USD", "total": 13900, "paid": true, "items": [{"product_id": "p1", "title": "Jacket", "quantity": 1, "price": 12900}]}}"#,
        #"{"type": "catalog.upserted", "id": "evt_3", "data": {"products": [{"id": "p1", "title": "Jacket", "variants": [{"id": "v1", "price": 12900, "inventory": 3, "available": true}]}]}}"#,
        #"{"type": "consent.granted", "id": "evt_4", "occurred_at": "2025-03-01T10:00:00Z", "data": {"channel": "sms", "phone": "+13055550123"}}"#,
    ]

    @Test func genericEventsNeverTrap() throws {
        let seeds = try Self.genericSeeds.map { try Self.tree(Data($0.utf8)) }
        var fuzzer = Fuzzer(seed: 0x5EED_0001)
        for _ in 0..<Self.iterations {
            let body = fuzzer.payload(from: seeds)
            if let event = try? GenericEventParser.parseEvent(body: body) { Self.checkBounds(event.event, body) }
        }
    }

    @Test func shopifyPayloadsNeverTrap() throws {
        let topics = [
            ("checkouts/create", "shopify/webhook_checkouts_create.sample.2026-07.json"),
            ("checkouts/update", "shopify/webhook_checkouts_update.sample.2026-07.json"),
            ("orders/create", "shopify/webhook_orders_create.sample.2026-07.json"),
            ("products/update", "shopify/webhook_products_update.sdk-fixture.2025-07.json"),
            ("customers_marketing_consent/update", "shopify/webhook_customers_marketing_consent_update.sample.2026-07.json"),
        ]
        let seeds = try topics.map { try Self.tree(Fixture.data($0.1)) }
        let parser = ShopifyPayloadParser()
        var fuzzer = Fuzzer(seed: 0x5EED_0002)
        for _ in 0..<Self.iterations {
            let index = fuzzer.int(below: topics.count)
            let body = fuzzer.payload(from: [seeds[index]])
            if let event = try? parser.parse(topic: topics[index].0, body: body) { Self.checkBounds(event, body) }
        }
    }

    @Test func wooCommerceOrdersNeverTrap() throws {
        let seeds = try [
            "woocommerce/order_create_response.wp-api-v3-docs.json", "woocommerce/order_pending.derived.json",
            "woocommerce/order_failed.derived.json",
        ].map { try Self.tree(Fixture.data($0)) }
        let parser = WooCommercePayloadParser(siteURL: "https://shop.example")
        var fuzzer = Fuzzer(seed: 0x5EED_0003)
        for _ in 0..<Self.iterations {
            let body = fuzzer.payload(from: seeds)
            if let event = try? parser.parse(topic: "order.updated", body: body) { Self.checkBounds(event, body) }
        }
    }

    @Test func bigCommercePayloadsNeverTrap() throws {
        let envelopes = try [
            "bigcommerce/webhook_store_cart_updated.docs-data.json", "bigcommerce/webhook_store_order_created.docs-data.json",
            "bigcommerce/webhook_store_cart_converted.docs-data.json",
        ].map { try Self.tree(Fixture.data($0)) }
        let cart = try Self.tree(Fixture.data("bigcommerce/cart_get_response.docs-example.json"))
        let order = try Self.tree(Fixture.data("bigcommerce/order_get_response.openapi-example.json"))
        let products = try Self.tree(Fixture.data("bigcommerce/order_products_response.openapi-example.json"))
        var fuzzer = Fuzzer(seed: 0x5EED_0004)
        for round in 0..<Self.iterations {
            switch round % 3 {
            case 0:
                let body = fuzzer.payload(from: envelopes)
                if let webhook = try? BigCommerceWebhook.parse(body: body) {
                    _ = try? BigCommerceFetchPlan.nextStep(for: webhook, storeHash: "abc")
                }
            case 1:
                let body = fuzzer.payload(from: [cart])
                if let snapshot = try? BigCommerceResponses.cartSnapshot(cart: body) {
                    Self.checkBounds(.cartUpdated(snapshot), body)
                }
            default:
                let body = fuzzer.payload(from: [order])
                let lines = fuzzer.payload(from: [products])
                if let event = try? BigCommerceResponses.orderEvent(order: body, products: lines) {
                    Self.checkBounds(event, body)
                }
            }
        }
    }

    @Test func randomBytesNeverTrap() {
        var fuzzer = Fuzzer(seed: 0x5EED_0005)
        let alphabet = Array(#"{}[]:,"0123456789-+.eE truefalsn\u"#.utf8)
        for _ in 0..<Self.iterations {
            let count = fuzzer.int(below: 200)
            let body = Data((0..<count).map { _ in alphabet[fuzzer.int(below: alphabet.count)] })
            _ = try? GenericEventParser.parseEvent(body: body)
            _ = try? ShopifyPayloadParser().parse(topic: "checkouts/create", body: body)
            _ = try? WooCommercePayloadParser().parse(topic: "order.created", body: body)
            _ = try? BigCommerceWebhook.parse(body: body)
        }
    }

    // MARK: Helpers

    static func tree(_ data: Data) throws -> JSONNode { try JSONNodeParser.parse(Array(data)) }

    /// An accepted payload holds only amounts within the limits, so nothing downstream can overflow.
    static func checkBounds(_ event: CommerceEvent, _ body: Data) {
        var items: [LineItem] = []
        var amounts: [Int] = []
        switch event {
        case .cartUpdated(let cart):
            items = cart.items
            amounts = [cart.subtotal.minor]
        case .orderPlaced(let order):
            items = order.items
            amounts = [order.total.minor]
        default: return
        }
        let fine =
            AmountLimits.subtotal(items) != nil && amounts.allSatisfy(AmountLimits.minorUnits.contains)
            && items.allSatisfy { (0...AmountLimits.maxQuantity).contains($0.quantity) }
        #expect(fine, "accepted out-of-range amounts: \(String(decoding: body.prefix(600), as: UTF8.self))")
    }
}

/// Seeded mutations of JSON trees (Knuth's MMIX linear congruential generator, so a failure replays exactly).
struct Fuzzer {
    var state: UInt64

    init(seed: UInt64) { self.state = seed }

    /// The next 32 well-mixed bits (the high half of the state).
    mutating func next() -> UInt64 {
        self.state = self.state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return self.state >> 32
    }

    mutating func int(below bound: Int) -> Int { bound <= 1 ? 0 : Int(self.next() % UInt64(bound)) }

    static let extremeNumbers = [
        "9223372036854775807", "-9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308", "-1e308",
        "1e400", "-0", "0", "-0.0", "1e-308", "99999999999999999999999999999999", "10000000000001", "10000000000000",
        "1000001", "4.5", "-1", "2147483648", "18446744073709551616", "0.001",
    ]

    mutating func extremeNumber() -> String { Self.extremeNumbers[self.int(below: Self.extremeNumbers.count)] }

    mutating func extremeString() -> String {
        switch self.int(below: 8) {
        case 0: ["NaN", "-NaN", "Infinity", "-Infinity", "nan", "inf"][self.int(below: 6)]
        case 1: Self.extremeNumbers[self.int(below: Self.extremeNumbers.count)]
        case 2: String(repeating: "9", count: 1 + self.int(below: 5_000))
        case 3: "92233720368547758.07"
        case 4: String(repeating: "x", count: 10_000)
        case 5: "-" + String(repeating: "0", count: self.int(below: 40)) + "1.5"
        case 6: "9999-12-31T23:59:59Z"
        default: ""
        }
    }

    /// A random value of a random type, sometimes nested deep.
    mutating func wrongValue() -> JSONNode {
        switch self.int(below: 8) {
        case 0: return .null
        case 1: return .bool(self.int(below: 2) == 0)
        case 2: return .number(self.extremeNumber())
        case 3: return .string(self.extremeString())
        case 4: return .array([])
        case 5: return .object([:])
        case 6:
            var node = JSONNode.number("1")
            for _ in 0..<(1 + self.int(below: 120)) { node = self.int(below: 2) == 0 ? .array([node]) : .object(["a": node]) }
            return node
        default:
            var elements: [JSONNode] = []
            for _ in 0..<self.int(below: 50) { elements.append(.number(self.extremeNumber())) }
            return .array(elements)
        }
    }

    /// One seed with 1–6 mutations, serialised; now and then its bytes are cut or flipped too.
    mutating func payload(from seeds: [JSONNode]) -> Data {
        var node = seeds[self.int(below: seeds.count)]
        for _ in 0..<(1 + self.int(below: 6)) { node = self.mutate(node, depth: 0) }
        var bytes = Array(Self.serialise(node).utf8)
        if self.int(below: 10) == 0, !bytes.isEmpty {
            let index = self.int(below: bytes.count)
            if self.int(below: 2) == 0 { bytes.removeSubrange(index...) } else { bytes[index] = UInt8(self.int(below: 256)) }
        }
        return Data(bytes)
    }

    /// Changes one node, chosen by walking down at random.
    mutating func mutate(_ node: JSONNode, depth: Int) -> JSONNode {
        switch node {
        case .object(var members) where !members.isEmpty && self.int(below: 5) != 0:
            let keys = members.keys.sorted()
            let key = keys[self.int(below: keys.count)]
            if self.int(below: 12) == 0 {
                members[key] = nil
            } else {
                members[key] = self.mutate(members[key]!, depth: depth + 1)
            }
            return .object(members)
        case .array(var elements) where !elements.isEmpty && self.int(below: 5) != 0:
            let index = self.int(below: elements.count)
            elements[index] = self.mutate(elements[index], depth: depth + 1)
            if self.int(below: 10) == 0 { elements.append(contentsOf: Array(repeating: elements[index], count: 1 + self.int(below: 50))) }
            return .array(elements)
        case .number:
            return self.int(below: 4) == 0 ? self.wrongValue() : .number(self.extremeNumber())
        case .string:
            return self.int(below: 3) == 0 ? self.wrongValue() : .string(self.extremeString())
        default:
            return self.wrongValue()
        }
    }

    /// JSON text with numbers exactly as held (no `Double` round trip).
    static func serialise(_ node: JSONNode) -> String {
        switch node {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return Self.quoted(text)
        case .array(let elements): return "[" + elements.map(Self.serialise).joined(separator: ",") + "]"
        case .object(let members):
            return "{"
                + members.sorted { $0.key < $1.key }.map { Self.quoted($0.key) + ":" + Self.serialise($0.value) }
                .joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal, escaped by Foundation.
    static func quoted(_ text: String) -> String {
        (try? JSONEncoder().encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
