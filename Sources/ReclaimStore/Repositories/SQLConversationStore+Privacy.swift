import Foundation
import ReclaimCore
import SQLKit

extension SQLConversationStore {
    /// Replaces the text of every turn of the shopper's conversations with the erased marker, for an
    /// erasure request: the shopper's words and a person's answers to them both carry personal data.
    /// - Returns: How many turns were erased.
    public func eraseTurns(contactID: String) async throws -> Int {
        try await self.database.update(Turn.sqlTable)
            .set("text", to: SQLMessageStore.erasedBody)
            .where(
                "conversation_id", .in,
                SQLSubquery.select {
                    $0.column("id").from(Conversation.sqlTable).where("contact_id", .equal, contactID)
                }
            )
            .returning("id").all().count
    }
}

extension SQLConversationStore {
    /// The retention sweep: deletes conversation turns written before `before` (the transcript keeps
    /// the same period as message text).
    /// - Parameters:
    ///   - before: Turns created earlier are deleted.
    ///   - limit: Most rows per call; call again while it returns `limit`.
    /// - Returns: How many turns were deleted.
    @discardableResult
    public func purgeTurns(before: Date, limit: Int = 10_000) async throws -> Int {
        guard limit >= 1 else { return 0 }
        return try await self.database.raw(
            """
            DELETE FROM turns WHERE id IN (SELECT id FROM turns WHERE created_at < \(bind: SQLTime.millis(before)) \
            LIMIT \(literal: limit)) RETURNING id
            """
        ).all().count
    }
}
