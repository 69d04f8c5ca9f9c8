import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// Redacts a card number a shopper splits across texts ("4111 1111" then "1111 1111 1111"): a new text
/// is read together with the same sender's last ``earlierTexts`` texts of the last ``window``
/// (``CardDataRedactor/redactConversation(_:)``). When the texts together hold a card number, the new
/// text comes back redacted, and the stored bodies of the earlier ones, with the conversation turns
/// recorded from them, are rewritten in one transaction.
///
/// ```swift
/// let body = try await redaction.redact(raw, from: "+13125550101", store: "summit", now: now)
/// ```
struct SplitCardRedaction {
    /// How far back earlier texts are read.
    static let window: TimeInterval = 10 * 60
    /// How many earlier texts are read.
    static let earlierTexts = 2

    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Logger.
    let logger: Logger

    /// The new text redacted on its own and together with the sender's earlier texts.
    /// - Parameters:
    ///   - body: The raw inbound body.
    ///   - sender: The sender as stored on messages (E.164, or as written when it does not parse).
    ///   - store: The store the text was sent to.
    ///   - now: The time of the text.
    /// - Returns: The body to store and hand on.
    /// - Throws: Database errors.
    func redact(_ body: String, from sender: String, store: StoreID, now: Date) async throws -> String {
        let repositories = self.repositories
        let earlier = try await repositories.messages.recentInbound(
            storeID: store, address: sender, since: now.addingTimeInterval(-Self.window), limit: Self.earlierTexts)
        let results = CardDataRedactor.redactConversation(earlier.map(\.body) + [body])
        let rewrites = zip(earlier, results).filter { message, result in message.body != result.text }
        guard !rewrites.isEmpty else { return results.last?.text ?? body }
        let contactID = try await repositories.contacts.find(storeID: store, phone: sender)?.id
        let rewritten = try await self.database.transaction { database in
            let repositories = ReclaimRepositories(database: database)
            var count = 0
            for (message, result) in rewrites {
                guard
                    try await repositories.messages.replaceBody(
                        id: message.id, expected: message.body, with: result.text, at: now)
                else { continue }
                count += 1
                guard let contact = message.contactID ?? contactID else { continue }
                try await repositories.conversations.replaceShopperText(
                    storeID: store, contactID: contact, text: message.body, with: result.text, since: message.createdAt)
            }
            return count
        }
        self.logger.notice(
            "card number split across texts redacted", metadata: ["store": "\(store)", "earlier_texts": "\(rewritten)"])
        return results.last?.text ?? body
    }
}
