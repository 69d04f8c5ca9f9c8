import Foundation
import Hummingbird
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// `POST /api/v1/stores/{store}/events`: the generic platform events API (bearer key, checked by
/// ``StoreAPIKeyMiddleware`` on the group).
///
/// The body is validated synchronously (400 naming every bad field, `data.cart_id: required field is
/// missing`) and applied in one transaction with its dedupe records: the event `id` and the optional
/// `Idempotency-Key` header are each remembered per store, so sending either again answers 200
/// `duplicate` without applying anything twice.
struct EventsController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Queues and applies commerce events.
    let ingestion: IngestionService

    /// The routes, relative to `/api/v1/stores/:store`.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).post("events", use: self.create)
    }

    /// The answer: `{"id", "type", "status": "applied" | "duplicate", "cart_id"?, "order_id"?}`.
    struct EventReceipt: ResponseEncodable, Sendable, Hashable {
        /// The event's `id`.
        var id: String
        /// The event's `type`.
        var type: String
        /// `applied`, or `duplicate` for a replay.
        var status: String
        /// The Reclaim id of the cart written or matched.
        var cartID: String?
        /// The Reclaim id of the order written.
        var orderID: String?

        enum CodingKeys: String, CodingKey {
            case id, type, status
            case cartID = "cart_id"
            case orderID = "order_id"
        }
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> EventReceipt {
        let store = try StoreLookup.store(context, self.configuration)
        let body = try await CommerceWebhookSupport.body(request, context)
        let event: GenericEvent
        do {
            event = try GenericEventParser.parseEvent(body: body)
        } catch {
            throw APIError(.badRequest, code: "invalid_field", message: error.description)
        }
        let key = CommerceWebhookSupport.header(request, "Idempotency-Key")
        if let key, key.utf8.count > 255 { throw APIError.invalidField("Idempotency-Key", "longer than 255 bytes") }
        let now = self.clock.now()
        let duplicate = EventReceipt(id: event.id, type: event.type, status: "duplicate")
        do {
            return try await self.database.transaction { db in
                let deliveries = WebhookDeliveryStore(db)
                if let key {
                    let isNew = try await deliveries.record(
                        source: "events-key:\(store.id)", deliveryID: key, storeID: store.id, receivedAt: now)
                    guard isNew else { return duplicate }
                }
                let isNew = try await deliveries.record(
                    source: "events:\(store.id)", deliveryID: event.id, storeID: store.id, receivedAt: now)
                guard isNew else { return duplicate }
                let outcome = try await self.ingestion.apply(
                    event.event, source: .events, store: store, in: db, now: now, logger: context.logger)
                return EventReceipt(
                    id: event.id, type: event.type, status: "applied", cartID: outcome.cartID, orderID: outcome.orderID)
            }
        } catch let error as IngestionError {
            switch error {
            case .invalidField(let field, let problem): throw APIError.invalidField(field, problem)
            }
        }
    }
}
