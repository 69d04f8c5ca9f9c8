/// The assistant's decision about one inbound reply: what it is about, what to do and what to say.
public struct AssistantResponse: Codable, Sendable, Hashable {
    /// The primary intent.
    public var intent: AssistantIntent
    /// Other intents found in the same text, strongest first.
    public var secondaryIntents: [AssistantIntent]
    /// What to do.
    public var action: AssistantAction
    /// The text to send; empty when the compliance engine replies (opt-out, opt-in) or nothing is sent.
    public var reply: String
    /// Whether a person must take over.
    public var escalate: Bool
    /// Why it was escalated (`frustrated`, `payment_details_sent`, `low_confidence`, `no_fact`, …).
    public var escalationReason: String?
    /// The inbound text with card data removed: the only form that may be stored or logged.
    public var redactedText: String
    /// Confidence in the intent, 0…1.
    public var confidence: Double
    /// The facts the reply states.
    public var facts: [AssistantFact]
    /// Which engine produced the reply: ``builtInEngine`` or ``llmEngine``.
    public var engine: String
    /// Why an LLM-backed assistant answered with the built-in engine instead (timeout, HTTP error,
    /// rejected claim…); `nil` otherwise.
    public var fallbackReason: String?

    /// ``engine`` of the built-in engine.
    public static let builtInEngine = "builtin"
    /// ``engine`` of ``LLMAssistant`` when the model's answer was used.
    public static let llmEngine = "llm"

    /// Creates a response.
    public init(
        intent: AssistantIntent, secondaryIntents: [AssistantIntent] = [], action: AssistantAction,
        reply: String, escalate: Bool, escalationReason: String? = nil, redactedText: String,
        confidence: Double, facts: [AssistantFact] = [], engine: String = AssistantResponse.builtInEngine,
        fallbackReason: String? = nil
    ) {
        self.intent = intent
        self.secondaryIntents = secondaryIntents
        self.action = action
        self.reply = reply
        self.escalate = escalate
        self.escalationReason = escalationReason
        self.redactedText = redactedText
        self.confidence = confidence
        self.facts = facts
        self.engine = engine
        self.fallbackReason = fallbackReason
    }
}
