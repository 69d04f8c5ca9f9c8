import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// Decides when a cart is abandoned, and closes what an abandoned cart started when it is emptied,
/// deleted or superseded (cart statuses change as ``CartLifecycle`` decides; journeys end through the
/// flow engine, by a signal).
///
/// Every cart update (re)schedules one `cart.abandonment_check` job, unique per cart
/// (`abandon:<cart id>`), due at the last activity plus the store's idle time (`abandonment.idle`,
/// default 30 minutes): an update cancels the pending check and enqueues a new one, so updates
/// restart the clock. The check marks the cart ``CartStatus/abandoned`` when it is still open and idle,
/// has items and a contact with a phone or an email; it supersedes the same shopper's older open or
/// abandoned carts (one journey per shopper) and enqueues `flow.start` (`flow:<cart id>`).
struct AbandonmentService: Sendable {
    /// Job kind of the idle check.
    static let checkKind = "cart.abandonment_check"
    /// Job kind that starts the cart's journey (run by the flow engine).
    static let flowStartKind = "flow.start"
    /// Default idle time.
    static let defaultIdle: TimeInterval = 30 * 60

    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// The open database, for transactions.
    let database: ReclaimDatabase

    /// Payload of `cart.abandonment_check`.
    struct CheckPayload: Codable, Sendable, Hashable {
        var cartID: String
        var storeID: String
        enum CodingKeys: String, CodingKey {
            case cartID = "cart_id"
            case storeID = "store_id"
        }
    }

    /// Payload of `flow.start`: the abandoned cart and its shopper.
    struct FlowStartPayload: Codable, Sendable, Hashable {
        var cartID: String
        var storeID: String
        var contactID: String
        var abandonedAt: Date
        enum CodingKeys: String, CodingKey {
            case cartID = "cart_id"
            case storeID = "store_id"
            case contactID = "contact_id"
            case abandonedAt = "abandoned_at"
        }
    }

    /// Unique key of a cart's idle check.
    static func checkKey(_ cartID: String) -> String { "abandon:\(cartID)" }
    /// Unique key of a cart's journey start.
    static func flowKey(_ cartID: String) -> String { "flow:\(cartID)" }

    /// The store's idle time; an unreadable setting falls back to 30 minutes.
    static func idle(for store: StoreConfiguration) -> TimeInterval {
        guard let text = store.abandonment?.idle, let seconds = try? HumanDuration.seconds(text) else {
            return Self.defaultIdle
        }
        return seconds
    }

    /// Cancels the cart's pending check and schedules a new one at its last activity plus the idle time.
    func schedule(_ cart: Cart, _ context: IngestionService.Context) async throws {
        let key = Self.checkKey(cart.id)
        try await context.queue.cancel(uniqueKey: key, now: context.now)
        // A duplicate here means a check is running right now; it re-reads the cart and reschedules.
        _ = try await context.queue.enqueue(
            kind: Self.checkKind, payload: CheckPayload(cartID: cart.id, storeID: cart.storeID),
            runAt: cart.lastActivityAt.addingTimeInterval(Self.idle(for: context.store)), uniqueKey: key,
            now: context.now)
    }

    /// Cancels the cart's pending idle check and journey start.
    func cancelChecks(cartID: String, _ context: IngestionService.Context) async throws {
        try await context.queue.cancel(uniqueKey: Self.checkKey(cartID), now: context.now)
        try await context.queue.cancel(uniqueKey: Self.flowKey(cartID), now: context.now)
    }

    /// Closes a live cart by `event` (``CartEvent/empty``, ``CartEvent/delete``, ``CartEvent/supersede``)
    /// as ``CartLifecycle`` decides, then cancels its checks and signals its journey to end.
    /// - Returns: The updated cart, or `nil` when the lifecycle refused the event (the cart was no
    ///   longer live: recovered, deleted, superseded, or already in the event's status).
    func close(_ cart: Cart, by event: CartEvent, _ context: IngestionService.Context) async throws -> Cart? {
        guard let closed = try await context.repositories.carts.apply(event, cartID: cart.id, at: context.now) else {
            return nil
        }
        try await self.cancelChecks(cartID: cart.id, context)
        try await context.signalJourney(after: event, cartID: cart.id)
        return closed
    }
}
