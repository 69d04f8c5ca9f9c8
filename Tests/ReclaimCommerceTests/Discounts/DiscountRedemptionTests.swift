import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

/// Orders report the codes they used, and links apply codes.
@Suite struct DiscountRedemptionTests {
    @Test func wooCommerceCouponLinesAreTheOrdersCodes() throws {
        var order = try Fixture.object("woocommerce/order_create_response.wp-api-v3-docs.json")
        order["coupon_lines"] = [["id": 321, "code": "k7xq3mra9p", "discount": "10.00", "discount_tax": "0.00", "meta_data": []]]
        let event = try WooCommercePayloadParser().parse(topic: "order.created", body: Fixture.json(order))
        guard case .orderPlaced(let snapshot) = event else { throw CommerceError.malformedPayload("not an order") }
        #expect(snapshot.discountCodes == ["k7xq3mra9p"])
    }

    @Test func bigCommerceOrderCouponsAreTheOrdersCodes() throws {
        // GET /v2/orders/{id}/coupons, as documented in bigcommerce/docs reference/orders.v2.oas2.yml (orderCoupons).
        let coupons = Data(
            #"[{"id": 1, "coupon_id": 5, "order_id": 100, "code": "K7XQ3MRA9P", "amount": "10.0000", "type": 1, "discount": 10}]"#.utf8)
        let event = try BigCommerceResponses.orderEvent(
            order: Fixture.data("bigcommerce/order_get_response.openapi-example.json"),
            products: Fixture.data("bigcommerce/order_products_response.openapi-example.json"), coupons: coupons)
        guard case .orderPlaced(let snapshot) = event else { throw CommerceError.malformedPayload("not an order") }
        #expect(snapshot.discountCodes == ["K7XQ3MRA9P"])
    }

    @Test func anOrderWithoutCouponsHasNoCodes() throws {
        let event = try BigCommerceResponses.orderEvent(order: Fixture.data("bigcommerce/order_get_response.openapi-example.json"))
        guard case .orderPlaced(let snapshot) = event else { throw CommerceError.malformedPayload("not an order") }
        #expect(snapshot.discountCodes.isEmpty)
    }

    @Test(
        arguments: [
            (
                "https://northwind.example/1234/checkouts/abc/recover?key=xyz", "K7XQ3MRA9P",
                "https://northwind.example/discount/K7XQ3MRA9P?redirect=%2F1234%2Fcheckouts%2Fabc%2Frecover%3Fkey%3Dxyz"
            ),
            (nil, "K7XQ3MRA9P", "https://northwind.example/discount/K7XQ3MRA9P?redirect=%2Fcart"),
        ] as [(String?, String, String)])
    func shopifyLinksRedirectToTheRecoveryPath(_ recovery: String?, _ code: String, _ expected: String) {
        #expect(DiscountLink.shopify(storefront: "northwind.example", code: code, recoveryURL: recovery) == expected)
    }

    @Test(arguments: [
        ("https://shop.example/checkout/?recover=1", "https://shop.example/checkout/?recover=1&coupon=K7XQ3MRA9P"),
        ("https://shop.example/cart/", "https://shop.example/cart/?coupon=K7XQ3MRA9P"),
        ("https://shop.example/cart/?coupon=OLD2345678", "https://shop.example/cart/?coupon=K7XQ3MRA9P"),
    ])
    func wooCommerceLinksCarryTheCoupon(_ recovery: String, _ expected: String) {
        #expect(DiscountLink.wooCommerce(recoveryURL: recovery, code: "K7XQ3MRA9P") == expected)
    }
}
