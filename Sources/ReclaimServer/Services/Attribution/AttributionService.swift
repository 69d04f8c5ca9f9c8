import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// Records orders and the cart each one recovered.
///
/// An order matches a cart by the cart's platform key (`cart_id`, Shopify `checkout_token`, then
/// `cart_token`), else by the buyer plus at least one common product among the buyer's carts active
/// in the 7 days before the order (an order listing no items matches the buyer's most recent such
/// cart). The matched cart becomes ``CartStatus/recovered`` (``CartEvent/recover``) with the order's id,
/// its pending checks are cancelled and its journey gets ``ShopperSignal/purchased``, which the flow
/// engine ends it with: an order that arrives before abandonment means no journey ever starts.
/// Revenue is the order's total, counted when the order is paid and the cart was abandoned first. The codes
/// the order used (``OrderSnapshot/discountCodes``) are marked redeemed.
struct AttributionService: Sendable {
    /// How far back an order looks for the buyer's cart.
    static let matchWindow: TimeInterval = 7 * 86_400

    /// Cancels the recovered cart's checks.
    let abandonment: AbandonmentService

    /// Records `snapshot` once (redeliveries change nothing but a late payment) and recovers its cart.
    func apply(
        _ snapshot: OrderSnapshot, _ context: IngestionService.Context, ingestion: IngestionService
    ) async throws -> IngestionService.Outcome {
        let repositories = context.repositories
        if let existing = try await repositories.orders.find(
            storeID: context.store.id, source: snapshot.source, externalID: snapshot.externalID)
        {
            if snapshot.paid, !existing.paid { try await repositories.orders.markPaid(id: existing.id) }
            return .init(kind: "order", cartID: existing.cartID, orderID: existing.id, note: "duplicate")
        }
        let contact = try await ingestion.upsertContact(snapshot.contact, address: snapshot.shippingAddress, context)
        let placedAt = min(snapshot.placedAt ?? context.now, context.now)
        let cart = try await self.match(snapshot, contactID: contact?.id, placedAt: placedAt, context)
        let outcome = try await repositories.orders.insert(
            Order(
                id: IngestionService.newID(), storeID: context.store.id, source: snapshot.source,
                externalID: snapshot.externalID, cartID: cart?.id, contactID: contact?.id, items: snapshot.items,
                total: snapshot.total, discountCodes: snapshot.discountCodes, paid: snapshot.paid, placedAt: placedAt))
        let order = outcome.value
        guard outcome.wasInserted else { return .init(kind: "order", orderID: order.id, note: "duplicate") }
        // The codes the order used are spent, whichever cart they were issued for.
        let redeemed = try await DiscountService.redeem(codes: snapshot.discountCodes, storeID: context.store.id, in: repositories)
        if !redeemed.isEmpty {
            context.logger.info("discount redeemed", metadata: ["order_id": "\(order.id)", "codes": "\(redeemed.map(\.code))"])
        }
        guard let cart else {
            context.logger.info("order matched no cart", metadata: ["order_id": "\(order.id)"])
            return .init(kind: "order", orderID: order.id, note: "no matching cart")
        }
        try await self.recover(cart, orderID: order.id, context)
        return .init(kind: "order", cartID: cart.id, orderID: order.id)
    }

    /// The cart `snapshot` completed, if any; see the type's documentation.
    func match(
        _ snapshot: OrderSnapshot, contactID: String?, placedAt: Date, _ context: IngestionService.Context
    ) async throws -> Cart? {
        let carts = context.repositories.carts
        let storeID = context.store.id
        for key in [snapshot.cartExternalID, snapshot.cartToken].compactMap({ $0 }) where !key.isEmpty {
            if let cart = try await carts.find(storeID: storeID, source: snapshot.source, externalID: key) { return cart }
            if let cart = try await carts.find(storeID: storeID, source: snapshot.source, alias: key) { return cart }
            if let cart = try await carts.find(storeID: storeID, key: key) { return cart }
        }
        guard let contactID else { return nil }
        let since = placedAt.addingTimeInterval(-Self.matchWindow)
        let bought = Set(snapshot.items.flatMap { [$0.productID, $0.variantID].compactMap { $0 } })
        return try await carts.list(contactID: contactID)
            .filter { cart in
                [.open, .abandoned, .superseded].contains(cart.status) && cart.lastActivityAt >= since
                    && (bought.isEmpty || cart.items.contains { bought.contains($0.variantID ?? $0.productID) })
            }
            .max { $0.lastActivityAt < $1.lastActivityAt }
    }

    /// Marks the cart recovered by `orderID` as ``CartLifecycle`` decides (unless already recovered),
    /// cancels its checks and signals its journey (``ShopperSignal/purchased``) to end.
    func recover(_ cart: Cart, orderID: String, _ context: IngestionService.Context) async throws {
        let recovered = try await context.repositories.carts.apply(
            .recover, cartID: cart.id, at: context.now, recoveredOrderID: orderID)
        try await self.abandonment.cancelChecks(cartID: cart.id, context)
        try await context.signalJourney(after: .recover, cartID: cart.id)
        if recovered != nil {
            let credited = try await self.creditedMessage(cartID: cart.id, before: context.now, context)
            if let credited { try await context.repositories.orders.setAttribution(id: orderID, messageID: credited) }
            context.logger.info(
                "cart recovered", metadata: ["cart_id": "\(cart.id)", "order_id": "\(orderID)", "credited": "\(credited ?? "-")"])
        }
    }

    /// The message credited with the recovery: the last clicked one within the window, else the last
    /// one delivered (or accepted by the provider) within the window.
    func creditedMessage(cartID: String, before now: Date, _ context: IngestionService.Context) async throws -> String? {
        let since = now.addingTimeInterval(-Self.matchWindow)
        let clicks = try await context.repositories.links.clicks(cartID: cartID)
        if let click = clicks.filter({ $0.clickedAt >= since && $0.clickedAt <= now && $0.messageID != nil }).max(by: {
            $0.clickedAt < $1.clickedAt
        }) {
            return click.messageID
        }
        let delivered: Set<MessageStatus> = [.accepted, .sent, .delivered]
        return try await context.repositories.messages.list(cartID: cartID)
            .filter { $0.direction == .outbound && delivered.contains($0.status) && ($0.sentAt ?? $0.createdAt) >= since }
            .max { ($0.sentAt ?? $0.createdAt) < ($1.sentAt ?? $1.createdAt) }?.id
    }
}
