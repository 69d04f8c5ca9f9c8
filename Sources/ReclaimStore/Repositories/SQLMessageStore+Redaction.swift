import Foundation
import ReclaimCore
import SQLKit

extension SQLMessageStore {
    /// The last `limit` texts one sender sent the store since an instant, oldest first: what a new text
    /// is read together with when looking for a card number split across texts.
    /// - Parameters:
    ///   - storeID: The store.
    ///   - address: The sender (E.164).
    ///   - since: Texts created earlier are left out.
    ///   - limit: How many of the newest to return.
    /// - Returns: Inbound messages, oldest first.
    public func recentInbound(storeID: StoreID, address: String, since: Date, limit: Int) async throws -> [Message] {
        let newest = try await self.selectMessages()
            .where("address", .equal, address)
            .where("created_at", .greaterThanOrEqual, SQLTime.millis(since))
            .where("store_id", .equal, storeID)
            .where("direction", .equal, MessageDirection.inbound.rawValue)
            .orderBy("created_at", .descending).orderBy("id", .descending).limit(limit)
            .all().map(Message.init(sqlRow:))
        return newest.reversed()
    }

    /// Writes a redacted body over a stored one, when the stored body is still `expected` (a concurrent
    /// erasure or an earlier rewrite wins).
    /// - Parameters:
    ///   - id: The message.
    ///   - expected: The body the caller read.
    ///   - body: The redacted body.
    ///   - now: The time of the change (`updatedAt`).
    /// - Returns: Whether the body was replaced.
    @discardableResult
    public func replaceBody(id: String, expected: String, with body: String, at now: Date) async throws -> Bool {
        try await self.database.update(Message.sqlTable)
            .set("body", to: body)
            .set("updated_at", to: SQLTime.millis(now))
            .where("id", .equal, id)
            .where("body", .equal, expected)
            .returning("id").all().count > 0
    }
}
