import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

@Suite struct GenericEventParserTests {
    static var cartData: [String: Any] {
        [
            "cart_id": "c_42",
            "contact": ["phone": "+13055550123", "email": "Ana@Example.com", "first_name": "Ana", "last_name": "Ruiz", "locale": "es-US"],
            "items": [
                [
                    "product_id": "p1", "variant_id": "v1", "title": "Summit Trail Jacket", "variant_title": "Blue / M",
                    "quantity": 2, "price": 12900, "image_url": "https://cdn.example/jacket.jpg",
                ]
            ],
            "subtotal": 25800, "currency": "usd", "recovery_url": "https://shop.example/cart/c_42",
            "shipping_address": ["country": "us", "province": "FL", "city": "Miami", "zip": "33101"],
            "ip": "198.51.100.4", "user_agent": "Mozilla/5.0", "unknown_field": ["ignored": true],
        ]
    }
    static var orderData: [String: Any] {
        [
            "order_id": "o_9", "cart_id": "c_42", "contact": ["email": "ana@example.com"],
            "items": [["product_id": "p1", "title": "Summit Trail Jacket", "quantity": 1, "price": 12900]],
            "total": 13900, "currency": "USD", "discount_codes": ["BACK10"],
        ]
    }
    static var consentData: [String: Any] {
        [
            "channel": "sms", "phone": "+13055550123", "source": "checkout",
            "disclosure_text": "Reply STOP to opt out.", "ip": "198.51.100.4", "user_agent": "Mozilla/5.0",
            "page_url": "https://shop.example/checkout", "double_opt_in_confirmed_at": "2025-03-01T10:05:00-05:00",
        ]
    }
    static var catalogData: [String: Any] {
        [
            "products": [
                [
                    "id": "p1", "title": "Summit Trail Jacket", "description": "Waterproof.", "url": "https://shop.example/p1",
                    "tags": ["outerwear"], "options": ["Color": ["Blue", "Red"], "Size": ["M", "L"]],
                    "variants": [
                        [
                            "id": "v1", "title": "Blue / M", "options": ["Color": "Blue", "Size": "M"], "price": 12900, "available": true,
                            "inventory": 4,
                        ]
                    ],
                ]
            ]
        ]
    }

    static func body(_ type: String, _ data: Any, occurredAt: Any = "2025-03-01T10:00:00-05:00") throws -> Data {
        try Fixture.json(["type": type, "id": "evt_1", "occurred_at": occurredAt, "data": data])
    }

    static func errors(_ body: Data) -> [String] {
        do {
            _ = try GenericEventParser.parse(body: body)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// Removes the value at a dotted path with `[i]` indices.
    static func removing(_ path: String, from data: [String: Any]) -> [String: Any] {
        var parts = path.split(separator: ".").map(String.init)
        let last = parts.removeLast()
        func remove(_ value: Any, _ keys: ArraySlice<String>) -> Any {
            guard let key = keys.first else {
                var object = value as? [String: Any] ?? [:]
                object[last] = nil
                return object
            }
            if let bracket = key.firstIndex(of: "[") {
                let name = String(key[..<bracket])
                let index = Int(key[key.index(after: bracket)..<key.index(before: key.endIndex)])!
                var object = value as? [String: Any] ?? [:]
                var array = object[name] as? [Any] ?? []
                array[index] = remove(array[index], keys.dropFirst())
                object[name] = array
                return object
            }
            var object = value as? [String: Any] ?? [:]
            object[key] = remove(object[key] as Any, keys.dropFirst())
            return object
        }
        return remove(data, parts[...]) as? [String: Any] ?? [:]
    }

    @Test(arguments: ["cart.updated", "checkout.started"])
    func cartEventIsNormalised(type: String) throws {
        let parsed = try GenericEventParser.parse(body: Self.body(type, Self.cartData))
        #expect(parsed.id == "evt_1")
        #expect(parsed.type == type)
        #expect(parsed.occurredAt == Fixture.date("2025-03-01T15:00:00Z"))
        guard case .cartUpdated(let cart) = parsed.event else {
            Issue.record("expected cartUpdated, got \(parsed.event)")
            return
        }
        #expect(cart.source == .events)
        #expect(cart.externalID == "c_42")
        #expect(
            cart.contact
                == CommerceContact(
                    phone: "+13055550123", email: "ana@example.com", firstName: "Ana", lastName: "Ruiz", locale: "es-US"))
        #expect(
            cart.items == [
                LineItem(
                    productID: "p1", variantID: "v1", title: "Summit Trail Jacket", variantTitle: "Blue / M", quantity: 2,
                    unitPrice: 12900, imageURL: "https://cdn.example/jacket.jpg")
            ])
        #expect(cart.subtotal == Money(minor: 25800, currency: "USD"))
        #expect(cart.recoveryURL == "https://shop.example/cart/c_42")
        #expect(cart.shippingAddress == PostalAddress(country: "US", province: "FL", city: "Miami", zip: "33101"))
        #expect(cart.ip == "198.51.100.4")
        #expect(cart.userAgent == "Mozilla/5.0")
        #expect(cart.updatedAt == parsed.occurredAt)
    }

