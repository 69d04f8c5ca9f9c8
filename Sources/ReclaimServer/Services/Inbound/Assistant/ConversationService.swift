import Foundation
import Logging
import ReclaimAssistant
import ReclaimChannels
import ReclaimCore
import ReclaimPhone
import ReclaimStore
import SQLKit

/// A shopper's ordinary reply (not a keyword), end to end: the journey hears it (a reply pauses),
/// the conversation records it (card data redacted), a free-text opt-out is honoured whoever answers,
/// and unless a person has taken over, the assistant answers through ``ConversationReplier``
/// (a prompt answer is not held for quiet hours; ``ReplyGate`` still blocks it to a suppressed number).
/// Inbound texts reach it through a `conversation.reply` job (``ConversationReplyRunner``), never
/// inside the provider's webhook request; a retried job records the shopper's turn and queues the
/// answer once.
/// "Wait" pauses the journey; an escalation pauses it, hands the conversation to a person and
/// notifies the store's escalation webhook with a Slack-compatible body.
public struct ConversationService: Sendable {
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Source of "now".
    let clock: any WallClock
    /// Signals for the flow engine.
    let flowEvents: FlowEventPublisher
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Wakes the idle job worker after a commit that queued work due now.
    let jobWakeup: JobWakeup
    /// Phone number parsing.
    let phones: PhoneNumberParser
    /// Logger.
    let logger: Logger
    /// The store's assistant.
    let assistant: AssistantService
    /// Queues replies.
    let replier: ConversationReplier
    /// Tells the store when a person is needed.
    let escalation: EscalationNotifier
    /// Judges each reply.
    let gate: ReplyGate
    /// Mints the checkout link.
    let links: TrackedLinkService

    /// What happened to a reply.
    public struct Outcome: Sendable {
        /// The assistant's response, when it ran.
        public var response: AssistantResponse?
        /// The queued reply, when one was sent.
        public var reply: Message?
    }

    /// The stored inbound message a reply answers (a `conversation.reply` job runs after the webhook).
    public struct Inbound: Sendable, Hashable {
        /// The message's id: the shopper's turn is keyed by it, so a retried job records it once.
        public var messageID: String
        /// When the shopper wrote: the turn's time and the start of the reply's grace period.
        public var receivedAt: Date

        /// Creates the reference.
        public init(messageID: String, receivedAt: Date) {
            self.messageID = messageID
            self.receivedAt = receivedAt
        }
    }

    /// The store's LLM backend failed and the caller asked to retry rather than answer with the built-in engine.
    public struct ModelUnavailable: Error, CustomStringConvertible, Sendable {
        /// Why the backend's answer was not used.
        public var reason: String
        public var description: String { "assistant model unavailable: \(self.reason)" }
    }

