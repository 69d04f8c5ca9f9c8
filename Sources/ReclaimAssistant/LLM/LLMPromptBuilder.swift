import ReclaimCore

/// Builds the LLM prompt for one reply: a system prompt holding only the retrieved facts and the
/// rules, the redacted shopper text, and the strict JSON schema `{intent, action, reply, escalate,
/// confidence}`.
///
/// ```swift
/// let facts = assistant.retrieveFacts(for: redacted, context: context)
/// let prompt = LLMPromptBuilder.build(redactedText: redacted, context: context, facts: facts)
/// let body = prompt.requestBody(model: "llama3.2")      // POST {base}/chat/completions
/// ```
public enum LLMPromptBuilder {
    /// Builds the prompt.
    /// - Parameters:
    ///   - redactedText: the shopper's text with card data already removed; it is redacted once more
    ///     (``CardDataRedactor`` changes nothing in a redacted text), so no caller can put card data in a prompt.
    ///   - context: brand and language hint.
    ///   - facts: everything the model may state; nothing else.
    /// - Returns: messages, facts and schema.
    public static func build(redactedText: String, context: AssistantContext, facts: [AssistantFact]) -> LLMPrompt {
        let factLines = facts.isEmpty ? "(none)" : facts.map { "- [\($0.key)] \($0.text)" }.joined(separator: "\n")
        let system = """
            You answer SMS replies to \(context.brand)'s abandoned-cart messages. Answer in JSON only, matching the schema.
            Rules:
            - State only the FACTS below. Never invent a price, policy, stock level, discount code, percentage or link.
            - If the FACTS do not answer the question, set action "escalate", escalate true, and say a person will follow up.
            - Escalate frustration, refunds, order problems, payment problems and requests for a person.
            - Never ask for card numbers or other payment details; payment happens only on the secure checkout page.
            - Opt-out requests (STOP, "stop texting me"): intent "opt_out", action "opt_out", empty reply.
            - Keep the reply under 160 characters, in the shopper's language (\(AssistantLanguage(localeHint: context.localeHint).rawValue) if unclear).
            Intents: \(AssistantIntent.allCases.map(\.rawValue).joined(separator: ", ")).
            Actions: \(AssistantAction.allCases.map(\.rawValue).joined(separator: ", ")).
            FACTS:
            \(factLines)
            """
        let shopperText = CardDataRedactor.redact(redactedText).text
        return LLMPrompt(
            messages: [.init(role: "system", content: system), .init(role: "user", content: shopperText)],
            facts: facts, schema: self.schema)
    }

    /// The answer's JSON Schema, strict-mode ready: every property required, no others allowed.
    public static let schema: JSONValue = .object([
        "type": .string("object"),
        "additionalProperties": .bool(false),
        "required": .array(["intent", "action", "reply", "escalate", "confidence"].map(JSONValue.string)),
        "properties": .object([
            "intent": .object(["type": .string("string"), "enum": .array(AssistantIntent.allCases.map { .string($0.rawValue) })]),
            "action": .object(["type": .string("string"), "enum": .array(AssistantAction.allCases.map { .string($0.rawValue) })]),
            "reply": .object(["type": .string("string")]),
            "escalate": .object(["type": .string("boolean")]),
            "confidence": .object(["type": .string("number"), "minimum": .number(0), "maximum": .number(1)]),
        ]),
    ])
}
