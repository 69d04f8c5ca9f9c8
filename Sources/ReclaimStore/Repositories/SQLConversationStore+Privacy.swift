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
            .where("conversation_id", .in, SQLSubquery.select {
                $0.column("id").from(Conversation.sqlTable).where("contact_id", .equal, contactID)
            })
            .returning("id").all().count
    }
}