    @Test func subtotalDefaultsToSumOfLines() throws {
        var data = Self.cartData
        data["subtotal"] = nil
        guard case .cartUpdated(let cart) = try GenericEventParser.parse(body: Self.body("cart.updated", data)).event
        else { throw CommerceError.malformedPayload("") }
        #expect(cart.subtotal.minor == 25800)
    }

    @Test func orderEventIsNormalised() throws {
        let parsed = try GenericEventParser.parse(body: Self.body("order.placed", Self.orderData))
        #expect(
            parsed.event
                == .orderPlaced(
                    OrderSnapshot(
                        source: .events, externalID: "o_9", cartExternalID: "c_42", contact: CommerceContact(email: "ana@example.com"),
                        items: [LineItem(productID: "p1", title: "Summit Trail Jacket", quantity: 1, unitPrice: 12900)],
                        total: Money(minor: 13900, currency: "USD"), discountCodes: ["BACK10"], paid: true,
                        placedAt: Fixture.date("2025-03-01T15:00:00Z"))))
    }

    @Test(arguments: [("consent.granted", ConsentAction.granted), ("consent.revoked", .revoked)])
    func consentEventIsNormalised(type: String, action: ConsentAction) throws {
        let parsed = try GenericEventParser.parse(body: Self.body(type, Self.consentData))
        #expect(
            parsed.event
                == .consentChanged(
                    ConsentChange(
                        channel: .sms, action: action, phone: "+13055550123", source: "checkout",
                        kindHint: action == .granted ? .doubleOptIn : nil, disclosureText: "Reply STOP to opt out.",
                        ip: "198.51.100.4", userAgent: "Mozilla/5.0", pageURL: "https://shop.example/checkout",
                        doubleOptInConfirmedAt: Fixture.date("2025-03-01T15:05:00Z"),
                        occurredAt: Fixture.date("2025-03-01T15:00:00Z"))))
    }

    @Test func emailConsentNeedsOnlyEmail() throws {
        let parsed = try GenericEventParser.parse(
            body: Self.body("consent.revoked", ["channel": "email", "email": "Ana@Example.com"]))
        guard case .consentChanged(let change) = parsed.event else { throw CommerceError.malformedPayload("") }
        #expect(change.address == "ana@example.com")
        #expect(change.source == "api")
    }

    @Test func catalogEventIsNormalised() throws {
        let parsed = try GenericEventParser.parse(body: Self.body("catalog.upserted", Self.catalogData))
        #expect(
            parsed.event
                == .catalogUpserted([
                    Product(
                        id: "p1", title: "Summit Trail Jacket", description: "Waterproof.", url: "https://shop.example/p1",
                        tags: ["outerwear"],
                        options: [
                            ProductOption(name: "Color", values: ["Blue", "Red"]), ProductOption(name: "Size", values: ["M", "L"]),
                        ],
                        variants: [
                            ProductVariant(
                                id: "v1", title: "Blue / M", optionValues: ["Color": "Blue", "Size": "M"], price: 12900, available: true,
                                inventory: 4)
                        ])
                ]))
    }

    @Test(arguments: [
        ("cart.updated", "data.cart_id"), ("cart.updated", "data.contact"), ("cart.updated", "data.items"),
        ("cart.updated", "data.currency"), ("cart.updated", "data.items[0].product_id"),
        ("cart.updated", "data.items[0].title"), ("cart.updated", "data.items[0].quantity"),
        ("cart.updated", "data.items[0].price"), ("checkout.started", "data.cart_id"),
        ("checkout.started", "data.items[0].price"), ("order.placed", "data.order_id"), ("order.placed", "data.total"),
        ("order.placed", "data.currency"), ("order.placed", "data.items[0].price"), ("consent.granted", "data.channel"),
        ("consent.granted", "data.phone"), ("consent.revoked", "data.phone"), ("catalog.upserted", "data.products"),
        ("catalog.upserted", "data.products[0].id"), ("catalog.upserted", "data.products[0].title"),
        ("catalog.upserted", "data.products[0].variants[0].id"),
    ])
    func missingRequiredFieldIsNamed(type: String, path: String) throws {
        let data: [String: Any] =
            switch type {
            case "order.placed": Self.orderData
            case "consent.granted", "consent.revoked": Self.consentData
            case "catalog.upserted": Self.catalogData
            default: Self.cartData
            }
        let errors = Self.errors(try Self.body(type, Self.removing(String(path.dropFirst("data.".count)), from: data)))
        #expect(errors == ["\(path): required field is missing"])
    }

    @Test(arguments: ["type", "id", "data"])
    func missingEnvelopeFieldIsNamed(field: String) throws {
        var envelope: [String: Any] = ["type": "cart.updated", "id": "evt_1", "data": Self.cartData]
        envelope[field] = nil
        #expect(Self.errors(try Fixture.json(envelope)) == ["\(field): required field is missing"])
    }

    @Test func contactWithoutPhoneOrEmailIsRefused() throws {
        var data = Self.cartData
        data["contact"] = ["first_name": "Ana"]
        #expect(Self.errors(try Self.body("cart.updated", data)) == ["data.contact: phone or email is required"])
    }

    @Test func unknownTypeIsNamed() throws {
        #expect(Self.errors(try Self.body("x", Self.cartData)) == [#"type: unknown event type "x""#])
    }

    @Test(arguments: [
        ("24.99", "data.items[0].price: money must be an integer in minor units (2499 for 24.99), got the decimal number 24.99"),
        (#""2499""#, #"data.items[0].price: money must be an integer in minor units (2499 for 24.99), got the string "2499""#),
        ("-5", "data.items[0].price: money must not be negative, got -5"),
    ])
    func moneyMustBeANonNegativeInteger(rawPrice: String, message: String) throws {
        var data = Self.cartData
        var item = (data["items"] as! [[String: Any]])[0]
        item["price"] = "__PRICE__"
        data["items"] = [item]
        let text = String(decoding: try Self.body("cart.updated", data), as: UTF8.self)
            .replacingOccurrences(of: #""__PRICE__""#, with: rawPrice)
        #expect(Self.errors(Data(text.utf8)) == [message])
    }

    @Test func floatWithZeroFractionIsStillRefused() throws {
        let body = Data(
            #"{"type":"order.placed","id":"evt_1","data":{"order_id":"o","cart_id":"c","total":1390.0,"currency":"USD"}}"#.utf8)
        #expect(
            Self.errors(body) == [
                "data.total: money must be an integer in minor units (2499 for 24.99), got the decimal number 1390.0"
            ])
    }

    @Test func everyProblemIsReported() throws {
        var data = Self.cartData
        data["cart_id"] = nil
        data["contact"] = [String: Any]()
        data["currency"] = "dollars"
        let errors = Self.errors(try Self.body("cart.updated", data))
        #expect(
            errors == [
                "data.cart_id: required field is missing", "data.contact: phone or email is required",
                #"data.currency: expected an ISO 4217 currency code like USD, got "dollars""#,
            ])
    }

    @Test(arguments: ["2025-03-01T10:00:00", "2025-03-01", "yesterday"])
    func timesNeedAnOffset(text: String) throws {
        let errors = Self.errors(try Self.body("cart.updated", Self.cartData, occurredAt: text))
        #expect(errors == ["occurred_at: expected an ISO 8601 time with offset (2025-01-31T14:05:00-05:00), got \"\(text)\""])
    }

    @Test func fractionalSecondsAndZuluAreAccepted() throws {
        let parsed = try GenericEventParser.parse(body: Self.body("cart.updated", Self.cartData, occurredAt: "2025-03-01T15:00:00.250Z"))
        #expect(parsed.occurredAt == Fixture.date("2025-03-01T15:00:00Z").addingTimeInterval(0.25))
    }

    @Test func integerIDsAreAccepted() throws {
        var data = Self.cartData
        data["cart_id"] = 42
        guard case .cartUpdated(let cart) = try GenericEventParser.parse(body: Self.body("cart.updated", data)).event
        else { throw CommerceError.malformedPayload("") }
        #expect(cart.externalID == "42")
    }

    @Test func zeroQuantityIsRefused() throws {
        var data = Self.cartData
        var item = (data["items"] as! [[String: Any]])[0]
        item["quantity"] = 0
        data["items"] = [item]
        #expect(Self.errors(try Self.body("cart.updated", data)) == ["data.items[0].quantity: must be at least 1, got 0"])
    }

    @Test func orderWithoutCartOrContactCannotBeMatched() throws {
        var data = Self.orderData
        data["cart_id"] = nil
        data["contact"] = nil
        #expect(
            Self.errors(try Self.body("order.placed", data)) == [
                "data.contact: phone or email is required when cart_id is absent"
            ])
    }

    @Test func unknownChannelAndBadURLAreNamed() throws {
        var data = Self.consentData
        data["channel"] = "fax"
        data["page_url"] = "javascript:alert(1)"
        #expect(
            Self.errors(try Self.body("consent.granted", data)) == [
                #"data.channel: must be "sms" or "email", got "fax""#,
                #"data.page_url: expected an absolute http(s) URL, got "javascript:alert(1)""#,
            ])
    }

    @Test(arguments: ["", "{", "[1,2]", "{\"type\":\"cart.updated\",}", "nul"])
    func invalidBodiesAreRefusedAsAWhole(text: String) {
        let errors = Self.errors(Data(text.utf8))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("(body): ") == true)
    }

    @Test func nullCountsAsMissing() throws {
        var data = Self.cartData
        data["cart_id"] = NSNull()
        #expect(Self.errors(try Self.body("cart.updated", data)) == ["data.cart_id: required field is missing"])
    }

    @Test func errorDescriptionJoinsAllProblems() {
        let error = EventValidationError(errors: [
            .init(path: "data.items[0].price", message: "required field is missing"),
            .init(path: "data.contact", message: "phone or email is required"),
        ])
        #expect(error.description == "data.items[0].price: required field is missing; data.contact: phone or email is required")
        #expect(error.paths == ["data.items[0].price", "data.contact"])
    }
}
