import Foundation
import ReclaimCore
import SQLKit

extension SQLCartStore {
    /// Moves a cart to `status`, optionally only from one of `expected`, in one statement.
    ///
    /// Moving to ``CartStatus/abandoned`` sets `abandonedAt = now`; moving to ``CartStatus/recovered`` sets
    /// `recoveredAt = now` and `recoveredOrderID`.
    /// - Parameters:
    ///   - id: The cart.
    ///   - status: The new status.
    ///   - expected: Change only a cart whose current status is one of these (compare-and-set); any when `nil`.
    ///   - now: The time of the change.
    ///   - recoveredOrderID: The recovering order, for ``CartStatus/recovered``.
    /// - Returns: The updated cart, or `nil` when no cart has `id` or its status is not in `expected`.
    public func updateStatus(
        id: String, to status: CartStatus, from expected: Set<CartStatus>? = nil, at now: Date,
        recoveredOrderID: String? = nil
    ) async throws -> Cart? {
        if let expected, expected.isEmpty { return nil }
        let millis = SQLTime.millis(now)
        let update = self.database.update(Cart.sqlTable)
            .set("status", to: status.rawValue)
            .set("updated_at", to: millis)
        switch status {
        case .abandoned: update.set("abandoned_at", to: millis)
        case .recovered: update.set("recovered_at", to: millis).set("recovered_order_id", to: recoveredOrderID)
        default: break
        }
        update.where("id", .equal, id)
        if let expected { update.where("status", .in, expected.map(\.rawValue).sorted()) }
        return try await update.returning(sqlColumns(Cart.sqlColumns)).first().map(Cart.init(sqlRow:))
    }

    /// Clears the personal data kept on the contact's carts (IP, user agent, shipping address) for erasure.
    /// - Returns: How many carts were changed.
    public func erasePersonalData(contactID: String, at now: Date) async throws -> Int {
        try await self.database.update(Cart.sqlTable)
            .set("ip", to: SQLLiteral.null)
            .set("user_agent", to: SQLLiteral.null)
            .set("shipping_address", to: SQLLiteral.null)
            .set("updated_at", to: SQLTime.millis(now))
            .where("contact_id", .equal, contactID)
            .returning("id")
            .all().count
    }

    func selectCarts() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Cart.sqlColumns)).from(Cart.sqlTable)
    }
}
