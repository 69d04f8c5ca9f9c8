import Foundation
import ReclaimCommerce
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// `reclaim connect` (``PlatformConnector``, what the command runs) against the local platform stand-ins:
/// every topic registered once, nothing changed by a second run, wrong subscriptions corrected, the catalog
/// imported across pages, and a refused token reported clearly.
@Suite struct PlatformConnectTests {
    static let publicURL = "https://reclaim.example"
    static let store = "summit"

    /// A store whose platform section points at the stand-in at `base`.
    static func stores(_ section: String) throws -> [StoreConfiguration] {
        try ConfigurationLoader(environment: [:]).parse(
            """
            stores:
              - id: \(store)
                name: Summit Outfitters
                currency: USD
                website: https://summit.example
                sms: { provider: outbox }
                \(section)
            """
        ).stores
    }

    static func withApp<T: Sendable>(
        _ stores: [StoreConfiguration], publicURL: String = publicURL, _ body: @Sendable @escaping (TestApp) async throws -> T
    ) async throws -> T {
        try await withTestApp(stores: stores, configure: { $0.configuration.server.publicURL = publicURL }, body)
    }

    static func connect(
        _ app: TestApp, _ platform: ConnectPlatform, dryRun: Bool = false, retryDelays: [Duration] = []
    ) async -> ConnectReport {
        let store = app.dependencies.configuration.store(Self.store)!
        return await PlatformConnector(dependencies: app.dependencies, http: AsyncHTTPFetcher(), retryDelays: retryDelays)
            .connect(platform, store: store, dryRun: dryRun)
    }

    static func catalog(_ app: TestApp) async throws -> [Product] {
        try await SQLCatalogStore(database: app.dependencies.database.sql).list(storeID: Self.store)
    }

    // MARK: Shopify

    static func shopifySection(_ base: String, token: String) -> String {
        "shopify: { secret: shpss_test, shop_domain: summit.myshopify.com, admin_token: \(token), api_base_url: \"\(base)\" }"
    }

