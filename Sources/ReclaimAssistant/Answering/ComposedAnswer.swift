/// What the composer decided for one intent: the action, the reply and the facts it states.
public struct ComposedAnswer: Sendable, Hashable {
    /// What to do.
    public var action: AssistantAction
    /// The reply; empty when the compliance engine replies.
    public var reply: String
    /// Facts the reply states.
    public var facts: [AssistantFact]
    /// Why a person must take over, when one must (`no_fact`, `human_requested`, …).
    public var escalationReason: String?

    /// Creates an answer.
    public init(action: AssistantAction, reply: String, facts: [AssistantFact] = [], escalationReason: String? = nil) {
        self.action = action
        self.reply = reply
        self.facts = facts
        self.escalationReason = escalationReason
    }

    /// Whether a person must take over.
    public var escalates: Bool { self.escalationReason != nil }
}
