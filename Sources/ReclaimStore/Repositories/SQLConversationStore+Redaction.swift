import Foundation
import ReclaimCore
import SQLKit

extension SQLConversationStore {
    /// Writes a redacted text over the shopper's turns that still hold `text`, in the shopper's
    /// conversations with the store since an instant: the turn recorded for a message whose body was
    /// redacted afterwards (a card number split across texts).
    /// - Parameters:
    ///   - storeID: The store.
    ///   - contactID: The shopper.
    ///   - text: The turn text as recorded.
    ///   - redacted: The text to write instead.
    ///   - since: Older turns are left alone.
    /// - Returns: How many turns were changed.
    @discardableResult
    public func replaceShopperText(
        storeID: StoreID, contactID: String, text: String, with redacted: String, since: Date
    ) async throws -> Int {
        try await self.database.update(Turn.sqlTable)
            .set("text", to: redacted)
            .where(
                "conversation_id", .in,
                SQLSubquery.select {
                    $0.column("id").from(Conversation.sqlTable)
                        .where("store_id", .equal, storeID).where("contact_id", .equal, contactID)
                }
            )
            .where("author", .equal, TurnAuthor.shopper.rawValue)
            .where("text", .equal, text)
            .where("created_at", .greaterThanOrEqual, SQLTime.millis(since))
            .returning("id").all().count
    }
}
