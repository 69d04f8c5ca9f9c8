import Foundation
import ReclaimCore

/// An ``Assistant`` that asks an OpenAI-compatible chat endpoint for the wording of answers, with
/// the built-in engine deciding everything that has consequences and answering whenever the model
/// cannot be trusted.
///
/// The built-in engine runs first on every text. Its decision is final for opt-outs, HELP, START,
/// wrong numbers, card data, discounts, pauses and every escalation except "the data did not
/// answer it" (`no_fact`, `low_confidence`): the model may word answers and may add an escalation,
/// never remove one or change consent. For the rest, the model gets only the retrieved facts
/// (``LLMPromptBuilder``), answers in the strict JSON schema, and the answer is used only if
/// ``LLMOutputValidator`` finds every price, percentage, code and link in those facts. On a timeout,
/// an HTTP error, a truncated or malformed answer, a rejected claim or an action outside
/// answer / send link / clarify / escalate, the built-in response goes out instead, with
/// `fallbackReason` saying why.
///
/// ```swift
/// let llm = LLMAssistant(settings: LLMSettings(baseURL: "http://127.0.0.1:8080/v1", model: "llama3.2"),
///                        transport: transport, fallback: BuiltInAssistant(catalog: catalog, policies: policies))
/// let response = await llm.respond(to: "is the tent waterproof?", context: context)
/// // response.engine == "llm", or "builtin" with response.fallbackReason
/// ```
public struct LLMAssistant: Assistant {
    /// The endpoint.
    public let settings: LLMSettings
    /// How requests are sent.
    public let transport: any LLMTransport
    /// The engine that decides consequential cases and stands in for the model.
    public let fallback: BuiltInAssistant

    /// Built-in escalations the model may answer instead: the data did not obviously answer the question.
    static let answerableEscalations: Set<String> = ["no_fact", "low_confidence"]
    /// Actions the model may choose; the rest have side effects the built-in engine decides.
    static let modelActions: Set<AssistantAction> = [.answer, .sendLink, .clarify, .escalate]

    /// Creates the engine.
    public init(settings: LLMSettings, transport: any LLMTransport, fallback: BuiltInAssistant) {
        self.settings = settings
        self.transport = transport
        self.fallback = fallback
    }

    public func respond(to text: String, context: AssistantContext) async -> AssistantResponse {
        var builtIn = await self.fallback.respond(to: text, context: context)
        builtIn.engine = AssistantResponse.builtInEngine
        guard Self.modelMayAnswer(after: builtIn) else { return builtIn }
        let facts = self.fallback.retrieveFacts(for: builtIn.redactedText, context: context)
        let prompt = LLMPromptBuilder.build(redactedText: builtIn.redactedText, context: context, facts: facts)
        do {
            let decision = try await self.ask(prompt)
            return Self.response(from: decision, builtIn: builtIn, facts: facts)
        } catch {
            builtIn.fallbackReason = "\(error)"
            return builtIn
        }
    }

    /// Whether the built-in decision leaves room for the model's wording.
    static func modelMayAnswer(after builtIn: AssistantResponse) -> Bool {
        if builtIn.escalate {
            return builtIn.escalationReason.map(Self.answerableEscalations.contains) ?? false
                && !builtIn.intent.alwaysEscalates
        }
        return [.answer, .sendLink, .clarify].contains(builtIn.action)
    }

    /// Sends the prompt and validates the answer.
    func ask(_ prompt: LLMPrompt) async throws -> LLMOutputValidator.Decision {
        let body = try JSONEncoder().encode(
            prompt.requestBody(model: self.settings.model, maxTokens: self.settings.maxTokens, openAI: self.settings.isOpenAI))
        var headers = [("Content-Type", "application/json"), ("Accept", "application/json")]
        if let key = self.settings.apiKey, !key.isEmpty { headers.append(("Authorization", "Bearer \(key)")) }
        let answer = try await self.transport.post(
            url: self.settings.chatCompletionsURL, headers: headers, body: body, timeout: self.settings.timeout)
        guard (200..<300).contains(answer.status) else { throw LLMFailure.http(answer.status) }
        let content = try ChatCompletion.content(of: answer.body)
        let decision = try LLMOutputValidator.validate(content, facts: prompt.facts)
        guard Self.modelActions.contains(decision.action) else { throw LLMFailure.actionNotAllowed(decision.action.rawValue) }
        guard decision.reply.count <= 320 else { throw LLMFailure.replyTooLong(decision.reply.count) }
        return decision
    }

    /// The response sent: the model's wording, or its escalation, over the built-in decision.
    static func response(
        from decision: LLMOutputValidator.Decision, builtIn: AssistantResponse, facts: [AssistantFact]
    ) -> AssistantResponse {
        var response = builtIn
        response.engine = AssistantResponse.llmEngine
        response.fallbackReason = nil
        response.facts = facts
        response.confidence = decision.confidence
        let escalates = decision.escalate || decision.action == .escalate || decision.intent.alwaysEscalates
        if escalates {
            response.action = .escalate
            response.escalate = true
            response.escalationReason = builtIn.escalationReason ?? "llm_escalated"
            if decision.intent.alwaysEscalates { response.intent = decision.intent }
            if !decision.reply.isEmpty { response.reply = decision.reply }
            return response
        }
        response.intent = decision.intent
        response.action = decision.action
        response.reply = decision.reply
        response.escalate = false
        response.escalationReason = nil
        return response
    }
}

/// Why the model's answer was not used.
enum LLMFailure: Error, CustomStringConvertible, Equatable {
    case http(Int)
    case truncated
    case malformedCompletion(String)
    case actionNotAllowed(String)
    case replyTooLong(Int)

    var description: String {
        switch self {
        case .http(let status): "llm_http_\(status)"
        case .truncated: "llm_truncated"
        case .malformedCompletion(let detail): "llm_malformed_completion: \(detail)"
        case .actionNotAllowed(let action): "llm_action_not_allowed: \(action)"
        case .replyTooLong(let count): "llm_reply_too_long: \(count) characters"
        }
    }
}

/// Reads `choices[0].message.content` of an OpenAI chat completion.
enum ChatCompletion {
    static func content(of body: Data) throws(LLMFailure) -> String {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body), case .object(let root) = value,
            case .array(let choices)? = root["choices"], case .object(let first)? = choices.first
        else { throw .malformedCompletion("no choices") }
        if case .string("length")? = first["finish_reason"] { throw .truncated }
        guard case .object(let message)? = first["message"], case .string(let content)? = message["content"] else {
            throw .malformedCompletion("no message content")
        }
        return content
    }
}
