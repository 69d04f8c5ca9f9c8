import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

@Suite struct WooCommercePayloadParserTests {
    let parser = WooCommercePayloadParser()

    func order(status: String, datePaid: String?, mutate: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var object = try Fixture.object("woocommerce/order_create_response.wp-api-v3-docs.json")
        object["status"] = status
        object["date_paid"] = datePaid ?? NSNull()
        object["date_paid_gmt"] = datePaid ?? NSNull()
        mutate(&object)
        return try Fixture.json(object)
    }

    @Test func processingSampleIsAPaidOrder() throws {
        let event = try self.parser.parse(
            topic: "order.created", body: Fixture.data("woocommerce/order_create_response.wp-api-v3-docs.json"))
        guard case .orderPlaced(let order) = event else {
            Issue.record("expected orderPlaced, got \(event)")
            return
        }
        #expect(order.source == .woocommerce)
        #expect(order.externalID == "727")
        #expect(order.orderNumber == "727")
        #expect(order.cartExternalID == "727")
        #expect(order.paid)
        #expect(order.platformStatus == "processing")
        #expect(order.total == Money(minor: 2935, currency: "USD"))
        #expect(order.platformCustomerID == nil)  // customer_id 0 = guest
        #expect(order.placedAt == Fixture.date("2017-03-22T19:28:08Z"))
        #expect(order.shippingAddress == PostalAddress(country: "US", province: "CA", city: "San Francisco", zip: "94103"))
    }

