import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// Discount settings in `reclaim.yml`: the store's limits, the ladder's checks, and admin credentials for the
/// platform that must create the codes, each failing the load at its file and line.
@Suite struct DiscountConfigurationTests {
    static func config(platform: String, discounts: String = "", flow: String) -> String {
        """
        database: { url: "sqlite::memory:" }
        stores:
          - id: demo
            name: Demo Coffee
            currency: USD
            website: https://demo.example
        \(platform)
        \(discounts)
        \(flow)
        """
    }

    static let discountFlow = """
            flows:
              - name: main
                steps:
                  - { delay: 1h, channel: sms }
                  - { delay: 24h, channel: sms, discount: { type: percent, value: 10, expires: 48h } }
        """

    static func loadError(_ text: String) -> ConfigurationError? {
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader(environment: [:]).parse(text, path: "shop.yml") }
    }

    @Test(arguments: [
        (#"    shopify: { secret: s, shop_domain: demo.myshopify.com }"#, "shopify section has no admin_token"),
        (#"    woocommerce: { secret: s, consumer_key: ck_1 }"#, "woocommerce section has no consumer_secret"),
        (#"    bigcommerce: { secret: s, access_token: t }"#, "bigcommerce section has no store_hash"),
    ])
    func aDiscountFlowWithoutAdminCredentialsFailsAtTheDiscountsLine(_ platform: String, _ reason: String) {
        let error = Self.loadError(Self.config(platform: platform, flow: Self.discountFlow))
        guard case .invalidFlow(_, let line, _, let field, let message)? = error else {
            Issue.record("expected invalidFlow, got \(String(describing: error))")
            return
        }
        #expect(field == "stores[demo].flows[0].steps[1].discount")
        #expect(line == 13)
        #expect(message.contains(reason))
        #expect(error?.description.hasPrefix("config shop.yml:13:") == true)
    }

    @Test func aPresetWithADiscountNamesTheFlowLine() {
        let error = Self.loadError(Self.config(platform: "    woocommerce: { secret: s }", flow: "    flow: three-touch-sms"))
        guard case .invalidFlow(_, let line, _, let field, _)? = error else {
            Issue.record("expected invalidFlow, got \(String(describing: error))")
            return
        }
        #expect(field == "stores[demo].flow")
        #expect(line == 9)
    }

    @Test(arguments: [
        #"    shopify: { secret: s, shop_domain: demo.myshopify.com, admin_token: shpat_1 }"#,
        #"    woocommerce: { secret: s, consumer_key: ck_1, consumer_secret: cs_1 }"#,
        #"    bigcommerce: { secret: s, store_hash: abc123, access_token: t }"#,
        "",  // the events API only
    ])
    func aDiscountFlowLoadsWithCredentialsOrWithoutAPlatform(_ platform: String) throws {
        let configuration = try ConfigurationLoader(environment: [:]).parse(Self.config(platform: platform, flow: Self.discountFlow))
        #expect(configuration.stores.first?.flowConfiguration.flows.first?.steps[1].discount?.value == 10)
    }

    @Test func aFlowWithoutDiscountsNeedsNoCredentials() throws {
        let flow = """
                flows:
                  - name: main
                    steps: [ { delay: 1h, channel: sms } ]
            """
        _ = try ConfigurationLoader(environment: [:]).parse(Self.config(platform: "    shopify: { secret: s }", flow: flow))
    }

    @Test func theDiscountsSectionBecomesTheStorePolicy() throws {
        let discounts = """
                discounts: { max_percent: 20, max_amount: 40, per_shopper_limit: 1, per_shopper_window: 14d,
                             exclude_sale_items: true, exclude_categories: [Gift-Cards] }
            """
        let configuration = try ConfigurationLoader(environment: [:]).parse(
            Self.config(platform: "", discounts: discounts, flow: Self.discountFlow))
        let policy = try #require(configuration.stores.first?.discountPolicy)
        #expect(
            policy
                == DiscountPolicy(
                    maxPercent: 20, maxAmount: 4_000, perShopperLimit: 1, perShopperWindow: 14 * 86_400, excludeDiscountedItems: true,
                    excludedCategories: ["gift-cards"]))
    }

    @Test(arguments: [
        ("discounts: { max_percent: 120 }", "stores[demo].discounts.max_percent"),
        ("discounts: { max_amount: 0 }", "stores[demo].discounts.max_amount"),
        ("discounts: { per_shopper_limit: 0 }", "stores[demo].discounts.per_shopper_limit"),
        ("discounts: { per_shopper_window: soon }", "stores[demo].discounts.per_shopper_window"),
        ("discounts: { max_pct: 10 }", "stores[demo].discounts.max_pct"),
    ])
    func aBadDiscountsSectionNamesItsField(_ discounts: String, _ field: String) {
        let error = Self.loadError(Self.config(platform: "", discounts: "    " + discounts, flow: Self.discountFlow))
        guard case .invalidFlow(_, let line, _, let actual, _)? = error else {
            Issue.record("expected invalidFlow, got \(String(describing: error))")
            return
        }
        #expect(actual == field)
        #expect(line == 8)
    }

    @Test func aFixedAmountInAnotherCurrencyFailsAtItsLine() {
        let flow = """
                flows:
                  - name: main
                    steps:
                      - { delay: 1h, channel: sms }
                      - { delay: 24h, channel: sms, discount: { type: fixed_amount, value: 5, currency: EUR } }
            """
        let error = Self.loadError(Self.config(platform: "", flow: flow))
        guard case .invalidFlow(_, let line, _, let field, let message)? = error else {
            Issue.record("expected invalidFlow, got \(String(describing: error))")
            return
        }
        #expect(field == "stores[demo].flows[0].steps[1].discount.currency")
        #expect(line == 13)
        #expect(message.contains("EUR") && message.contains("USD"))
    }
}