    @Test func shopifyRegistersEveryTopicOnceAndASecondRunChangesNothing() async throws {
        let shopify = FakeShopifyAdmin()
        await shopify.setPageSize(2)
        await shopify.addProducts(5)
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            try await Self.withApp(try Self.stores(Self.shopifySection(base, token: shopify.adminToken))) { app in
                let first = await Self.connect(app, .shopify)
                #expect(first.failure == nil)
                let url = "\(Self.publicURL)/webhooks/shopify/\(Self.store)"
                let webhooks = await shopify.webhooks
                #expect(webhooks.map(\.topic) == ShopifyConnectClient.subscribedTopics.map(\.graphQLName))
                #expect(webhooks.allSatisfy { $0.url == url })
                #expect(Set(webhooks.map(\.topic)).count == webhooks.count)
                #expect(await shopify.webhookChanges.created == 9)
                #expect(first.count("created") == 9)
                #expect(first.imported == 5)
                #expect(first.text.contains("imported 5 products"))
                #expect(first.text.contains("3 pages"))
                let products = try await Self.catalog(app)
                #expect(products.count == 5)
                let product = try #require(products.first { $0.id == "7001" })
                #expect(product.url == "https://summit.example/products/product-1")
                #expect(product.variants.map(\.price) == [1999, 2499])
                #expect(product.variants.map(\.inStock) == [true, false])
                #expect(try await app.jobs(CatalogService.reindexKind) == 1)

                let second = await Self.connect(app, .shopify)
                #expect(second.failure == nil)
                #expect(await shopify.webhookChanges == PlatformAdminWebhookChanges(created: 9, updated: 0))
                #expect(second.count("kept") == 9)
                #expect(second.count("created") == 0 && second.count("corrected") == 0)
                #expect(await shopify.webhooks == webhooks)
            }
        }
    }

    @Test func shopifyCorrectsAWrongSubscriptionAndLeavesOtherAppsAlone() async throws {
        let shopify = FakeShopifyAdmin()
        await shopify.seed(
            PlatformAdminWebhook(
                id: "gid://shopify/WebhookSubscription/1", topic: "CHECKOUTS_UPDATE", url: "https://old.example/webhooks/shopify/summit"))
        await shopify.seed(
            PlatformAdminWebhook(id: "gid://shopify/WebhookSubscription/2", topic: "ORDERS_CREATE", url: "https://erp.example/hook"))
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            try await Self.withApp(try Self.stores(Self.shopifySection(base, token: shopify.adminToken))) { app in
                let report = await Self.connect(app, .shopify)
                #expect(report.failure == nil)
                #expect(await shopify.webhookChanges == PlatformAdminWebhookChanges(created: 8, updated: 1))
                let webhooks = await shopify.webhooks
                #expect(webhooks.first { $0.id.hasSuffix("/1") }?.url == "\(Self.publicURL)/webhooks/shopify/summit")
                #expect(webhooks.first { $0.id.hasSuffix("/2") }?.url == "https://erp.example/hook")
                #expect(report.rows.contains { $0.item == "webhook CHECKOUTS_UPDATE" && $0.result == "corrected" })
                _ = await Self.connect(app, .shopify)
                #expect(await shopify.webhookChanges.total == 9)
            }
        }
    }

    @Test func aRefusedTokenFailsClearlyAndChangesNothing() async throws {
        let shopify = FakeShopifyAdmin()
        await shopify.addProducts(1)
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            try await Self.withApp(try Self.stores(Self.shopifySection(base, token: "shpat_wrong"))) { app in
                let report = await Self.connect(app, .shopify)
                let failure = try #require(report.failure)
                #expect(failure.contains("the admin token was refused"))
                #expect(failure.contains("HTTP 401"))
                #expect(failure.contains("shopify.admin_token"))
                #expect(await shopify.webhooks.isEmpty)
                #expect(try await Self.catalog(app).isEmpty)
            }
        }
    }

    @Test func aPlatformOutageIsRetriedThenReportedWithWhatWasDone() async throws {
        let shopify = FakeShopifyAdmin()
        await shopify.addProducts(1)
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            try await Self.withApp(try Self.stores(Self.shopifySection(base, token: shopify.adminToken))) { app in
                // One 502 on the first call: retried, and the run completes.
                await shopify.failNext(1, with: .status(502))
                let retried = await Self.connect(app, .shopify, retryDelays: [.milliseconds(10)])
                #expect(retried.failure == nil)
                #expect(await shopify.webhookChanges.created == 9)
                // A 503 with no retries left: nothing changes, the command fails and names the status.
                await shopify.failNext(1, with: .status(503))
                let second = await Self.connect(app, .shopify)
                let failure = try #require(second.failure)
                #expect(failure.contains("HTTP 503"))
                #expect(second.rows.isEmpty)
                #expect(await shopify.webhookChanges.created == 9)
            }
        }
    }

    @Test func aDryRunPrintsThePlanAndChangesNothing() async throws {
        let shopify = FakeShopifyAdmin()
        await shopify.addProducts(2)
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            try await Self.withApp(try Self.stores(Self.shopifySection(base, token: shopify.adminToken))) { app in
                let report = await Self.connect(app, .shopify, dryRun: true)
                #expect(report.failure == nil)
                #expect(report.count("would create") == 9)
                #expect(report.text.contains("dry run"))
                #expect(await shopify.webhookChanges.total == 0)
                let products = try await Self.catalog(app)
                #expect(products.isEmpty)
            }
        }
    }

    @Test func withoutAnHTTPSPublicURLNoWebhookIsRegisteredAndTheGapIsNamed() async throws {
        let shopify = FakeShopifyAdmin()
        await shopify.addProducts(1)
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            let stores = try Self.stores(Self.shopifySection(base, token: shopify.adminToken))
            try await Self.withApp(stores, publicURL: "http://127.0.0.1:8080") { app in
                let report = await Self.connect(app, .shopify)
                #expect(report.failure != nil)
                #expect(report.gaps.contains { $0.key == "server.public_url" })
                #expect(report.gaps.contains { $0.key == "sms.provider" && $0.message.contains("outbox") })
                #expect(report.text.contains("server.public_url"))
                // The store has no consent wording: the same row as the start-up warning and the dashboard banner.
                #expect(report.gaps.contains { $0.key == "consent.platform_disclosure" && !$0.blocksWebhooks })
                #expect(report.text.contains("consent.platform_disclosure"))
                #expect(await shopify.webhooks.isEmpty)
                #expect(report.imported == 1)
            }
        }
    }

    @Test func missingAdminCredentialsAreNamed() async throws {
        let stores = try Self.stores("shopify: { secret: shpss_test, shop_domain: summit.myshopify.com }")
        try await Self.withApp(stores) { app in
            let report = await Self.connect(app, .shopify)
            #expect(report.failure != nil)
            #expect(report.gaps.first?.key == "shopify.admin_token")
            let none = await Self.connect(app, .bigcommerce)
            #expect(none.failure == "store summit has no bigcommerce section in the configuration")
        }
    }

    // MARK: WooCommerce

    @Test func wooCommerceRegistersOnceCorrectsAPausedWebhookAndImportsEveryPage() async throws {
        let woo = FakeWooCommerceAdmin()
        await woo.setPageSize(2)
        await woo.addProducts(5)
        let url = "\(Self.publicURL)/webhooks/woocommerce/\(Self.store)"
        await woo.seed(PlatformAdminWebhook(id: "7", topic: "order.updated", url: url, active: false, secret: "old"))
        await woo.seed(PlatformAdminWebhook(id: "8", topic: "product.updated", url: "https://other-plugin.example/hook"))
        try await LocalHTTPServer.run(woo.makeRouter) { base in
            let section =
                "woocommerce: { secret: woo-secret, consumer_key: \(woo.consumerKey), consumer_secret: \(woo.consumerSecret), api_base_url: \"\(base)\" }"
            try await Self.withApp(try Self.stores(section)) { app in
                let first = await Self.connect(app, .woocommerce)
                #expect(first.failure == nil)
                #expect(await woo.webhookChanges == PlatformAdminWebhookChanges(created: 3, updated: 1))
                let ours = await woo.webhooks.filter { $0.url == url }
                #expect(Set(ours.map(\.topic)) == Set(WooCommerceConnectClient.subscribedTopics))
                #expect(ours.allSatisfy { $0.active && $0.secret == "woo-secret" })
                #expect(await woo.webhooks.first { $0.id == "8" }?.url == "https://other-plugin.example/hook")
                #expect(first.imported == 5)
                let products = try await Self.catalog(app)
                #expect(products.count == 5)
                let product = try #require(products.first { $0.id == "801" })
                #expect(product.variants.map(\.price) == [2150])
                #expect(product.variants.map(\.inStock) == [true])
                #expect(product.tags == ["trail"])
                #expect(product.url == "https://shop.example/product/product-1/")

                let second = await Self.connect(app, .woocommerce)
                #expect(second.failure == nil)
                #expect(await woo.webhookChanges.total == 4)
                #expect(second.count("kept") == 4)
            }
        }
    }

    @Test func wooCommerceRefusedKeysFailClearly() async throws {
        let woo = FakeWooCommerceAdmin()
        try await LocalHTTPServer.run(woo.makeRouter) { base in
            let section =
                "woocommerce: { secret: woo-secret, consumer_key: ck_wrong, consumer_secret: cs_wrong, api_base_url: \"\(base)\" }"
            try await Self.withApp(try Self.stores(section)) { app in
                let report = await Self.connect(app, .woocommerce)
                #expect(report.failure?.contains("the admin token was refused") == true)
                #expect(report.failure?.contains("woocommerce.consumer_key") == true)
                #expect(await woo.webhooks.isEmpty)
            }
        }
    }

    // MARK: BigCommerce

    @Test func bigCommerceRegistersOnceCorrectsAWrongSecretAndImportsEveryPage() async throws {
        let bigcommerce = FakeBigCommerceAdmin()
        await bigcommerce.setPageSize(2)
        await bigcommerce.addProducts(3)
        let url = "\(Self.publicURL)/webhooks/bigcommerce/\(Self.store)"
        await bigcommerce.seed(PlatformAdminWebhook(id: "19000", topic: "store/cart/abandoned", url: url, secret: "stale"))
        try await LocalHTTPServer.run(bigcommerce.makeRouter) { base in
            let section =
                "bigcommerce: { secret: bc-secret, store_hash: \(bigcommerce.storeHash), access_token: \(bigcommerce.accessToken), api_base_url: \"\(base)\" }"
            try await Self.withApp(try Self.stores(section)) { app in
                let first = await Self.connect(app, .bigcommerce)
                #expect(first.failure == nil)
                #expect(await bigcommerce.webhookChanges == PlatformAdminWebhookChanges(created: 6, updated: 1))
                let hooks = await bigcommerce.webhooks
                #expect(hooks.map(\.topic).sorted() == BigCommerceConnectClient.subscribedScopes.sorted())
                #expect(hooks.allSatisfy { $0.url == url && $0.active && $0.secret == "bc-secret" })
                #expect(first.imported == 3)
                let product = try #require(try await Self.catalog(app).first { $0.id == "111" })
                #expect(product.url == "https://summit.example/product-1/")
                #expect(product.variants.map(\.price) == [3500, 3500])
                #expect(product.variants.map(\.inStock) == [true, false])
                #expect(product.options == [ProductOption(name: "Color", values: ["Red", "Blue"])])

                let second = await Self.connect(app, .bigcommerce)
                #expect(second.failure == nil)
                #expect(await bigcommerce.webhookChanges.total == 7)
                #expect(second.count("kept") == 7)
            }
        }
    }
}
