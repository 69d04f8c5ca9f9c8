import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// `reclaim connect shopify|woocommerce|bigcommerce --store ID`: registers every webhook topic Reclaim's routes
/// handle with the platform's admin API and imports the catalog page by page.
///
/// Idempotent: a correct subscription is kept, one of Reclaim's that is wrong is corrected, a missing one is
/// created (``WebhookPlan``), so a second run changes nothing. Products go through the catalog ingestion path,
/// one transaction a page, so the assistant's index is rebuilt as after a product webhook. Webhooks are not
/// registered while a blocking ``ConnectGap`` remains (no credentials, no webhook secret, no https
/// `public_url`). A refusal stops the run; the report keeps every row done before it.
///
/// ```swift
/// let report = await PlatformConnector(dependencies: deps).connect(.shopify, store: store)
/// print(report.text)
/// ```
public struct PlatformConnector: Sendable {
    /// The application's dependencies (configuration, database, ingestion).
    let dependencies: AppDependencies
    /// The HTTP client for the admin APIs.
    let http: any HTTPFetching
    /// Pause before retrying a throttled or failed call, by attempt; empty for no retries.
    let retryDelays: [Duration]

    /// Creates a connector.
    /// - Parameters:
    ///   - dependencies: The application's dependencies.
    ///   - http: The HTTP client for the platform's admin API.
    ///   - retryDelays: Pauses before retrying a retryable failure (429, 5xx, throttled, timeout).
    public init(
        dependencies: AppDependencies, http: any HTTPFetching = AsyncHTTPFetcher(), retryDelays: [Duration] = [.seconds(1), .seconds(3)]
    ) {
        self.dependencies = dependencies
        self.http = http
        self.retryDelays = retryDelays
    }

    /// Connects `store` to `platform`.
    /// - Parameters:
    ///   - platform: The platform.
    ///   - store: The store (it must have the platform's section).
    ///   - dryRun: Only read: list the subscriptions and print the plan; change nothing and import nothing.
    /// - Returns: The report; ``ConnectReport/failure`` says why the command must fail.
    public func connect(_ platform: ConnectPlatform, store: StoreConfiguration, dryRun: Bool = false) async -> ConnectReport {
        let configuration = self.dependencies.configuration
        var report = ConnectReport(platform: platform, storeID: store.id, dryRun: dryRun)
        guard platform.section(store) != nil else {
            report.failure = "store \(store.id) has no \(platform.rawValue) section in the configuration"
            return report
        }
        report.gaps = ConnectGap.gaps(platform, store: store, configuration: configuration)
        guard let client = platform.client(store, http: self.http) else {
            report.failure = "cannot reach the \(platform.rawValue) admin API without its credentials (see missing)"
            return report
        }
        let url = platform.callbackURL(configuration, store: store)
        if report.gaps.contains(where: \.blocksWebhooks) {
            report.rows.append(.init(item: "webhooks", result: "skipped", detail: "fix the missing items below first"))
            report.failure = "webhooks not registered: the configuration lacks what is listed under missing"
        } else {
            do {
                try await self.registerWebhooks(client, url: url, dryRun: dryRun, into: &report)
            } catch {
                report.failure = self.explain(error, platform: platform, doing: "registering webhooks")
                return report
            }
        }
        if platform == .shopify && !dryRun {
            report.rows.append(
                .init(
                    item: "privacy topics", result: "not registrable",
                    detail: "customers/data_request, customers/redact, shop/redact: set them in the app's configuration to \(url)"))
        }
        guard !dryRun else {
            report.rows.append(.init(item: "catalog", result: "would import", detail: "every product, page by page"))
            return report
        }
        do {
            try await self.importCatalog(client, platform: platform, store: store, into: &report)
        } catch {
            report.rows.append(.init(item: "catalog", result: "failed", detail: "after \(report.imported) products"))
            report.failure = report.failure ?? self.explain(error, platform: platform, doing: "importing the catalog")
        }
        return report
    }

    func registerWebhooks(_ client: any PlatformConnectClient, url: String, dryRun: Bool, into report: inout ConnectReport) async throws {
        let existing = try await self.retrying { () async throws(PlatformDiscountError) in try await client.subscriptions() }
        let plan = WebhookPlan(wanted: client.topics, url: url, existing: existing)
        for step in plan.steps {
            let item = "webhook \(step.topic)"
            switch step.action {
            case .keep:
                report.rows.append(.init(item: item, result: "kept", detail: url))
            case .create:
                if !dryRun {
                    do {
                        try await self.retrying { () async throws(PlatformDiscountError) in
                            try await client.create(topic: step.topic, url: url)
                        }
                    } catch {
                        report.rows.append(.init(item: item, result: "failed", detail: error.message))
                        throw error
                    }
                }
                report.rows.append(.init(item: item, result: dryRun ? "would create" : "created", detail: url))
            case .correct:
                let old = step.subscription.map { "\($0.url)\($0.active ? "" : " (inactive)") → \(url)" } ?? url
                if !dryRun, let subscription = step.subscription {
                    do {
                        try await self.retrying { () async throws(PlatformDiscountError) in
                            try await client.correct(subscription, topic: step.topic, url: url)
                        }
                    } catch {
                        report.rows.append(.init(item: item, result: "failed", detail: error.message))
                        throw error
                    }
                }
                report.rows.append(.init(item: item, result: dryRun ? "would correct" : "corrected", detail: old))
            }
        }
    }

    func importCatalog(
        _ client: any PlatformConnectClient, platform: ConnectPlatform, store: StoreConfiguration, into report: inout ConnectReport
    ) async throws {
        let ingestion = self.dependencies.ingestionService
        let logger = self.dependencies.logger
        var cursor: String?
        var pages = 0
        repeat {
            let current = cursor
            let page = try await self.retrying { () async throws(PlatformDiscountError) in try await client.products(after: current) }
            if !page.products.isEmpty {
                let now = self.dependencies.clock.now()
                _ = try await self.dependencies.database.transaction { db in
                    try await ingestion.apply(
                        .catalogUpserted(page.products), source: platform.source, store: store, in: db, now: now, logger: logger)
                }
            }
            report.imported += page.products.count
            pages += 1
            cursor = page.next
        } while cursor != nil
        report.rows.append(
            .init(item: "catalog", result: "imported \(report.imported) products", detail: "\(pages) page\(pages == 1 ? "" : "s")"))
    }

    func retrying<T>(_ call: () async throws(PlatformDiscountError) -> T) async throws(PlatformDiscountError) -> T {
        var attempt = 0
        while true {
            do {
                return try await call()
            } catch {
                guard error.isRetryable, attempt < self.retryDelays.count else { throw error }
                try? await Task.sleep(for: self.retryDelays[attempt])
                attempt += 1
            }
        }
    }

    /// One line for a failure: a 401 names the refused credentials.
    func explain(_ error: any Error, platform: ConnectPlatform, doing: String) -> String {
        guard let error = error as? PlatformDiscountError else { return "\(doing): \(error)" }
        if error.status == 401 || error.status == 403 {
            return "the admin token was refused: \(platform.rawValue) answered HTTP \(error.status ?? 401) while \(doing) "
                + "(check \(platform.credentialKeys)): \(error.message)"
        }
        return "\(platform.rawValue) failed while \(doing): \(error.description)"
    }
}
