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

    func run(body: String, providerID: String?) async throws -> InboundMessageService.Outcome {
        let hash = AddressHash.of(self.sender, channel: .sms)
        let suppression = try await self.repositories.suppressions.find(
            storeID: self.store.id, channel: .sms, addressHash: hash)
        let classification = InboundKeywordClassifier.classify(body, isSuppressed: suppression != nil)
        let contactID = try await self.repositories.contacts.find(storeID: self.store.id, phone: self.sender)?.id
        let message = Message(
            id: "msg_\(UUID().uuidString.lowercased())", storeID: self.store.id, contactID: contactID, channel: .sms,
            direction: .inbound, address: self.sender, body: body, status: .received, providerID: providerID,
            createdAt: self.now, sentAt: self.now, updatedAt: self.now)
        guard try await self.repositories.messages.insertInbound(message).wasInserted else {
            return .init(kind: classification.kind, reply: nil, duplicate: true)
        }
        let reply: String?
        switch classification.kind {
        case .optOut:
            reply = try await self.optOut(contactID: contactID, rule: classification.rule ?? "opt_out")
        case .help:
            reply = self.gated(ComplianceTexts.helpReply(for: self.store.store), .helpReply, suppression?.reason)
        case .optIn:
            reply = try await self.optIn(contactID: contactID)
        case .none:
            reply = nil
        }
        return .init(kind: classification.kind, reply: reply, duplicate: false)
    }

    private func optOut(contactID: String?, rule: String) async throws -> String? {
        let ledger = ConsentLedger(repositories: self.repositories)
        let earlier = try await ledger.optOut(
            store: self.store.id, e164: self.sender, contactID: contactID, key: self.key, detail: rule, now: self.now)
        // One confirmation per opt-out: none when the number was already opted out, none when the
        // provider confirms by itself, none to an erased or blocked number.
        return self.gated(
            ComplianceTexts.optOutConfirmation(brand: self.store.name), .optOutConfirmation,
            earlier?.reason ?? .optedOut, alreadyConfirmed: earlier?.reason == .optedOut)
    }

    private func optIn(contactID: String?) async throws -> String? {
        let confirmation = ComplianceTexts.optInConfirmation(brand: self.store.name)
        _ = try await ConsentLedger(repositories: self.repositories).optIn(
            store: self.store.id, e164: self.sender, contactID: contactID, key: self.key, disclosure: confirmation,
            now: self.now)
        let remaining = try await self.repositories.suppressions.find(
            storeID: self.store.id, channel: .sms, addressHash: AddressHash.of(self.sender, channel: .sms))
        return self.gated(confirmation, .optInConfirmation, remaining?.reason)
    }

    /// `text` when the send gate allows it for `purpose`, else `nil`.
    private func gated(
        _ text: String, _ purpose: MessagePurpose, _ suppression: SuppressionReason?, alreadyConfirmed: Bool = false
    ) -> String? {
        var policy = CompliancePolicy.reference
        policy.providerSendsOptOutConfirmation = self.store.sms?.providerConfirmsOptOut ?? false
        let request = SendRequest(
            channel: .sms, purpose: purpose, location: self.location, consent: .none, suppression: suppression,
            history: SendHistory(optOutReceivedAt: self.now, optOutConfirmationSent: alreadyConfirmed),
            content: .init(text: text, brand: self.store.name, isFirstMessage: false), now: self.now, policy: policy)
        return SendGate.decide(request).kind == .send ? text : nil
    }
}
