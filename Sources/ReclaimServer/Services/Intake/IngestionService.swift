import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimPhone
import ReclaimStore
import SQLKit

/// Applies one normalised platform event (``CommerceEvent``) to the database: contacts, carts, orders,
/// consent, the catalog and privacy requests, and (re)schedules the cart's abandonment check.
///
/// Every call runs on the database it is given, normally one transaction per event, so an event is
/// applied entirely or not at all. Webhooks reach it through the `commerce.ingest` job; the generic
/// events API calls it synchronously.
///
/// ```swift
/// let outcome = try await database.transaction { db in
///     try await ingestion.apply(event, source: .shopify, store: store, in: db, now: now, logger: logger)
/// }
/// ```
struct IngestionService: Sendable {
    /// The `commerce.ingest` job kind.
    static let jobKind = "commerce.ingest"

    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// The durable job queue.
    let queue: JobQueue
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Phone number parsing.
    let phones: PhoneNumberParser
    /// Schedules and closes abandonment checks.
    let abandonment: AbandonmentService
    /// Matches orders to carts.
    let attribution: AttributionService

    /// What applying an event did, for the API's answer and the logs.
    struct Outcome: Sendable, Hashable {
        /// `cart`, `cart_deleted`, `order`, `consent`, `catalog`, `privacy`, `ping` or `ignored`.
        var kind: String
        /// The Reclaim id of the cart written or matched.
        var cartID: String?
        /// The Reclaim id of the order written.
        var orderID: String?
        /// Why nothing (more) happened, when relevant.
        var note: String?
    }

    /// Applies `event` for `store`.
    /// - Parameters:
    ///   - event: The normalised event.
    ///   - source: The platform it came from (``CommerceSource/events`` for the generic API).
    ///   - store: The store it belongs to.
    ///   - extraKeys: Further platform keys naming the same cart (Shopify `checkouts/delete` ids).
    ///   - db: The database (transaction) to write to.
    ///   - now: The application clock's instant.
    ///   - logger: Where decisions are logged.
    /// - Throws: ``IngestionError`` for input that cannot be stored (an unreadable consent phone), or a
    ///   database error.
    func apply(
        _ event: CommerceEvent, source: CommerceSource, store: StoreConfiguration, extraKeys: [String] = [], in db: any SQLDatabase,
        now: Date, logger: Logger
    ) async throws -> Outcome {
        let context = Context(store: store, db: db, now: now, logger: logger)
        switch event {
        case .cartUpdated(let snapshot):
            let outcome = try await self.applyCart(Self.confiningLinks(snapshot, source: source, store: store), context)
            if outcome.note != "stale" { try await self.applyPlatformConsent(snapshot, source: source, context) }
            return outcome
        case .cartDeleted(let externalID):
            return try await self.applyDeletion(keys: [externalID] + extraKeys, source: source, context)
        case .orderPlaced(let order):
            return try await self.attribution.apply(order, context, ingestion: self)
        case .consentChanged(let change):
            return try await self.applyConsent(change, context)
        case .catalogUpserted(let products):
            try await CatalogService().upsert(products, source: source, context)
            return Outcome(kind: "catalog", note: "\(products.count) products")
        case .privacyRequest(let request):
            return try await self.applyPrivacy(request, context)
        case .ping:
            return Outcome(kind: "ping")
        case .ignored(let reason):
            logger.info("commerce event ignored", metadata: ["reason": "\(reason)"])
            return Outcome(kind: "ignored", note: reason)
        }
    }

    /// What every step of one application shares.
    struct Context: Sendable {
        var store: StoreConfiguration
        var db: any SQLDatabase
        var now: Date
        var logger: Logger
        var repositories: ReclaimRepositories { ReclaimRepositories(database: self.db) }
        var queue: JobQueue { JobQueue(self.db) }
    }

    /// The E.164 form of a phone as typed, with the store's default region; `nil` (logged) when unreadable.
    func e164(_ raw: String?, _ context: Context) -> String? {
        guard let raw, !raw.allSatisfy(\.isWhitespace) else { return nil }
        do {
            return try self.phones.e164(raw, defaultRegion: context.store.defaultRegion)
        } catch {
            context.logger.info("unreadable phone number dropped", metadata: ["problem": "\(error)"])
            return nil
        }
    }
}

/// Input that passed the adapter but cannot be stored; the events API answers 400 with it.
enum IngestionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A field's value is unusable (`data.phone`, not a phone number).
    case invalidField(String, String)

    var description: String {
        switch self {
        case .invalidField(let field, let problem): "\(field): \(problem)"
        }
    }
}
