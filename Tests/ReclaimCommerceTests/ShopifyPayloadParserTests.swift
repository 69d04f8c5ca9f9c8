import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

@Suite struct ShopifyPayloadParserTests {
    let parser = ShopifyPayloadParser(shopCurrency: "USD", storefrontURL: "https://northwind.example/")

    func cart(_ topic: String, _ file: String) throws -> CartSnapshot {
        let event = try self.parser.parse(topic: topic, body: Fixture.data("shopify/\(file)"))
        guard case .cartUpdated(let cart) = event else {
            Issue.record("expected cartUpdated, got \(event)")
            throw CommerceError.malformedPayload("wrong event")
        }
        return cart
    }

    func order(_ topic: String, _ file: String) throws -> OrderSnapshot {
        let event = try self.parser.parse(topic: topic, body: Fixture.data("shopify/\(file)"))
        guard case .orderPlaced(let order) = event else {
            Issue.record("expected orderPlaced, got \(event)")
            throw CommerceError.malformedPayload("wrong event")
        }
        return order
    }

    @Test func checkoutCreateBecomesCartKeyedOnToken() throws {
        let cart = try self.cart("checkouts/create", "webhook_checkouts_create.sample.2026-07.json")
        #expect(cart.source == .shopify)
        #expect(cart.externalID == "123123123")
        #expect(cart.cartToken == "eeafa272cebfd4b22385bc4b645e762c")
        #expect(cart.platformCustomerID == "603851970716743426")
        #expect(cart.currency == "USD")
        #expect(cart.subtotal == Money(minor: 39800, currency: "USD"))
        #expect(cart.recoveryURL == "https://checkout.local/548380009/checkouts/123123123/recover?key=example-secret-token")
        #expect(cart.occurredAt == Fixture.date("2022-01-01T00:00:00Z"))
        #expect(cart.updatedAt == Fixture.date("2022-01-01T00:00:00Z"))
        #expect(!cart.isCompleted)
    }

    @Test func checkoutLineItemsArePricedInMinorUnits() throws {
        let cart = try self.cart("checkouts/create", "webhook_checkouts_create.sample.2026-07.json")
        let pink = LineItem(
            productID: "632910392", variantID: "808950810", title: "IPod Nano - 8GB", variantTitle: "Pink", quantity: 1,
            unitPrice: 19900)
        #expect(cart.items == [pink, pink])
        #expect(cart.items.reduce(0) { $0 + $1.lineTotal } == 39800)
    }

    @Test func checkoutContactPrefersCheckoutEmailAndAccountNames() throws {
        let cart = try self.cart("checkouts/create", "webhook_checkouts_create.sample.2026-07.json")
        #expect(cart.contact.email == "example@email.com")
        #expect(cart.contact.firstName == "John")
        #expect(cart.contact.lastName == "Smith")
        // No checkout, SMS or account phone: the shipping address phone, raw (the sample's is not even a number).
        #expect(cart.contact.phone == "555-555-SHIP")
        #expect(cart.contact.locale == nil)
    }

    @Test func checkoutShippingAddressUsesCodes() throws {
        let cart = try self.cart("checkouts/create", "webhook_checkouts_create.sample.2026-07.json")
        #expect(cart.shippingAddress == PostalAddress(country: "US", province: "KY", city: "Shippington", zip: "K2P0S0"))
    }

    @Test func checkoutConsentCheckboxesBecomeHints() throws {
        let cart = try self.cart("checkouts/create", "webhook_checkouts_create.sample.2026-07.json")
        #expect(cart.consentHints.count == 2)
        #expect(cart.consentHints[0].channel == .sms)
        #expect(cart.consentHints[0].accepted == false)
        #expect(cart.consentHints[1].channel == .email)
        #expect(cart.consentHints[1].accepted == false)
    }

    @Test func checkoutUpdateSampleParsesLikeCreate() throws {
        let created = try self.cart("checkouts/create", "webhook_checkouts_create.sample.2026-07.json")
        let updated = try self.cart("checkouts/update", "webhook_checkouts_update.sample.2026-07.json")
        #expect(created == updated)
    }

