import Foundation
import ReclaimCore

extension StoreConfiguration {
    /// The platforms configured for this store whose admin credentials are incomplete, each with what is missing.
    ///
    /// Discount codes are created through the platform's admin API: Shopify needs `admin_token` (and
    /// `shop_domain` or `api_base_url`), WooCommerce `consumer_key`, `consumer_secret` and `api_base_url` (or the
    /// store's `website`), BigCommerce `access_token` and `store_hash`.
    public var platformsMissingDiscountCredentials: [(platform: String, missing: [String])] {
        func blank(_ value: String?) -> Bool { value?.trimmingCharacters(in: .whitespaces).isEmpty ?? true }
        var result: [(String, [String])] = []
        if let shopify = self.shopify {
            var missing: [String] = []
            if blank(shopify.adminToken) { missing.append("admin_token") }
            if blank(shopify.shopDomain), blank(shopify.apiBaseURL) { missing.append("shop_domain") }
            if !missing.isEmpty { result.append(("shopify", missing)) }
        }
        if let woo = self.woocommerce {
            var missing: [String] = []
            if blank(woo.consumerKey) { missing.append("consumer_key") }
            if blank(woo.consumerSecret) { missing.append("consumer_secret") }
            if blank(woo.apiBaseURL), blank(self.website) { missing.append("api_base_url") }
            if !missing.isEmpty { result.append(("woocommerce", missing)) }
        }
        if let bigcommerce = self.bigcommerce {
            var missing: [String] = []
            if blank(bigcommerce.accessToken) { missing.append("access_token") }
            if blank(bigcommerce.storeHash) { missing.append("store_hash") }
            if !missing.isEmpty { result.append(("bigcommerce", missing)) }
        }
        return result
    }

    /// A flow the store chose (`flow:` or `flows:`) that gives discounts, on a platform whose admin credentials are
    /// missing, is a configuration error naming the discount's field: such codes could never exist at checkout.
    ///
    /// Stores without a platform section (the events API only) and stores on the built-in default flow are not
    /// checked here.
    func checkDiscountCredentials() throws(FlowDefinitionError) {
        guard let field = self.firstDiscountField, let gap = self.platformsMissingDiscountCredentials.first else { return }
        throw FlowDefinitionError(
            path: field,
            message: "this flow gives discount codes, but the store's \(gap.platform) section has no "
                + "\(gap.missing.joined(separator: ", ")): Reclaim creates codes through the platform's admin API "
                + "(add the credentials, or remove the discount steps)")
    }

    /// The path of the first discount in the flows the store wrote, or `nil` when they give none.
    var firstDiscountField: String? {
        let store = "stores[\(self.id)]"
        func discountStep(_ flow: FlowDefinition) -> Int? {
            flow.steps.firstIndex { step in step.discount != nil || step.variants.contains { $0.discount != nil } }
        }
        if let flows = self.flows, flows != .null {
            if case .array(let items) = flows {
                for (index, item) in items.enumerated() {
                    let flow: FlowDefinition? =
                        if case .string(let name) = item { FlowPreset(name: name)?.definition } else {
                            self.flowConfiguration.flows.indices.contains(index) ? self.flowConfiguration.flows[index] : nil
                        }
                    guard let flow, let step = discountStep(flow) else { continue }
                    if case .string = item { return "\(store).flows[\(index)]" }
                    return "\(store).flows[\(index)].steps[\(step)].discount"
                }
                return nil
            }
            guard let flow = self.flowConfiguration.flows.first, let step = discountStep(flow) else { return nil }
            if case .string = flows { return "\(store).flows" }
            return "\(store).flows.steps[\(step)].discount"
        }
        if self.flow != nil, let flow = self.flowConfiguration.flows.first, discountStep(flow) != nil { return "\(store).flow" }
        return nil
    }
}