    @Test func sampleLinesDecodeEntitiesAndSplitVariations() throws {
        guard
            case .orderPlaced(let order) = try self.parser.parse(
                topic: "order.created", body: Fixture.data("woocommerce/order_create_response.wp-api-v3-docs.json"))
        else { throw CommerceError.malformedPayload("") }
        #expect(
            order.items == [
                LineItem(productID: "93", title: "Woo Single #1", quantity: 2, unitPrice: 300),
                LineItem(
                    productID: "22", variantID: "23", title: "Ship Your Idea", variantTitle: "Color: Black, Size: M Test",
                    quantity: 1, unitPrice: 1200),
            ])
        #expect(
            order.contact
                == CommerceContact(
                    phone: "(555) 555-5555", email: "john.doe@example.com", firstName: "John", lastName: "Doe"))
    }

    @Test func pendingOrderWithContactIsAnAbandonedCheckoutWithPaymentURL() throws {
        let event = try self.parser.parse(topic: "order.created", body: Fixture.data("woocommerce/order_pending.derived.json"))
        guard case .cartUpdated(let cart) = event else {
            Issue.record("expected cartUpdated, got \(event)")
            return
        }
        #expect(cart.source == .woocommerce)
        #expect(cart.externalID == "727")
        #expect(cart.recoveryURL == "https://example.com/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d")
        #expect(cart.subtotal == Money(minor: 1800, currency: "USD"))
        #expect(cart.items.map(\.lineTotal) == [600, 1200])
        #expect(cart.contact.email == "john.doe@example.com")
        #expect(cart.contact.phone == "(555) 555-5555")
        #expect(cart.ip == "203.0.113.7")
        #expect(cart.userAgent == "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)")
        #expect(cart.occurredAt == Fixture.date("2017-03-22T19:28:02Z"))
        #expect(cart.updatedAt == Fixture.date("2017-03-22T19:28:08Z"))
    }

    @Test func failedOrderWithoutPaymentURLLinksToOrderPayFromSiteLinks() throws {
        let event = try self.parser.parse(topic: "order.updated", body: Fixture.data("woocommerce/order_failed.derived.json"))
        guard case .cartUpdated(let cart) = event else {
            Issue.record("expected cartUpdated, got \(event)")
            return
        }
        #expect(cart.recoveryURL == "https://example.com/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d")
    }

    @Test func configuredSiteAndCheckoutPathWin() throws {
        let parser = WooCommercePayloadParser(siteURL: "https://shop.example", checkoutPath: "kasse")
        let body = try self.order(status: "pending", datePaid: nil) { $0["order_key"] = NSNull() }
        guard case .cartUpdated(let cart) = try parser.parse(topic: "order.created", body: body) else {
            throw CommerceError.malformedPayload("")
        }
        #expect(cart.recoveryURL == "https://shop.example/kasse/")
    }

    /// The known pitfall: whatever the status, an order with a paid date is never a cart.
    @Test(arguments: ["pending", "failed", "on-hold", "processing", "completed", "cancelled", "refunded", "custom"])
    func paidOrderIsNeverTreatedAsAbandoned(status: String) throws {
        let event = try self.parser.parse(
            topic: "order.updated", body: self.order(status: status, datePaid: "2017-03-22T16:28:08"))
        if case .cartUpdated = event { Issue.record("paid \(status) order became an abandoned cart") }
        if ["pending", "failed", "on-hold", "processing", "completed", "custom"].contains(status) {
            guard case .orderPlaced(let order) = event else {
                Issue.record("expected orderPlaced for \(status), got \(event)")
                return
            }
            #expect(order.paid)
        }
    }

    @Test(arguments: ["processing", "completed"])
    func processingOrCompletedWithoutPaidDateIsStillPaid(status: String) throws {
        guard
            case .orderPlaced(let order) = try self.parser.parse(
                topic: "order.updated", body: self.order(status: status, datePaid: nil))
        else { throw CommerceError.malformedPayload("") }
        #expect(order.paid)
    }

    @Test func onHoldOrderIsPlacedButNotPaid() throws {
        guard
            case .orderPlaced(let order) = try self.parser.parse(
                topic: "order.created", body: self.order(status: "on-hold", datePaid: nil))
        else { throw CommerceError.malformedPayload("") }
        #expect(!order.paid)
        #expect(order.platformStatus == "on-hold")
    }

    @Test func cancelledUnpaidOrderDeletesTheCart() throws {
        let event = try self.parser.parse(topic: "order.updated", body: self.order(status: "cancelled", datePaid: nil))
        #expect(event == .cartDeleted(externalID: "727"))
    }

    @Test func refundedOrderIsIgnored() throws {
        let event = try self.parser.parse(topic: "order.updated", body: self.order(status: "refunded", datePaid: nil))
        guard case .ignored = event else {
            Issue.record("expected ignored, got \(event)")
            return
        }
    }

    @Test func pendingOrderWithoutContactIsIgnored() throws {
        let body = try self.order(status: "pending", datePaid: nil) { object in
            var billing = object["billing"] as? [String: Any] ?? [:]
            billing["email"] = ""
            billing["phone"] = ""
            object["billing"] = billing
        }
        guard case .ignored = try self.parser.parse(topic: "order.created", body: body) else {
            Issue.record("expected ignored")
            return
        }
    }

    @Test(arguments: ["webhook_id=142", "webhook_id=142\n"])
    func creationPingIsRecognisedWithoutTopic(body: String) throws {
        #expect(WooCommerceWebhookVerifier.isPing(body: Data(body.utf8)))
        #expect(try self.parser.parse(topic: nil, body: Data(body.utf8)) == .ping)
    }

    @Test(arguments: ["webhook_id=", "webhook_id=12&x=1", #"{"webhook_id":142}"#, ""])
    func notAPing(body: String) {
        #expect(!WooCommerceWebhookVerifier.isPing(body: Data(body.utf8)))
    }

    @Test func orderDeletedCarriesOnlyTheID() throws {
        #expect(try self.parser.parse(topic: "order.deleted", body: Data(#"{"id":727}"#.utf8)) == .cartDeleted(externalID: "727"))
    }

    @Test func otherResourceTopicsAreIgnoredAndUnknownTopicsThrow() throws {
        guard case .ignored = try self.parser.parse(topic: "product.updated", body: Data("{}".utf8)) else {
            Issue.record("expected ignored")
            return
        }
        #expect(throws: CommerceError.unknownTopic("subscription.created")) {
            try self.parser.parse(topic: "subscription.created", body: Data("{}".utf8))
        }
        #expect(throws: CommerceError.unknownTopic("")) { try self.parser.parse(topic: nil, body: Data("{}".utf8)) }
    }

    @Test func orderWithoutStatusNamesTheField() {
        #expect(throws: CommerceError.missingField("status")) {
            try self.parser.parse(topic: "order.created", body: Data(#"{"id":1,"currency":"USD"}"#.utf8))
        }
    }

    @Test func webhookCreateResponseIsNotAnOrder() throws {
        // The docs' webhook resource has an id but no order fields: a typed error, not a crash.
        #expect(throws: CommerceError.self) {
            try self.parser.parse(
                topic: "order.updated", body: Fixture.data("woocommerce/webhook_create_response.wp-api-v3-docs.json"))
        }
    }

    @Test func htmlEntitiesAreDecoded() {
        #expect(HTMLEntities.decode("Ship Your Idea &ndash; Black &amp; Blue") == "Ship Your Idea – Black & Blue")
        #expect(HTMLEntities.decode("Plain") == "Plain")
    }
}
