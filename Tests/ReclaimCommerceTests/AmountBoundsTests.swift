import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

/// Out-of-range prices, quantities and times are refused by every parser with the field's name
/// (issue 16 item 6), where they used to trap later in `unitPrice × quantity` or a sum.
@Suite struct AmountBoundsTests {
    /// A `cart.updated` event with one line written verbatim (numbers exactly as given).
    static func cartEvent(price: String, quantity: String, extraLine: String = "", subtotal: String = "") -> Data {
        Data(
            """
            {"type": "cart.updated", "id": "evt_1", "data": {"cart_id": "c1", "currency": "USD",
             "contact": {"phone": "+13055550123"}\(subtotal),
             "items": [{"product_id": "p1", "title": "Jacket", "quantity": \(quantity), "price": \(price)}\(extraLine)]}}
            """.utf8)
    }

    static func paths(_ body: Data) -> [String] {
        do {
            _ = try GenericEventParser.parseEvent(body: body)
            return []
        } catch {
            return error.paths
        }
    }

    @Test(arguments: [
        ("9223372036854775807", "2", "data.items[0].price"),
        ("10000000000001", "1", "data.items[0].price"),
        ("99999999999999999999999", "1", "data.items[0].price"),
        ("2499", "9223372036854775807", "data.items[0].quantity"),
        ("2499", "1000001", "data.items[0].quantity"),
        ("2499", "-9223372036854775808", "data.items[0].quantity"),
        ("2499", "1e308", "data.items[0].quantity"),
        ("10000000000000", "2", "data.items[0]"),
        ("10000000", "1000001", "data.items[0].quantity"),
    ])
    func aGenericEventWithAnOutOfRangeLineNamesTheField(_ price: String, _ quantity: String, _ path: String) {
        #expect(Self.paths(Self.cartEvent(price: price, quantity: quantity)) == [path])
    }

