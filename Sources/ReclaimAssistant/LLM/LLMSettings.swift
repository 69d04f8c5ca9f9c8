import Foundation

/// Where and how to reach an OpenAI-compatible chat endpoint (OpenAI, llama.cpp's server, Ollama's
/// `/v1`, vLLM).
public struct LLMSettings: Sendable, Hashable {
    /// Base URL up to and including the API version, e.g. `http://127.0.0.1:8080/v1`.
    public var baseURL: String
    /// Model id (single-model servers such as llama.cpp ignore it).
    public var model: String
    /// Bearer key, when the endpoint wants one.
    public var apiKey: String?
    /// How long to wait before answering with the built-in engine instead.
    public var timeout: Duration
    /// Output token bound.
    public var maxTokens: Int

    /// Creates settings.
    public init(baseURL: String, model: String, apiKey: String? = nil, timeout: Duration = .seconds(8), maxTokens: Int = 300) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
        self.maxTokens = maxTokens
    }

    /// `{base}/chat/completions`.
    public var chatCompletionsURL: String {
        (self.baseURL.hasSuffix("/") ? String(self.baseURL.dropLast()) : self.baseURL) + "/chat/completions"
    }

    /// Whether this is OpenAI's own API (newer models there reject `max_tokens`).
    public var isOpenAI: Bool {
        URLComponents(string: self.baseURL)?.host?.lowercased() == "api.openai.com"
    }
}
