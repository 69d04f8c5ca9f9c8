import Foundation
import ReclaimAssistant
import ReclaimCore
import ReclaimStore

/// What a person does from the inbox: claim a conversation (takeover), reply to the shopper, and hand
/// the conversation back to the assistant, optionally resuming the journey the escalation paused.
///
/// A person's reply takes the path of the assistant's (``ReplyGate``, then ``ConversationReplier``):
/// the same suppression, consent and content rules, the outbox, an `agent` turn. While the conversation
/// is `human` the assistant stays silent (``ConversationService``); STOP is honoured whoever answers.
struct InboxService {
    /// Source of "now".
    let clock: any WallClock
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Signals for the flow engine.
    let flowEvents: FlowEventPublisher
    /// Reads conversations.
    let queries: InboxQueries
    /// Judges each reply.
    let gate: ReplyGate
    /// Queues replies.
    let replier: ConversationReplier

    /// A queued reply.
    struct Replied {
        /// The conversation, now `human`.
        var conversation: Conversation
        /// The outbox row (`pending`; it leaves at `sendAt`).
        var message: Message
        /// When the dispatcher sends it: now, or the first allowed instant when the reply came after
        /// the reply window and the shopper's quiet hours hold it.
        var sendAt: Date
    }

    /// Sends a person's `text` to the shopper, taking the conversation over.
    /// - Parameters:
    ///   - requestKey: The caller's `Idempotency-Key`: a retry with the same key sends nothing twice.
    /// - Throws: ``InboxError``: not found, invalid text (empty, card data, a content rule), opted out,
    ///   blocked, no phone.
    func reply(
        to id: String, text raw: String, agent: String?, requestKey: String?, store: StoreConfiguration
    ) async throws -> Replied {
        let now = self.clock.now()
        let repositories = self.repositories
        var conversation = try await self.queries.conversation(id, store: store)
        let text = try Self.validated(raw)
        guard let contact = try await repositories.contacts.find(id: conversation.contactID), let phone = contact.phone else {
            throw InboxError.noPhone
        }
        let cart = try await conversation.cartID.asyncMap { try await repositories.carts.get(id: $0) } ?? nil
        let lastInbound = try await repositories.conversations.turns(conversationID: conversation.id)
            .last { $0.author == .shopper }?.createdAt
        let decision = try await self.gate.decide(
            text: text, to: phone, contact: contact, cart: cart, store: store, lastInboundAt: lastInbound, now: now)
        try Self.check(decision)
        conversation = try await self.setStatus(.human, of: conversation, now: now)
        let reply = ConversationReplier.Reply(
            text: text, author: .agent, agent: agent,
            idempotencyKey: "agent:\(conversation.id):\(requestKey ?? TimeOrderedID.make(at: now))", at: now)
        let queued = try await self.replier.queue(
            reply, decision: decision, conversation: conversation, contactID: contact.id, cartID: cart?.id, address: phone,
            store: store)
        let updated = try await repositories.conversations.get(id: conversation.id) ?? conversation
        return Replied(conversation: updated, message: queued.message, sendAt: decision.until ?? now)
    }

    /// A person claims the conversation: status `human`, the journey stays paused (or pauses), nothing
    /// is sent. Claiming a conversation a person already has changes nothing.
    /// - Throws: ``InboxError/notFound(_:)``.
    func takeOver(_ id: String, agent: String?, store: StoreConfiguration) async throws -> Conversation {
        let now = self.clock.now()
        let conversation = try await self.queries.conversation(id, store: store)
        guard conversation.status != .human else { return conversation }
        let claimed = try await self.setStatus(.human, of: conversation, now: now)
        try await self.note("\(agent ?? "A person") took over the conversation.", in: claimed, agent: agent, now: now)
        return try await self.repositories.conversations.get(id: id) ?? claimed
    }

    /// Hands the conversation back to the assistant (status `assistant`, the escalation reason cleared,
    /// a `system` turn recording it). With `resumeFlow` the journey the escalation paused resumes through
    /// the flow engine's `handed_back` signal; without it the journey stays paused.
    /// - Throws: ``InboxError/notFound(_:)``; ``InboxError/notWithAPerson(_:)`` unless `escalated` or `human`.
    func handBack(_ id: String, resumeFlow: Bool, agent: String?, store: StoreConfiguration) async throws -> Conversation {
        let now = self.clock.now()
        let repositories = self.repositories
        let conversation = try await self.queries.conversation(id, store: store)
        guard conversation.status == .human || conversation.status == .escalated else {
            throw InboxError.notWithAPerson(conversation.status)
        }
        let back =
            try await repositories.conversations.updateStatus(id: id, to: .assistant, escalationReason: nil, at: now)
            ?? conversation
        let journey = resumeFlow ? "reminders resume" : "reminders stay paused"
        try await self.note(
            "\(agent.map { "\($0) handed" } ?? "Handed") the conversation back to the assistant; \(journey).",
            in: back, agent: agent, now: now)
        if resumeFlow {
            try await self.flowEvents.publish(.handedBack, cartID: back.cartID, storeID: store.id, at: now)
        }
        return try await repositories.conversations.get(id: id) ?? back
    }

    // MARK: Steps

    /// Moves the conversation to `status`, keeping why it was escalated; a takeover pauses the journey.
    private func setStatus(_ status: ConversationStatus, of conversation: Conversation, now: Date) async throws -> Conversation {
        guard conversation.status != status else { return conversation }
        let updated =
            try await self.repositories.conversations.updateStatus(
                id: conversation.id, to: status, escalationReason: conversation.escalationReason, at: now) ?? conversation
        if status == .human {
            try await self.flowEvents.publish(
                .humanTakeover, cartID: conversation.cartID, storeID: conversation.storeID, at: now)
        }
        return updated
    }

    /// Appends a `system` turn.
    private func note(_ text: String, in conversation: Conversation, agent: String?, now: Date) async throws {
        try await self.repositories.conversations.appendTurn(
            Turn(
                id: "trn_\(TimeOrderedID.make(at: now))", conversationID: conversation.id, author: .system, text: text,
                agent: agent, createdAt: now))
    }

    /// The text to send, trimmed, or why it cannot be sent: empty, card data (never sent, never asked
    /// for), or a content rule every reply meets (``MessageRules``: length, public link shorteners,
    /// opt-out wording).
    static func validated(_ raw: String) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw InboxError.invalidText("must not be empty") }
        if PaymentDataGuard.redact(text).containsCardData {
            throw InboxError.invalidText("looks like payment card data; card numbers and security codes are never sent by text")
        }
        let rules = MessageRules.check(
            text: text, requirements: .init(brand: nil, optOutLine: false, singleSegment: false), channel: .sms)
        if let broken = rules.first { throw InboxError.invalidText(broken.message) }
        return text
    }

    /// Turns the gate's block into the error a person can act on.
    static func check(_ decision: SendDecision) throws {
        guard decision.kind == .block else { return }
        if let optOut = decision.reasons.first(where: { $0.code.hasPrefix("suppressed") || $0.code == "consent_revoked" }) {
            throw InboxError.optedOut(optOut.message)
        }
        throw InboxError.blocked(decision.reasons)
    }
}
