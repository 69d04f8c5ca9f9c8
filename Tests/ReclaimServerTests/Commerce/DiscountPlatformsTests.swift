import Foundation
import ReclaimCommerce
import ReclaimCore
import Testing

@testable import ReclaimServer

/// Which platform creates a cart's codes, and the link that applies one on each platform.
@Suite struct DiscountPlatformsTests {
    static func store(_ sections: String) throws -> StoreConfiguration {
        try #require(
            try ConfigurationLoader(environment: [:]).parse(
                """
                stores:
                  - id: shop
                    name: Shop
                    currency: USD
                    website: https://shop.example
                \(sections)
                """
            ).stores.first)
    }

    static let platforms = DiscountPlatforms(http: AsyncHTTPFetcher())

    @Test func theCartsOwnPlatformWithAdminCredentialsCreatesItsCodes() throws {
        let store = try Self.store(
            """
                shopify: { secret: s, shop_domain: shop.myshopify.com, admin_token: shpat_1 }
                woocommerce: { secret: w, consumer_key: ck_1, consumer_secret: cs_1 }
                bigcommerce: { secret: b, store_hash: abc123, access_token: tok }
            """)
        #expect(Self.platforms.client(store: store, source: .shopify) is ShopifyDiscountClient)
        #expect(Self.platforms.client(store: store, source: .woocommerce) is WooCommerceDiscountClient)
        #expect(Self.platforms.client(store: store, source: .bigcommerce) is BigCommerceDiscountClient)
        // The events API has no platform: no code is ever created for its carts.
        #expect(Self.platforms.client(store: store, source: .events) == nil)
    }

    @Test func aPlatformWithoutAdminCredentialsCreatesNothing() throws {
        let store = try Self.store("    shopify: { secret: s, shop_domain: shop.myshopify.com }")
        #expect(Self.platforms.client(store: store, source: .shopify) == nil)
        #expect(Self.platforms.client(store: store, source: .woocommerce) == nil)
    }

    @Test func theLinkAppliesTheCodeOnEachPlatform() throws {
        let store = try Self.store("    shopify: { secret: s, shop_domain: shop.myshopify.com, admin_token: shpat_1 }")
        let recovery = "https://shop.example/checkouts/c1/recover?key=k"
        #expect(
            TrackedLinkService.applying(code: "K7XQ3MRA9P", to: recovery, source: .shopify, store: store)
                .hasPrefix("https://shop.myshopify.com/discount/K7XQ3MRA9P?redirect=%2Fcheckouts%2Fc1%2Frecover"))
        #expect(
            TrackedLinkService.applying(code: "K7XQ3MRA9P", to: recovery, source: .woocommerce, store: store)
                == "https://shop.example/checkouts/c1/recover?key=k&coupon=K7XQ3MRA9P")
        // BigCommerce: the code was applied to the cart by API; the link is the cart's own.
        #expect(TrackedLinkService.applying(code: "K7XQ3MRA9P", to: recovery, source: .bigcommerce, store: store) == recovery)
    }
}