    @Test func checkoutWithSMSOptInPrefersTheSMSPhone() throws {
        var object = try Fixture.object("shopify/webhook_checkouts_create.sample.2026-07.json")
        object["buyer_accepts_sms_marketing"] = true
        object["sms_marketing_phone"] = "+13055550123"
        object["completed_at"] = "2022-01-01T10:00:00-05:00"
        let event = try self.parser.parse(topic: "checkouts/update", body: Fixture.json(object))
        guard case .cartUpdated(let cart) = event else { throw CommerceError.malformedPayload("") }
        #expect(cart.contact.phone == "+13055550123")
        #expect(
            cart.consentHints.first
                == ConsentHint(
                    channel: .sms, accepted: true, address: "+13055550123", platformState: "checkout_checkbox"))
        #expect(cart.isCompleted)
        #expect(cart.completedAt == Fixture.date("2022-01-01T15:00:00Z"))
    }

    @Test func checkoutInZeroDecimalCurrencyKeepsWholeYen() throws {
        let body = Data(
            #"{"token":"t1","presentment_currency":"JPY","currency":"USD","subtotal_price":"3000","line_items":[{"product_id":1,"variant_id":2,"title":"Tea","quantity":2,"price":"1500"}]}"#
                .utf8)
        guard case .cartUpdated(let cart) = try self.parser.parse(topic: "checkouts/create", body: body) else {
            throw CommerceError.malformedPayload("")
        }
        #expect(cart.subtotal == Money(minor: 3000, currency: "JPY"))
        #expect(cart.items.first?.unitPrice == 1500)
    }

    @Test func abandonedCheckoutsRESTFixtureParses() throws {
        let carts = try self.parser.parseAbandonedCheckouts(
            body: Fixture.data("shopify/rest_abandoned_checkouts_list.sdk-fixture.2025-07.json"))
        let cart = try #require(carts.first)
        #expect(carts.count == 1)
        #expect(cart.externalID == "2a1ace52255252df566af0faaedfbfa7")
        #expect(cart.cartToken == "68778783ad298f1c80c3bafcddeea02f")
        #expect(cart.contact.phone == "+16136120707")
        #expect(cart.contact.email == "bob.norman@mail.example.com")
        #expect(cart.contact.locale == "en")
        #expect(cart.subtotal == Money(minor: 35820, currency: "USD"))
        #expect(cart.discountCodes == ["TENOFF"])
        #expect(cart.items.map(\.variantTitle) == ["Red", "Pink"])
        #expect(cart.items.map(\.unitPrice) == [19900, 19900])
        #expect(cart.shippingAddress == PostalAddress(country: "US", province: "KY", city: "Louisville", zip: "40202"))
        #expect(cart.recoveryURL == "https://checkout.local/548380009/checkouts/2a1ace52255252df566af0faaedfbfa7/recover")
    }

    @Test func checkoutDeleteUsesItsId() throws {
        let body = try Fixture.data("shopify/webhook_checkouts_delete.sample.2026-07.json")
        #expect(try self.parser.parse(topic: "checkouts/delete", body: body) == .cartDeleted(externalID: "981820079255243537"))
        #expect(try self.parser.deletedCheckoutKeys(body: body) == ["981820079255243537", "eeafa272cebfd4b22385bc4b645e762c"])
    }

    @Test func ordersCreateSampleIsAVoidedTestOrder() throws {
        let order = try self.order("orders/create", "webhook_orders_create.sample.2026-07.json")
        #expect(order.externalID == "820982911946154508")
        #expect(order.orderNumber == "#9999")
        #expect(order.cartExternalID == nil)
        #expect(order.cartToken == nil)
        #expect(order.total == Money(minor: 40495, currency: "USD"))
        #expect(order.paid == false)
        #expect(order.platformStatus == "voided")
        #expect(order.cancelled)
        #expect(order.test)
        #expect(order.placedAt == Fixture.date("2022-01-01T00:00:00Z"))
    }

    @Test func ordersCreateLinesAndContact() throws {
        let order = try self.order("orders/create", "webhook_orders_create.sample.2026-07.json")
        #expect(
            order.items.map(\.title) == [
                "Aviator sunglasses", "Lens Protection Plan (2 Year)", "Premium Leather Case", "Mid-century lounger",
                "Coffee table",
            ])
        #expect(order.items.map(\.unitPrice) == [8999, 1999, 2499, 15999, 11999])
        #expect(order.items[0].productID == "788032119674292922")
        #expect(order.items[0].variantID == nil)
        // A line without product (a protection plan) keeps its SKU as a stable id.
        #expect(order.items[1].productID == "LENS-PROTECT-2YR")
        #expect(order.contact.email == "jon@example.com")
        #expect(order.contact.phone == "555-555-SHIP")
        #expect(order.contact.locale == "en")
    }

    @Test func orderRESTFixtureLinksBackToTheAbandonedCheckout() throws {
        let order = try self.parser.parseOrderResponse(body: Fixture.data("shopify/rest_order_get.sdk-fixture.2025-07.json"))
        let carts = try self.parser.parseAbandonedCheckouts(
            body: Fixture.data("shopify/rest_abandoned_checkouts_list.sdk-fixture.2025-07.json"))
        #expect(order.externalID == "450789469")
        #expect(order.orderNumber == "#1001")
        #expect(order.cartExternalID == "bd5a8aa1ecd019dd3520ff791ee3a24c")
        #expect(order.cartToken == carts.first?.cartToken)
        #expect(order.contact.phone == "+557734881234")
        #expect(order.total == Money(minor: 59894, currency: "USD"))
        #expect(order.discountCodes == ["TENOFF"])
        #expect(order.paid)  // partially_refunded: money was taken
        #expect(order.items.count == 3)
        #expect(order.placedAt == Fixture.date("2008-01-10T16:00:00Z"))
    }

    @Test func ordersPaidTopicIsAnOrder() throws {
        var object = try Fixture.object("shopify/webhook_orders_create.sample.2026-07.json")
        object["financial_status"] = "paid"
        object["cancelled_at"] = NSNull()
        guard case .orderPlaced(let order) = try self.parser.parse(topic: "orders/paid", body: Fixture.json(object))
        else { throw CommerceError.malformedPayload("") }
        #expect(order.paid)
        #expect(!order.cancelled)
    }

    @Test func smsConsentSampleWithoutStateChangesNothing() throws {
        let event = try self.parser.parse(
            topic: "customers_marketing_consent/update",
            body: Fixture.data("shopify/webhook_customers_marketing_consent_update.sample.2026-07.json"))
        guard case .ignored = event else {
            Issue.record("expected ignored, got \(event)")
            return
        }
    }

    @Test func smsConsentSubscribedIsAGrant() throws {
        let body = Data(
            #"{"id":706405506930370084,"phone":"+13055550123","sms_marketing_consent":{"state":"subscribed","opt_in_level":"single_opt_in","consent_updated_at":"2025-03-01T10:00:00-05:00","consent_collected_from":"OTHER"}}"#
                .utf8)
        let event = try self.parser.parse(topic: "customers/marketing_consent_update", body: body)
        #expect(
            event
                == .consentChanged(
                    ConsentChange(
                        channel: .sms, action: .granted, phone: "+13055550123", source: "shopify:other", kindHint: .singleOptIn,
                        occurredAt: Fixture.date("2025-03-01T15:00:00Z"), platformCustomerID: "706405506930370084",
                        platformState: "subscribed")))
    }

    @Test func emailConsentNotSubscribedIsARevocation() throws {
        let event = try self.parser.parse(
            topic: "customers_email_marketing_consent/update",
            body: Fixture.data("shopify/webhook_customers_email_marketing_consent_update.sample.2026-07.json"))
        #expect(
            event
                == .consentChanged(
                    ConsentChange(
                        channel: .email, action: .revoked, email: "bob@biller.com", source: "shopify",
                        platformCustomerID: "706405506930370084", platformState: "not_subscribed")))
    }

    @Test func dataRequestListsCustomerAndOrders() throws {
        let event = try self.parser.parse(
            topic: "customers/data_request", body: Fixture.data("shopify/webhook_customers_data_request.sample.2026-07.json"))
        #expect(
            event
                == .privacyRequest(
                    PrivacyRequest(
                        kind: .customerDataRequest, shopID: "954889", shopDomain: "{shop}.myshopify.com", customerID: "191167",
                        email: "john@example.com", phone: "555-625-1199", orderIDs: ["299938", "280263", "220458"],
                        requestID: "9999")))
    }

    @Test func customerRedactListsOrdersToRedact() throws {
        let event = try self.parser.parse(
            topic: "customers/redact", body: Fixture.data("shopify/webhook_customers_redact.sample.2026-07.json"))
        #expect(
            event
                == .privacyRequest(
                    PrivacyRequest(
                        kind: .customerRedact, shopID: "954889", shopDomain: "{shop}.myshopify.com", customerID: "191167",
                        email: "john@example.com", phone: "555-625-1199", orderIDs: ["299938", "280263", "220458"])))
    }

    @Test func shopRedactNamesTheShop() throws {
        let event = try self.parser.parse(
            topic: "shop/redact", body: Fixture.data("shopify/webhook_shop_redact.sample.2026-07.json"))
        #expect(
            event
                == .privacyRequest(
                    PrivacyRequest(kind: .shopRedact, shopID: "954889", shopDomain: "{shop}.myshopify.com")))
    }

    @Test func customersCreateIsIgnored() throws {
        let event = try self.parser.parse(
            topic: "customers/create", body: Fixture.data("shopify/webhook_customers_create.sample.2026-07.json"))
        guard case .ignored = event else {
            Issue.record("expected ignored, got \(event)")
            return
        }
    }

    @Test func productUpdateBecomesAProduct() throws {
        let event = try self.parser.parse(
            topic: "products/update", body: Fixture.data("shopify/webhook_products_update.sdk-fixture.2025-07.json"))
        guard case .catalogUpserted(let products) = event, let product = products.first else {
            throw CommerceError.malformedPayload("")
        }
        #expect(product.id == "632910392")
        #expect(product.title == "IPod Nano - 8GB")
        #expect(product.url == "https://northwind.example/products/ipod-nano")
        #expect(product.tags == ["Emotive", "Flash Memory", "MP3", "Music"])
        #expect(product.options == [ProductOption(name: "Color", values: ["Pink", "Red", "Green", "Black"])])
        #expect(product.currency == "USD")
        #expect(product.variants.count == 4)
        #expect(
            product.variants[0]
                == ProductVariant(
                    id: "808950810", title: "Pink", optionValues: ["Color": "Pink"], price: 19900, available: true, inventory: 10))
        #expect(product.description?.hasPrefix("<p>It's the small iPod") == true)
    }

    @Test func productCreateWithTwoOptionsMapsVariantOptions() throws {
        let event = try self.parser.parse(
            topic: "products/create", body: Fixture.data("shopify/webhook_products_create.sdk-fixture.2025-07.json"))
        guard case .catalogUpserted(let products) = event, let product = products.first else {
            throw CommerceError.malformedPayload("")
        }
        #expect(
            product.options == [
                ProductOption(name: "Color", values: ["Blue", "Black"]), ProductOption(name: "Size", values: ["155", "159"]),
            ])
        #expect(product.variants.map(\.optionValues) == [["Color": "Blue", "Size": "155"], ["Color": "Black", "Size": "159"]])
        #expect(product.variants.map(\.price) == [0, 0])
        // Stock not tracked (inventory_management null): available although the count is 0.
        #expect(product.variants.allSatisfy { $0.available == true })
        #expect(product.tags == [])
    }

    @Test(arguments: ["carts/update", "orders/cancelled", "app/uninstalled", ""])
    func unknownTopicIsATypedError(topic: String) throws {
        #expect(throws: CommerceError.unknownTopic(topic)) {
            try self.parser.parse(topic: topic, body: Data("{}".utf8))
        }
    }

    @Test func missingTopicHeaderIsUnknown() {
        #expect(throws: CommerceError.unknownTopic("")) { try self.parser.parse(topic: nil, body: Data("{}".utf8)) }
    }

    @Test(arguments: [
        ("CHECKOUTS_UPDATE", ShopifyTopic.checkoutsUpdate),
        ("customers/marketing_consent_update", .customersMarketingConsentUpdate),
        ("customers/email_marketing_consent_update", .customersEmailMarketingConsentUpdate),
        ("Orders/Paid", .ordersPaid),
    ])
    func topicAliasesAreRecognised(header: String, topic: ShopifyTopic) {
        #expect(ShopifyTopic(header: header) == topic)
    }

    @Test func nonJSONBodyIsMalformed() {
        #expect(throws: CommerceError.malformedPayload("body is not valid JSON")) {
            try self.parser.parse(topic: "checkouts/create", body: Data("not json".utf8))
        }
    }

    @Test func checkoutWithoutTokenNamesTheField() {
        #expect(throws: CommerceError.missingField("token")) {
            try self.parser.parse(topic: "checkouts/create", body: Data(#"{"presentment_currency":"USD"}"#.utf8))
        }
    }

    @Test func lineWithoutPriceNamesTheLine() {
        let body = Data(#"{"token":"t","currency":"USD","line_items":[{"title":"A","quantity":1}]}"#.utf8)
        #expect(throws: CommerceError.missingField("line_items[0].price")) {
            try self.parser.parse(topic: "checkouts/create", body: body)
        }
    }
}
