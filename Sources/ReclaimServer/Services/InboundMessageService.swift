import Foundation
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Handles a text a shopper sent to a store: redacts card data, records it, and acts on opt-out,
/// HELP and opt-in keywords before the webhook answers.
///
/// Everything it writes (the message, a suppression, a consent record) commits in one transaction,
/// so an opt-out is in force by the time the provider gets its response.
///
/// ```swift
/// let outcome = try await InboundMessageService(dependencies).receive(
///     InboundText(providerID: sid, from: "+13125550101", body: "Stop texting me please"), store: store)
/// outcome.reply  // "Summit Outfitters: You're unsubscribed and will receive no more messages. …"
/// ```
public struct InboundMessageService: Sendable {
    let dependencies: AppDependencies

    /// Creates the service.
    public init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

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

    /// What was understood and what to answer.
    public struct Outcome: Sendable, Hashable {
        /// Opt-out, help, opt-in or none.
        public var kind: InboundClassification.Kind
        /// The one reply to send back, if any.
        public var reply: String?
        /// The provider redelivered a message already handled: nothing was done again.
        public var duplicate: Bool
        /// The body as stored, card data redacted (also across the sender's recent texts): the only
        /// form of the text that may be handed on (assistant, conversation turn, logs).
        public var body: String = ""
    }

    /// Records and acts on one inbound text.
    /// - Parameters:
    ///   - text: The text.
    ///   - store: The store it was sent to.
    /// - Returns: The classification and the reply (at most one).
    /// - Throws: Database errors; nothing is kept when it throws.
    public func receive(_ text: InboundText, store: StoreConfiguration) async throws -> Outcome {
        let now = self.dependencies.clock.now()
        let phone = try? self.dependencies.phones.parse(text.from, defaultRegion: store.defaultRegion)
        let sender = phone?.e164 ?? text.from.trimmingCharacters(in: .whitespaces)
        let redacted = try await SplitCardRedaction(self.dependencies).redact(text.body, from: sender, store: store.id, now: now)
        let key = text.providerID ?? UUID().uuidString
        var outcome = try await self.dependencies.database.transaction { database in
            let step = InboundStep(
                repositories: ReclaimRepositories(database: database), store: store, sender: sender,
                location: phone.map { RecipientLocator.location(phone: $0, address: nil) }
                    ?? RecipientLocation(candidates: []),
                key: key, now: now)
            return try await step.run(body: redacted, providerID: text.providerID)
        }
        outcome.body = redacted
        self.dependencies.logger.info("inbound sms", metadata: [
            "store": "\(store.id)", "kind": "\(outcome.kind.rawValue)", "duplicate": "\(outcome.duplicate)",
            "replied": "\(outcome.reply != nil)",
        ])
        return outcome
    }
}