    /// Handles one ordinary inbound text from `sender` (E.164).
    /// - Parameters:
    ///   - providerID: The provider's message id; the answer's idempotency key, so it is queued once.
    ///   - inbound: The stored message, when a job answers it after the webhook.
    ///   - acceptsFallback: `false` throws ``ModelUnavailable`` before anything is recorded when the LLM
    ///     backend failed, so the caller retries; `true` sends the built-in engine's answer instead.
    @discardableResult
    public func handle(
        text: String, sender: String, providerID: String?, store: StoreConfiguration, inbound: Inbound? = nil,
        acceptsFallback: Bool = true
    ) async throws -> Outcome {
        let repositories = self.repositories
        let now = self.clock.now()
        let receivedAt = min(inbound?.receivedAt ?? now, now)
        guard let contact = try await repositories.contacts.find(storeID: store.id, phone: sender) else { return Outcome() }
        let carts = try await repositories.carts.list(contactID: contact.id)
        let cart = carts.last { [.abandoned, .open].contains($0.status) } ?? carts.last
        try await self.flowEvents.publish(.replied, cartID: cart?.id, storeID: store.id, at: now)
        var conversation = try await repositories.conversations.getOrCreate(
            Conversation(
                id: "cnv_\(TimeOrderedID.make(at: now))", storeID: store.id, contactID: contact.id, cartID: cart?.id,
                updatedAt: now, createdAt: now))
        let turns = try await repositories.conversations.turns(conversationID: conversation.id)
        let unanswered = turns.suffix(4).filter { $0.author == .assistant && $0.action == AssistantAction.clarify.rawValue }.count
        let link = try await self.checkoutLink(cart: cart, store: store, now: now)
        let response = try await self.assistant.respond(
            to: text, cart: cart, contact: contact, store: store, checkoutLink: link, unansweredQuestions: unanswered,
            issuesDiscounts: true)
        if !acceptsFallback, let reason = response.fallbackReason { throw ModelUnavailable(reason: reason) }
        _ = try await repositories.conversations.appendTurn(
            Turn(
                id: inbound.map { "trn_\($0.messageID)" } ?? "trn_\(TimeOrderedID.make(at: now))", conversationID: conversation.id,
                author: .shopper, text: response.redactedText, intent: response.intent.rawValue, action: response.action.rawValue,
                createdAt: receivedAt))
        if response.action == .optOut {
            // Free text the keyword engine let through but that still means "stop" (a wrong number,
            // "who is this, remove me"): honoured at once, the strict reading, whoever is answering, and
            // followed by the one confirmation the law allows, as a STOP is.
            let key = providerID ?? inbound?.messageID ?? LinkToken.make(length: 16)
            let queued = try await self.database.transaction { db in
                let earlier = try await ConsentLedger(repositories: ReclaimRepositories(database: db)).optOut(
                    store: store.id, e164: sender, contactID: contact.id, key: key,
                    detail: "assistant: \(response.intent.rawValue)", now: now)
                return try await self.queueOptOutConfirmation(
                    to: sender, contactID: contact.id, earlier: earlier?.reason, key: key, store: store, in: db, now: now)
            }
            if queued { self.jobWakeup.signal() }
            try await self.flowEvents.publish(.optedOutSMS, cartID: cart?.id, storeID: store.id, at: now)
            return Outcome(response: response)
        }
        guard conversation.status == .assistant || conversation.status == .closed else {
            return Outcome(response: response)  // a person is handling it
        }
        switch response.action {
        case .pause:
            try await self.flowEvents.publish(.paused, cartID: cart?.id, storeID: store.id, at: now)
        case .escalate:
            conversation =
                try await repositories.conversations.updateStatus(
                    id: conversation.id, to: .escalated, escalationReason: response.escalationReason, cartID: cart?.id, at: now)
                ?? conversation
            try await self.flowEvents.publish(.escalated, cartID: cart?.id, storeID: store.id, at: now)
        default:
            break
        }
        // The store hears of the escalation after the shopper's acknowledgement is queued (and the worker
        // woken), so the reply never waits on the support mailbox or a chat webhook; and even if queueing
        // fails, since a retried webhook finds the conversation already with a person.
        let result: Result<Outcome, any Error>
        do {
            result = .success(
                try await self.queueReply(
                    response, to: sender, providerID: providerID, contact: contact, cart: cart, conversation: conversation,
                    store: store, receivedAt: receivedAt, now: now))
        } catch {
            result = .failure(error)
        }
        if response.action == .escalate {
            await self.escalation.notify(
                store: store, contact: contact, cart: cart, conversationID: conversation.id, response: response,
                logger: self.logger)
        }
        return try result.get()
    }

    /// Queues, in the opt-out's transaction, the one confirmation the compliance gate allows.
    /// - Returns: Whether a text was queued.
    private func queueOptOutConfirmation(
        to sender: String, contactID: String, earlier: SuppressionReason?, key: String, store: StoreConfiguration,
        in db: any SQLDatabase, now: Date
    ) async throws -> Bool {
        let phone = try? self.phones.parse(sender, defaultRegion: store.defaultRegion)
        let location = RecipientLocator.location(phone: phone, address: nil)
        guard let answer = ComplianceReplyGate(store: store, location: location, now: now).optOutConfirmation(earlier: earlier)
        else { return false }
        let message = answer.message(
            to: sender, contactID: contactID, key: "optout-confirmation:\(key)", store: store.id, now: now)
        return try await OutboxService.store(message, in: db, now: now).wasInserted
    }