    @Test func linesThatAddUpPastTheLimitNameTheItems() {
        let body = Self.cartEvent(
            price: "10000000000000", quantity: "1",
            extraLine: #", {"product_id": "p2", "title": "Tent", "quantity": 1, "price": 1}"#)
        #expect(Self.paths(body) == ["data.items"])
    }

    @Test func anOutOfRangeSubtotalOrTotalNamesIt() {
        let cart = Self.cartEvent(price: "2499", quantity: "1", subtotal: #", "subtotal": 9223372036854775807"#)
        #expect(Self.paths(cart) == ["data.subtotal"])
        let order = Data(
            #"{"type": "order.placed", "id": "e", "data": {"order_id": "o", "cart_id": "c", "currency": "USD", "total": 1e400}}"#.utf8)
        #expect(Self.paths(order) == ["data.total"])
        let catalog = Data(
            #"{"type": "catalog.upserted", "id": "e", "data": {"products": [{"id": "p", "title": "T", "variants": [{"id": "v", "price": 9223372036854775808}]}]}}"#
                .utf8)
        #expect(Self.paths(catalog) == ["data.products[0].variants[0].price"])
    }

    @Test func aLineAtTheLimitsIsAccepted() throws {
        let event = try GenericEventParser.parseEvent(body: Self.cartEvent(price: "10000000", quantity: "1000000"))
        guard case .cartUpdated(let cart) = event.event else { throw CancellationError() }
        #expect(cart.subtotal.minor == AmountLimits.maxMinorUnits)
    }

    @Test(arguments: [
        ("100000000000.00", "USD", true), ("100000000000.01", "USD", false), ("92233720368547758.07", "USD", false),
        ("10000000000000", "JPY", true), ("10000000000001", "JPY", false), ("-100000000000.01", "USD", false),
        ("00000000000000000000000000001.00", "USD", true), ("99999999999.999", "USD", true),
        (String(repeating: "9", count: 5_000), "USD", false),
    ])
    func minorUnitsStopsAtTheLimit(_ text: String, _ currency: String, _ accepted: Bool) {
        do {
            let value = try MinorUnits.parse(text, currency: currency, rounding: .halfUp, field: "price")
            #expect(accepted, "parsed \(value)")
        } catch {
            #expect(!accepted)
            #expect(error == .outOfRange("price", reason: error.reasonText), "\(error)")
        }
    }

    @Test func aShopifyLineWithAHugeQuantityOrPriceNamesIt() throws {
        var checkout = try Fixture.object("shopify/webhook_checkouts_create.sample.2026-07.json")
        var lines = checkout["line_items"] as? [[String: Any]] ?? []
        lines[0]["quantity"] = Int.max
        checkout["line_items"] = lines
        #expect(
            Self.refusal { try ShopifyPayloadParser().parse(topic: "checkouts/create", body: Fixture.json(checkout)) }
                == .outOfRange("line_items[0].quantity", reason: "quantity \(Int.max) is not within 0…1000000"))

        lines[0]["quantity"] = 1_000_000
        lines[0]["price"] = "99999999.99"
        lines[0]["price_set"] = NSNull()
        checkout["line_items"] = lines
        let refusal = Self.refusal { try ShopifyPayloadParser().parse(topic: "checkouts/create", body: Fixture.json(checkout)) }
        #expect(refusal?.field == "line_items[0]")

        let wide = Data(
            String(decoding: try Fixture.data("shopify/webhook_checkouts_create.sample.2026-07.json"), as: UTF8.self)
                .replacingOccurrences(of: "\"quantity\": 1,", with: "\"quantity\": 99999999999999999999,").utf8)
        #expect(
            Self.refusal { try ShopifyPayloadParser().parse(topic: "checkouts/create", body: wide) }?.field
                == "line_items[0].quantity")
    }

    @Test func aWooCommerceLineWithAHugeQuantityOrSubtotalNamesIt() throws {
        var order = try Fixture.object("woocommerce/order_create_response.wp-api-v3-docs.json")
        var lines = order["line_items"] as? [[String: Any]] ?? []
        lines[0]["quantity"] = Int.max
        order["line_items"] = lines
        #expect(
            Self.refusal { try WooCommercePayloadParser().parse(topic: "order.created", body: Fixture.json(order)) }?.field
                == "line_items[0].quantity")
        lines[0]["quantity"] = 2
        lines[0]["subtotal"] = "92233720368547758.07"
        order["line_items"] = lines
        #expect(
            Self.refusal { try WooCommercePayloadParser().parse(topic: "order.created", body: Fixture.json(order)) }?.field
                == "line_items[0].subtotal")
    }

    @Test func aBigCommerceCartOrEnvelopeOutOfRangeNamesTheField() throws {
        let cart = String(decoding: try Fixture.data("bigcommerce/cart_get_response.docs-example.json"), as: UTF8.self)
        let hugeQuantity = Data(cart.replacingOccurrences(of: "\"quantity\": 2", with: "\"quantity\": 9223372036854775807").utf8)
        #expect(
            Self.refusal { _ = try BigCommerceResponses.cartSnapshot(cart: hugeQuantity) }?.field
                == "line_items[0].quantity")
        let hugePrice = Data(cart.replacingOccurrences(of: "\"list_price\": 15", with: "\"list_price\": 1e300").utf8)
        #expect(
            Self.refusal { _ = try BigCommerceResponses.cartSnapshot(cart: hugePrice) }?.field
                == "data.line_items.physical_items[0].list_price")
        let envelope = Data(
            #"{"scope": "store/cart/updated", "data": {"type": "cart", "id": "c"}, "created_at": 9223372036854775807}"#.utf8)
        #expect(Self.refusal { _ = try BigCommerceWebhook.parse(body: envelope) }?.field == "created_at")
    }

    /// The error `body` throws, `nil` when it succeeds.
    static func refusal(_ body: () throws -> Any) -> CommerceError? {
        do {
            _ = try body()
            return nil
        } catch let error as CommerceError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }
}

extension CommerceError {
    /// The path of a field error.
    var field: String? {
        switch self {
        case .outOfRange(let path, _), .invalidField(let path, _), .missingField(let path), .invalidMoney(_, let path): path
        default: nil
        }
    }

    var reasonText: String {
        if case .outOfRange(_, let reason) = self { return reason }
        return ""
    }
}
