import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

@Suite struct BigCommerceResponsesTests {
    @Test func cartWithCheckoutBecomesSnapshot() throws {
        let cart = try BigCommerceResponses.cartSnapshot(
            cart: Fixture.data("bigcommerce/cart_get_response.docs-example.json"),
            checkout: Fixture.data("bigcommerce/checkout_get_response.docs-example.json"))
        #expect(cart.source == .bigcommerce)
        #expect(cart.externalID == "3cae6525-d0e8-4252-afec-0890fbb710c5")
        #expect(
            cart.items == [
                LineItem(
                    productID: "120", variantID: "118", title: "mug", quantity: 2, unitPrice: 1500,
                    imageURL:
                        "https://cdn11.bigcommerce.com/r-4b20dad619e29ebf3490f7f35369a8220637ce48/themes/ClassicNext/images/ProductDefault.gif"
                )
            ])
        #expect(cart.subtotal == Money(minor: 2550, currency: "USD"))  // cart_amount 25.5 after the 4.5 discount
        #expect(
            cart.contact
                == CommerceContact(
                    phone: "555-555-5555", email: "john.doe@example.com", firstName: "John", lastName: "Doe", locale: "en-US"))
        #expect(cart.shippingAddress == PostalAddress(country: "US", province: "TX", city: "Austin", zip: "78701"))
        #expect(cart.occurredAt == Fixture.date("2023-09-28T20:30:33Z"))
        #expect(cart.platformCustomerID == nil)
        #expect(cart.recoveryURL == nil)
    }

    @Test func cartWithoutCheckoutUsesCartEmailAndCustomerRecord() throws {
        let cart = try BigCommerceResponses.cartSnapshot(
            cart: Fixture.data("bigcommerce/cart_get_response.docs-example.json"),
            customers: Fixture.data("bigcommerce/customers_get_response.openapi-example.json"),
            storefrontURL: "https://store.example/")
        #expect(cart.contact.email == "customer@example.com")
        #expect(cart.contact.phone == "555-123-4567")
        #expect(cart.contact.firstName == "Jane")
        #expect(cart.recoveryURL == "https://store.example/cart.php")
    }

    @Test func redirectURLsInTheCartBecomeTheRecoveryLink() throws {
        var object = try Fixture.object("bigcommerce/cart_get_response.docs-example.json")
        var data = object["data"] as? [String: Any] ?? [:]
        let redirects = try Fixture.object("bigcommerce/cart_redirect_urls_response.openapi-example.json")["data"]
        data["redirect_urls"] = redirects
        object["data"] = data
        let cart = try BigCommerceResponses.cartSnapshot(cart: Fixture.json(object))
        #expect(
            cart.recoveryURL
                == "https://store.mybigcommerce.com/cart.php?action=loadInCheckout&id=1ea11efe-b111-11d1-11ee-cd1110f111b1&token=00aaaaa0aa0000000000a000a000f0aa0000afa00aa00afa0a000000000aa0a0"
        )
    }

    @Test func embeddedCheckoutCartWithFractionalSalePriceRoundsHalfUp() throws {
        let checkout = try Fixture.object("bigcommerce/checkout_get_response.docs-example.json")
        let embedded = (checkout["data"] as? [String: Any])?["cart"] as Any
        let cart = try BigCommerceResponses.cartSnapshot(cart: Fixture.json(["data": embedded]))
        #expect(cart.subtotal == Money(minor: 2550, currency: "USD"))  // cart_amount_inc_tax
        #expect(try MinorUnits.from(Decimal(string: "13.858823529412")!, currency: "USD", rounding: .halfUp) == 1386)
    }

    @Test func cartWithoutCurrencyNamesTheField() {
        #expect(throws: CommerceError.missingField("data.currency.code")) {
            try BigCommerceResponses.cartSnapshot(cart: Data(#"{"data":{"id":"x"}}"#.utf8))
        }
    }

    @Test func awaitingPaymentOrderWithAuthorisedPaymentIsPaid() throws {
        let event = try BigCommerceResponses.orderEvent(
            order: Fixture.data("bigcommerce/order_get_response.openapi-example.json"),
            products: Fixture.data("bigcommerce/order_products_response.openapi-example.json"))
        guard case .orderPlaced(let order) = event else {
            Issue.record("expected orderPlaced, got \(event)")
            return
        }
        #expect(order.source == .bigcommerce)
        #expect(order.externalID == "218")
        #expect(order.cartExternalID == "7e48f7ef-2e88-4817-aea4-b0ed01490114")
        #expect(order.total == Money(minor: 6984, currency: "USD"))
        #expect(order.paid)
        #expect(order.platformStatus == "Awaiting Payment")
        #expect(order.platformCustomerID == "11")
        #expect(order.contact.email == "janedoe@example.com")
        #expect(order.contact.phone == "1234567890")
        #expect(order.placedAt == Fixture.date("2019-03-05T21:40:11Z"))
        #expect(order.shippingAddress == PostalAddress(country: "US", province: "Texas", city: "Austin", zip: "78108"))
        #expect(order.items.map(\.title) == ["Fog Linen Chambray Towel - Beige Stripe", "Able Brewing System"])
        #expect(order.items.map(\.unitPrice) == [6523, 0])
        #expect(order.items[0].productID == "77")
    }

    @Test(arguments: [0, 4, 5, 6])
    func incompleteCancelledDeclinedOrRefundedOrdersAreIgnored(statusID: Int) throws {
        var object = try Fixture.object("bigcommerce/order_get_response.openapi-example.json")
        object["status_id"] = statusID
        guard case .ignored = try BigCommerceResponses.orderEvent(order: Fixture.json(object)) else {
            Issue.record("status \(statusID) should not end a journey")
            return
        }
    }

    @Test func pendingOrderWithoutPaymentIsPlacedUnpaidAndUsesTheCartHint() throws {
        var object = try Fixture.object("bigcommerce/order_get_response.openapi-example.json")
        object["status_id"] = 1
        object["payment_status"] = ""
        object["cart_id"] = NSNull()
        guard
            case .orderPlaced(let order) = try BigCommerceResponses.orderEvent(
                order: Fixture.json(object), cartID: "cart-from-webhook")
        else { throw CommerceError.malformedPayload("") }
        #expect(!order.paid)
        #expect(order.cartExternalID == "cart-from-webhook")
    }

    @Test func abandonedCartTokenResolvesToCartID() throws {
        #expect(
            try BigCommerceResponses.abandonedCartID(
                body: Fixture.data("bigcommerce/abandoned_cart_get_response.docs-example.json"))
                == "74cd7d0a-c748-4efa-b9bf-cf15751e78b2")
    }

    @Test func redirectURLsResponseParses() throws {
        let urls = try BigCommerceResponses.redirectURLs(
            body: Fixture.data("bigcommerce/cart_redirect_urls_response.openapi-example.json"))
        #expect(urls.cartURL.hasPrefix("https://store.mybigcommerce.com/cart.php?action=load&id=0aa00afa"))
        #expect(urls.checkoutURL?.contains("action=loadInCheckout") == true)
    }
}