    /// Queues the assistant's reply, if it has one, through the reply gate.
    private func queueReply(
        _ response: AssistantResponse, to sender: String, providerID: String?, contact: Contact, cart: Cart?,
        conversation: Conversation, store: StoreConfiguration, receivedAt: Date, now: Date
    ) async throws -> Outcome {
        guard !response.reply.isEmpty else { return Outcome(response: response) }
        // The answer follows the shopper's text: within the grace period the reply gate lets it through quiet hours.
        let decision = try await self.gate.decide(
            text: response.reply, to: sender, contact: contact, cart: cart, store: store, lastInboundAt: receivedAt, now: now)
        let reply = ConversationReplier.Reply(
            text: response.reply, author: .assistant, intent: response.intent.rawValue, action: response.action.rawValue,
            idempotencyKey: "reply:\(providerID ?? LinkToken.make(length: 16))",
            // Right after the shopper's turn it answers, in every listing (a retried job answers late, but
            // the transcript still pairs the answer with its question).
            at: receivedAt.addingTimeInterval(0.001))
        let queued = try await self.replier.queue(
            reply, decision: decision, conversation: conversation, contactID: contact.id, cartID: cart?.id, address: sender,
            store: store)
        return Outcome(response: response, reply: queued.message)
    }

    /// A tracked link to the cart's checkout, minted for the reply (the assistant may use it).
    func checkoutLink(cart: Cart?, store: StoreConfiguration, now: Date) async throws -> String? {
        guard let cart, let target = cart.recoveryURL else { return nil }
        let links = self.links
        let link = links.mint(storeID: store.id, messageID: nil, cartID: cart.id, target: target, now: now)
        _ = try await self.repositories.links.create(link)
        return links.url(token: link.token)
    }
}

/// Tells the store a conversation needs a person: an email to `support.email` and a JSON POST with a
/// Slack-compatible `text` body to `escalation.webhook_url`, carrying the cart, items, the (redacted)
/// message and the link to the conversation in the dashboard's inbox. Failures are logged, never thrown: the shopper's reply must not wait on a chat service.
struct EscalationNotifier {
    /// The server's public URL, for the inbox link.
    let baseURL: String
    /// Every store's channels, for the support email.
    let channels: ChannelDirectory

    func notify(
        store: StoreConfiguration, contact: Contact, cart: Cart?, conversationID: String, response: AssistantResponse,
        logger: Logger
    ) async {
        let items = (cart?.items ?? []).map { "\($0.quantity)× \($0.title)" }.joined(separator: ", ")
        let name = [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")
        let total = cart.map { MoneyFormatter(locale: .english).string($0.subtotal) }
        let inbox = "\(self.baseURL)/dashboard/inbox/\(DashboardController.pathSegment(conversationID))"
        let text = """
            \(store.name): a shopper needs a person (\(response.escalationReason ?? response.intent.rawValue)).
            Shopper: \(name.isEmpty ? "unknown" : name) \(contact.phone ?? "")
            Cart: \(cart.map { "\($0.externalID), \(total ?? "")" } ?? "none") \(items)
            Message: \(response.redactedText)
            Answer in the inbox: \(inbox)
            """
        await self.email(text, store: store, logger: logger)
        guard let url = store.escalation?.webhookURL, !url.isEmpty else { return }
        let body: [String: String] = [
            "text": text, "store": store.id, "contact_id": contact.id, "cart_id": cart?.id ?? "",
            "conversation_id": conversationID, "inbox_url": inbox,
        ]
        do {
            let status = try await WebhookPoster().post(json: try JSONEncoder().encode(body), to: url)
            if status >= 300 { logger.warning("escalation webhook answered \(status)", metadata: ["store": "\(store.id)"]) }
        } catch {
            logger.warning("escalation webhook failed", metadata: ["store": "\(store.id)", "error": "\(error)"])
        }
    }

    /// The same alert by email to the store's support address, through the store's email sender.
    func email(_ text: String, store: StoreConfiguration, logger: Logger) async {
        let channels = self.channels[store.id]
        guard let to = store.support?.email, let sender = channels.email, let from = channels.emailFrom else { return }
        let message = EmailMessage(
            from: from, to: [EmailAddress(to)], subject: "\(store.name): a shopper needs a person", text: text)
        do {
            _ = try await sender.send(message)
        } catch {
            logger.warning("escalation email failed", metadata: ["store": "\(store.id)", "error": "\(error)"])
        }
    }
}
