import Foundation
import ReclaimCore
import ReclaimStore

/// The send gate for the compliance texts that answer a shopper's own text (the opt-out confirmation,
/// HELP, the opt-in confirmation, the question after an ambiguous "stop"), wherever the text was
/// understood: the inbound step for keywords, the conversation job for a revocation the assistant read.
struct ComplianceReplyGate {
    let store: StoreConfiguration
    let location: RecipientLocation
    let now: Date

    /// A compliance text to send back, with the gate's decision (and the suppression it was made under).
    struct Answer {
        var text: String
        var decision: SendDecisionRecord
    }

    /// The one confirmation an opt-out allows: none when the number was already opted out, none when the
    /// provider confirms by itself, none to an erased or blocked number.
    /// - Parameter earlier: the suppression the number had before this opt-out.
    func optOutConfirmation(earlier: SuppressionReason?) -> Answer? {
        self.gated(
            ComplianceTexts.optOutConfirmation(brand: self.store.name), .optOutConfirmation, earlier ?? .optedOut,
            alreadyConfirmed: earlier == .optedOut)
    }

    /// The text and the gate's decision when the send gate allows it for `purpose`, else `nil`.
    func gated(
        _ text: String, _ purpose: MessagePurpose, _ suppression: SuppressionReason?, alreadyConfirmed: Bool = false,
        lastInboundAt: Date? = nil
    ) -> Answer? {
        var policy = CompliancePolicy.reference
        policy.providerSendsOptOutConfirmation = self.store.sms?.providerConfirmsOptOut ?? false
        let request = SendRequest(
            channel: .sms, purpose: purpose, location: self.location, consent: .none, suppression: suppression,
            history: SendHistory(
                lastInboundAt: lastInboundAt, optOutReceivedAt: self.now, optOutConfirmationSent: alreadyConfirmed),
            content: .init(text: text, brand: self.store.name, isFirstMessage: false), now: self.now, policy: policy)
        let decision = SendGate.decide(request)
        return decision.kind == .send ? Answer(text: text, decision: decision.record) : nil
    }
}

extension ComplianceReplyGate.Answer {
    /// The answer as a pending outbox message to `address`, with the gate's decision, queued under the
    /// idempotency key `key`: the one way both the inbound step and the conversation job queue one.
    func message(to address: String, contactID: String?, key: String, store: StoreID, now: Date) -> Message {
        var message = Message(
            id: "msg_\(TimeOrderedID.make(at: now))", storeID: store, contactID: contactID, channel: .sms,
            direction: .outbound, address: address, body: self.text, status: .pending, idempotencyKey: key,
            createdAt: now, updatedAt: now)
        message.decision = self.decision
        return message
    }
}
