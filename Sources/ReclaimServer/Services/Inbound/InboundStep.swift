import Foundation
import ReclaimCore
import ReclaimStore

/// The work of ``InboundMessageService`` for one text, inside its transaction.
struct InboundStep {
    let repositories: ReclaimRepositories
    let store: StoreConfiguration
    /// The sender in E.164 (or as written when it does not parse).
    let sender: String
    let location: RecipientLocation
    /// Stable id of this inbound event.
    let key: String
    let now: Date

    /// A compliance text to send back, with the gate's decision (and the suppression it was made under).
    typealias Answer = ComplianceReplyGate.Answer

    /// What the step did.
    struct Result {
        var outcome: InboundMessageService.Outcome
        /// The stored inbound message; `nil` for a redelivery.
        var message: Message?
        /// The keyword reply (also in `outcome.reply`) with its decision.
        var reply: Answer?
        /// The one question after an ambiguous "stop" (sent at most once per number, ever).
        var question: Answer?
    }

    func run(body: String, providerID: String?) async throws -> Result {
        let hash = AddressHash.of(self.sender, channel: .sms)
        let suppression = try await self.repositories.suppressions.find(
            storeID: self.store.id, channel: .sms, addressHash: hash)
        // While an ambiguous "stop" is unconfirmed a bare YES could answer either way: it lifts nothing.
        let classification = InboundKeywordClassifier.classify(
            body, isSuppressed: suppression.map { $0.reason != .optOutUnconfirmed } ?? false)
        let contactID = try await self.repositories.contacts.find(storeID: self.store.id, phone: self.sender)?.id
        let message = Message(
            id: "msg_\(UUID().uuidString.lowercased())", storeID: self.store.id, contactID: contactID, channel: .sms,
            direction: .inbound, address: self.sender, body: body, status: .received, providerID: providerID,
            createdAt: self.now, sentAt: self.now, updatedAt: self.now)
        guard try await self.repositories.messages.insertInbound(message).wasInserted else {
            return Result(outcome: .init(kind: classification.kind, reply: nil, duplicate: true))
        }
        var reply: Answer?
        var question: Answer?
        var doubleOptIn: DoubleOptIn.State?
        switch classification.kind {
        case .optOut:
            reply = try await self.optOut(contactID: contactID, rule: classification.rule ?? "opt_out")
        case .help:
            reply = self.gated(ComplianceTexts.helpReply(for: self.store.store), .helpReply, suppression?.reason)
        case .optIn:
            reply = try await self.optIn(contactID: contactID)
        case .none where classification.needsReview:
            question = try await self.pause(existing: suppression?.reason)
        case .none:
            // A Y to Reclaim's double opt-in request, before the assistant sees it.
            doubleOptIn = try await DoubleOptInRequests(repositories: self.repositories, store: self.store).confirm(
                reply: body, from: self.sender, contactID: contactID, key: self.key, now: self.now)
            if doubleOptIn == .confirmed {
                reply = self.gated(ComplianceTexts.optInConfirmation(brand: self.store.name), .optInConfirmation, suppression?.reason)
            }
        }
        var outcome = InboundMessageService.Outcome(kind: classification.kind, reply: reply?.text, duplicate: false)
        outcome.doubleOptIn = doubleOptIn
        outcome.messageID = message.id
        outcome.pausedForReview = classification.kind == .none && classification.needsReview
        return Result(outcome: outcome, message: message, reply: reply, question: question)
    }

    private func optOut(contactID: String?, rule: String) async throws -> Answer? {
        let ledger = ConsentLedger(repositories: self.repositories)
        let earlier = try await ledger.optOut(
            store: self.store.id, e164: self.sender, contactID: contactID, key: self.key, detail: rule, now: self.now)
        return ComplianceReplyGate(store: self.store, location: self.location, now: self.now)
            .optOutConfirmation(earlier: earlier?.reason)
    }

    private func optIn(contactID: String?) async throws -> Answer? {
        let confirmation = ComplianceTexts.optInConfirmation(brand: self.store.name)
        _ = try await ConsentLedger(repositories: self.repositories).optIn(
            store: self.store.id, e164: self.sender, contactID: contactID, key: self.key, disclosure: confirmation,
            now: self.now)
        let remaining = try await self.repositories.suppressions.find(
            storeID: self.store.id, channel: .sms, addressHash: AddressHash.of(self.sender, channel: .sms))
        return self.gated(confirmation, .optInConfirmation, remaining?.reason)
    }

    /// A text that might mean "stop": marketing stops at once (the strict reading) and, the first time
    /// only, the shopper is asked. A number suppressed for any other reason is left as it is.
    private func pause(existing: SuppressionReason?) async throws -> Answer? {
        guard existing == nil || existing == .optOutUnconfirmed else { return nil }
        _ = try await ConsentLedger(repositories: self.repositories).pauseMarketing(
            store: self.store.id, e164: self.sender, detail: "ambiguous: may mean stop", now: self.now)
        // An answer to the shopper's own text: a reply, let through under the pause it announces.
        return self.gated(
            ComplianceTexts.optOutQuestion(brand: self.store.name), .reply, .optOutUnconfirmed, lastInboundAt: self.now)
    }

    /// The text and the gate's decision when the send gate allows it for `purpose`, else `nil`.
    private func gated(
        _ text: String, _ purpose: MessagePurpose, _ suppression: SuppressionReason?, lastInboundAt: Date? = nil
    ) -> Answer? {
        ComplianceReplyGate(store: self.store, location: self.location, now: self.now)
            .gated(text, purpose, suppression, lastInboundAt: lastInboundAt)
    }
}
