import Foundation
import ReclaimAssistant
import ReclaimChannels

/// ``LLMTransport`` over the server's HTTP client: one POST with a deadline, the answer read whole.
public struct HTTPLLMTransport: LLMTransport {
    let poster: WebhookPoster

    public init(poster: WebhookPoster = WebhookPoster()) {
        self.poster = poster
    }

    public func post(url: String, headers: [(String, String)], body: Data, timeout: Duration) async throws -> LLMHTTPResponse {
        let answer = try await self.poster.exchange(url: url, headers: headers, body: body, timeout: timeout)
        return LLMHTTPResponse(status: answer.status, body: answer.body)
    }
}
