import Foundation
import ReclaimCore
import ReclaimStore

/// Queues one reply in a conversation, the assistant's or a person's, the one way both take: an
/// outbound text in the outbox (dispatched at once, or at the first allowed instant when ``ReplyGate``
/// defers it; stored as `blocked` with the gate's reasons, and never dispatched, when it blocks) and the
/// turn that shows it in the conversation, carrying the message id.
///
/// The dispatcher still re-checks the suppression list and paces the sender before the text leaves.
struct ConversationReplier {
    /// Source of "now".
    let clock: any WallClock
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Queues messages.
    let outbox: OutboxService

    /// What to send and how the conversation shows it.
    struct Reply {
        /// The body, sent as written.
        var text: String
        /// `assistant` or `agent`.
        var author: TurnAuthor
        /// The shopper's intent the reply answers, if classified.
        var intent: String?
        /// The assistant's action, if any.
        var action: String?
        /// The person who wrote it.
        var agent: String?
        /// Makes a retried request queue nothing twice (unique per store).
        var idempotencyKey: String
        /// When the turn is shown (a reply to a text in the same request sorts after it).
        var at: Date
    }

    /// The queued reply.
    struct Queued {
        /// The outbox row (`pending`, or `blocked` with the decision).
        var message: Message
        /// The turn, or `nil` when the idempotency key was used before (nothing new was queued).
        var turn: Turn?
    }

    /// Queues `reply` to `address` in `conversation` under `decision`.
    func queue(
        _ reply: Reply, decision: SendDecision, conversation: Conversation, contactID: String, cartID: String?,
        address: String, store: StoreConfiguration
    ) async throws -> Queued {
        let now = self.clock.now()
        var message = Message(
            id: "msg_\(TimeOrderedID.make(at: now))", storeID: store.id, journeyID: nil, cartID: cartID, contactID: contactID,
            channel: .sms, direction: .outbound, address: address, body: reply.text, status: .pending,
            idempotencyKey: reply.idempotencyKey, createdAt: now, updatedAt: now)
        message.decision = decision.record
        let outcome: InsertOutcome<Message>
        if decision.kind == .block {
            message.status = .blocked
            outcome = try await self.repositories.messages.insertOutbound(message)
        } else {
            outcome = try await self.outbox.enqueue(message, sendAt: decision.until)
        }
        guard case .inserted(let stored) = outcome else { return Queued(message: outcome.value, turn: nil) }
        let turn = Turn(
            id: "trn_\(TimeOrderedID.make(at: reply.at))", conversationID: conversation.id, author: reply.author,
            text: reply.text, intent: reply.intent, action: reply.action, messageID: stored.id, agent: reply.agent,
            createdAt: reply.at)
        try await self.repositories.conversations.appendTurn(turn)
        return Queued(message: stored, turn: turn)
    }
}
