/// Understands a shopper's reply to a cart message and decides the answer.
///
/// The built-in engine is ``BuiltInAssistant``; an LLM-backed one (in the server) uses
/// ``LLMPromptBuilder`` and ``LLMOutputValidator`` and falls back to the built-in engine.
///
/// ```swift
/// let assistant = BuiltInAssistant(catalog: index, policies: policies)
/// let response = await assistant.respond(to: "is shipping free?", context: context)
/// // response.action == .answer, response.reply mentions the free-shipping threshold
/// ```
public protocol Assistant: Sendable {
    /// Decides what to do with one inbound text.
    /// - Parameters:
    ///   - text: the raw inbound body (card data is redacted before anything else happens).
    ///   - context: the store, cart and conversation the reply belongs to.
    /// - Returns: intent, action, reply and escalation decision.
    func respond(to text: String, context: AssistantContext) async -> AssistantResponse
}
