import Foundation

/// Sends one HTTP POST for ``LLMAssistant``; the server implements it over its HTTP client, tests
/// with a local server or a stub. Must give up after `timeout` by throwing.
public protocol LLMTransport: Sendable {
    /// Posts `body` to `url` with `headers` and returns the status and body, or throws on a transport
    /// error or when `timeout` passes.
    func post(url: String, headers: [(String, String)], body: Data, timeout: Duration) async throws -> LLMHTTPResponse
}

/// What an OpenAI-compatible endpoint answered.
public struct LLMHTTPResponse: Sendable, Hashable {
    /// HTTP status code.
    public var status: Int
    /// Response body (JSON on success).
    public var body: Data

    /// Creates a response.
    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}
