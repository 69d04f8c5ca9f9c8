import ReclaimCore

/// A chat request for an OpenAI-compatible `/chat/completions` endpoint, without transport: the
/// server adds the model, sends it with a timeout and validates the answer with ``LLMOutputValidator``.
public struct LLMPrompt: Sendable, Hashable {
    /// One chat message.
    public struct Message: Codable, Sendable, Hashable {
        /// `system` or `user`.
        public var role: String
        /// The text.
        public var content: String

        /// Creates a message.
        public init(role: String, content: String) {
            self.role = role
            self.content = content
        }
    }

    /// System then user message.
    public var messages: [Message]
    /// The facts the model was given; the validator checks the reply against them.
    public var facts: [AssistantFact]
    /// The JSON Schema of the expected answer.
    public var schema: JSONValue

    /// Creates a prompt.
    public init(messages: [Message], facts: [AssistantFact], schema: JSONValue) {
        self.messages = messages
        self.facts = facts
        self.schema = schema
    }

    /// The request body: `model`, `messages`, `temperature`, a token bound and a strict `json_schema`
    /// `response_format`.
    /// - Parameters:
    ///   - model: the model id (ignored by single-model llama.cpp servers).
    ///   - maxTokens: output bound; sent as `max_completion_tokens` when `openAI` is set, else `max_tokens`.
    ///   - openAI: whether the endpoint is OpenAI's (newer models reject `max_tokens`).
    public func requestBody(model: String, maxTokens: Int = 300, openAI: Bool = false) -> JSONValue {
        .object([
            "model": .string(model),
            "temperature": .number(0),
            openAI ? "max_completion_tokens" : "max_tokens": .number(Double(maxTokens)),
            "messages": .array(self.messages.map { .object(["role": .string($0.role), "content": .string($0.content)]) }),
            "response_format": .object([
                "type": .string("json_schema"),
                "json_schema": .object(["name": .string("assistant_reply"), "strict": .bool(true), "schema": self.schema]),
            ]),
        ])
    }
}
