import Foundation
import ReclaimCore
import SQLKit

extension SQLOrderStore {
    /// Records that a stored order was paid after it was placed (a WooCommerce `on-hold` order whose
    /// offline payment arrived, Shopify `orders/paid` after `orders/create`).
    /// - Returns: `true` when the order existed unpaid and is now paid.
    @discardableResult
    public func markPaid(id: String) async throws -> Bool {
        try await self.database.update(Order.sqlTable)
            .set("paid", to: 1)
            .where("id", .equal, id).where("paid", .equal, 0)
            .returning("id").first() != nil
    }

    /// Credits the order's recovery to a message.
    public func setAttribution(id: String, messageID: String) async throws {
        try await self.database.update(Order.sqlTable).set("attributed_message_id", to: messageID)
            .where("id", .equal, id).run()
    }
}
