import Foundation
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore
import SQLKit

/// The one path of a text a shopper sent to a store, for every SMS provider: redacts card data,
/// records it (once per provider message id), acts on opt-out, HELP and opt-in keywords, pauses
/// marketing after an ambiguous "stop", and queues the assistant's answer to an ordinary reply as a
/// durable `conversation.reply` job.
///
/// Everything it writes (the provider's delivery id when it has one, the message, a suppression, a
/// consent record, the replies it queues and the job) commits in one transaction: an opt-out is in force
/// by the time the provider gets its response, and a failure keeps nothing, so the provider's retry is
/// processed in full. The assistant never runs inside the webhook request.
///
/// ```swift
/// let outcome = try await inbound.receive(
///     InboundText(providerID: sid, from: "+13125550101", body: "Stop texting me please"), store: store)
/// outcome.reply  // "Summit Outfitters: You're unsubscribed and will receive no more messages. …"
/// ```
public struct InboundMessageService: Sendable {
    /// Source of "now".
    let clock: any WallClock
    /// Phone number parsing.
    let phones: PhoneNumberParser
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Wakes the idle job worker after a commit that queued work due now.
    let jobWakeup: JobWakeup
    /// Logger.
    let logger: Logger
    /// Rewrites card numbers split across texts.
    let redaction: SplitCardRedaction

    /// One inbound text as the provider delivered it.
    public struct InboundText: Sendable, Hashable {
        /// The provider's message id (Twilio `MessageSid`), used to ignore redeliveries.
        public var providerID: String?
        /// The sender's number as the provider wrote it.
        public var from: String
        /// The raw body; never stored or logged before redaction.
        public var body: String

        /// Creates an inbound text.
        public init(providerID: String?, from: String, body: String) {
            self.providerID = providerID
            self.from = from
            self.body = body
        }
    }

    /// How the provider takes the keyword reply.
    public enum ReplyRoute: Sendable, Hashable {
        /// In the webhook's response (Twilio TwiML): returned in ``Outcome/reply``, not queued.
        case response
        /// Through the outbox, with an idempotency key made of `prefix` and the provider's message id.
        case outbox(prefix: String)
    }

    /// The provider's delivery, deduplicated in the same transaction as its effects.
    public struct Delivery: Sendable, Hashable {
        /// `webhook_deliveries.source` (`telnyx`).
        public var source: String
        /// The provider's event id.
        public var id: String

        /// Creates a delivery.
        public init(source: String, id: String) {
            self.source = source
            self.id = id
        }
    }

    /// What was understood and what to answer.
    public struct Outcome: Sendable, Hashable {
        /// Opt-out, help, opt-in or none.
        public var kind: InboundClassification.Kind
        /// The one keyword reply, if any (queued already when the route is the outbox).
        public var reply: String?
        /// The provider redelivered a message already handled: nothing was done again.
        public var duplicate: Bool
        /// The stored inbound message; `nil` for a redelivery.
        public var messageID: String?
        /// The text might mean "stop": marketing to the number is paused until STOP or START.
        public var pausedForReview = false
        /// The `conversation.reply` job that will answer it, for an ordinary reply.
        public var replyJobID: String?
        /// A confirmation word answering Reclaim's double opt-in request: `confirmed` (recorded) or
        /// `expired` (too late or nothing pending: nothing recorded, nothing marketing answered); `nil` otherwise.
        /// Either way the assistant does not answer it.
        public var doubleOptIn: DoubleOptIn.State?

        /// Creates an outcome.
        public init(kind: InboundClassification.Kind, reply: String?, duplicate: Bool) {
            self.kind = kind
            self.reply = reply
            self.duplicate = duplicate
        }
        /// The body as stored, card data redacted (also across the sender's recent texts): the only
        /// form of the text that may be handed on (assistant, conversation turn, logs).
        public var body: String = ""
    }

    /// Records and acts on one inbound text.
    /// - Parameters:
    ///   - text: The text.
    ///   - store: The store it was sent to.
    ///   - route: How the keyword reply leaves (default: in the response).
    ///   - delivery: The provider's event id, when it sends one besides the message id (Telnyx).
    /// - Returns: The classification and the keyword reply (at most one).
    /// - Throws: Database errors; nothing is kept when it throws.
    public func receive(
        _ text: InboundText, store: StoreConfiguration, route: ReplyRoute = .response, delivery: Delivery? = nil
    ) async throws -> Outcome {
        let now = self.clock.now()
        let phone = try? self.phones.parse(text.from, defaultRegion: store.defaultRegion)
        let sender = phone?.e164 ?? text.from.trimmingCharacters(in: .whitespaces)
        let redacted = try await self.redaction.redact(text.body, from: sender, store: store.id, now: now)
        let key = text.providerID ?? UUID().uuidString
        let location = RecipientLocator.location(phone: phone, address: nil)
        let (stored, queued) = try await self.database.transaction { database in
            if let delivery {
                let isNew = try await WebhookDeliveryStore(database).record(
                    source: delivery.source, deliveryID: delivery.id, storeID: store.id, receivedAt: now)
                guard isNew else { return (Outcome(kind: .none, reply: nil, duplicate: true), false) }
            }
            let step = InboundStep(
                repositories: ReclaimRepositories(database: database), store: store, sender: sender, location: location,
                key: key, now: now)
            let result = try await step.run(body: redacted, providerID: text.providerID)
            return try await self.queue(result, route: route, key: key, store: store, in: database, now: now)
        }
        // Committed: the worker picks up what was queued at once rather than at its next poll.
        if queued { self.jobWakeup.signal() }
        var outcome = stored
        outcome.body = redacted
        self.logger.info(
            "inbound sms",
            metadata: [
                "store": "\(store.id)", "kind": "\(outcome.kind.rawValue)", "duplicate": "\(outcome.duplicate)",
                "replied": "\(outcome.reply != nil)", "paused": "\(outcome.pausedForReview)",
            ])
        return outcome
    }

    /// Queues, in the step's transaction, what the step decided to send: the keyword reply (when the
    /// route is the outbox), the one question after an ambiguous "stop", and the assistant's job.
    /// - Returns: The outcome and whether anything was queued.
    private func queue(
        _ result: InboundStep.Result, route: ReplyRoute, key: String, store: StoreConfiguration, in database: any SQLDatabase,
        now: Date
    ) async throws -> (Outcome, Bool) {
        var outcome = result.outcome
        guard let message = result.message else { return (outcome, false) }
        var queued = false
        if case .outbox(let prefix) = route, let reply = result.reply {
            let keyed = reply.message(
                to: message.address, contactID: message.contactID, key: "reply:\(prefix):\(key)", store: store.id, now: now)
            queued = try await OutboxService.store(keyed, in: database, now: now).wasInserted || queued
        }
        if let question = result.question {
            // One question per number, ever: the key is the number's, not the message's.
            let hash = AddressHash.of(message.address, channel: .sms)
            let keyed = question.message(
                to: message.address, contactID: message.contactID, key: "optout-question:\(hash)", store: store.id, now: now)
            queued = try await OutboxService.store(keyed, in: database, now: now).wasInserted || queued
        }
        if outcome.kind == .none, outcome.doubleOptIn == nil {
            let job = ConversationReplyJob(messageID: message.id)
            let enqueued = try await JobQueue(database).enqueue(
                kind: ConversationReplyJob.kind, payload: job, runAt: now, uniqueKey: job.uniqueKey, now: now)
            outcome.replyJobID = enqueued.id
            queued = true
        }
        return (outcome, queued)
    }
}
