import Foundation
import ReclaimCommerce
import ReclaimCore

/// The admin client that creates a cart's codes: the one of the platform the cart came from, when the store's
/// section for it has the admin credentials. Carts from the generic events API have no platform and get `nil`:
/// no code is ever put in a message that exists nowhere.
struct DiscountPlatforms: Sendable {
    /// Makes the HTTP calls.
    let http: any HTTPFetching

    /// The client for `source` carts of `store`, or `nil` when the cart's platform cannot hold codes.
    func client(store: StoreConfiguration, source: CommerceSource) -> (any PlatformDiscountClient)? {
        func value(_ text: String?) -> String? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        switch source {
        case .shopify:
            guard let section = store.shopify, let token = value(section.adminToken),
                let domain = value(section.shopDomain) ?? value(section.apiBaseURL)
            else { return nil }
            return ShopifyDiscountClient(http: self.http, shopDomain: domain, apiBaseURL: value(section.apiBaseURL), adminToken: token)
        case .woocommerce:
            guard let section = store.woocommerce, let key = value(section.consumerKey), let secret = value(section.consumerSecret),
                let base = value(section.apiBaseURL) ?? value(store.website)
            else { return nil }
            return WooCommerceDiscountClient(http: self.http, apiBaseURL: base, consumerKey: key, consumerSecret: secret)
        case .bigcommerce:
            guard let section = store.bigcommerce, let token = value(section.accessToken), let hash = value(section.storeHash) else {
                return nil
            }
            return BigCommerceDiscountClient(
                http: self.http, apiBaseURL: value(section.apiBaseURL) ?? BigCommerceAPI.defaultBaseURL, storeHash: hash, accessToken: token
            )
        case .events:
            return nil
        }
    }
}
