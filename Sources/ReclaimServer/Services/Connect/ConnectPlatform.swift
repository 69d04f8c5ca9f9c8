import Foundation
import ReclaimCommerce
import ReclaimCore

/// The platform `reclaim connect` registers a store with, and how its admin client is made from the store's
/// section of `reclaim.yml`.
public enum ConnectPlatform: String, Sendable, Hashable, CaseIterable {
    case shopify, woocommerce, bigcommerce

    /// The store's section for this platform.
    func section(_ store: StoreConfiguration) -> StoreConfiguration.PlatformSection? {
        switch self {
        case .shopify: store.shopify
        case .woocommerce: store.woocommerce
        case .bigcommerce: store.bigcommerce
        }
    }

    /// Where the platform delivers webhooks: `{public_url}/webhooks/{platform}/{store}`.
    func callbackURL(_ configuration: ReclaimConfiguration, store: StoreConfiguration) -> String {
        let segment = store.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? store.id
        return "\(configuration.server.baseURL)/webhooks/\(self.rawValue)/\(segment)"
    }

    /// The admin credentials the section lacks, as configuration keys.
    func missingCredentials(_ store: StoreConfiguration) -> [String] {
        guard let section = self.section(store) else { return [self.rawValue] }
        func blank(_ value: String?) -> Bool { value?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }
        var missing: [String] = []
        switch self {
        case .shopify:
            if blank(section.adminToken) { missing.append("admin_token") }
            if blank(section.shopDomain), blank(section.apiBaseURL) { missing.append("shop_domain") }
        case .woocommerce:
            if blank(section.consumerKey) { missing.append("consumer_key") }
            if blank(section.consumerSecret) { missing.append("consumer_secret") }
            if blank(section.apiBaseURL), blank(store.website) { missing.append("api_base_url") }
        case .bigcommerce:
            if blank(section.accessToken) { missing.append("access_token") }
            if blank(section.storeHash) { missing.append("store_hash") }
        }
        return missing.map { "\(self.rawValue).\($0)" }
    }

    /// The keys holding the credentials a 401 refused.
    var credentialKeys: String {
        switch self {
        case .shopify: "shopify.admin_token"
        case .woocommerce: "woocommerce.consumer_key and consumer_secret"
        case .bigcommerce: "bigcommerce.access_token and store_hash"
        }
    }

    /// The admin client; `nil` when ``missingCredentials(_:)`` is not empty.
    func client(_ store: StoreConfiguration, http: any HTTPFetching) -> (any PlatformConnectClient)? {
        guard self.missingCredentials(store).isEmpty, let section = self.section(store) else { return nil }
        let secret = section.secret ?? ""
        switch self {
        case .shopify:
            return ShopifyConnectClient(
                http: http, shopDomain: section.shopDomain ?? "", apiBaseURL: section.apiBaseURL, adminToken: section.adminToken ?? "",
                currency: store.currency, storefrontURL: store.website)
        case .woocommerce:
            return WooCommerceConnectClient(
                http: http, apiBaseURL: section.apiBaseURL ?? store.website ?? "", consumerKey: section.consumerKey ?? "",
                consumerSecret: section.consumerSecret ?? "", webhookSecret: secret, currency: store.currency)
        case .bigcommerce:
            return BigCommerceConnectClient(
                http: http, apiBaseURL: section.apiBaseURL ?? BigCommerceAPI.defaultBaseURL, storeHash: section.storeHash ?? "",
                accessToken: section.accessToken ?? "", webhookSecret: secret, currency: store.currency, storefrontURL: store.website)
        }
    }

    /// The catalog's source.
    var source: CommerceSource {
        switch self {
        case .shopify: .shopify
        case .woocommerce: .woocommerce
        case .bigcommerce: .bigcommerce
        }
    }
}
