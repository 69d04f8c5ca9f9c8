import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Posts a JSON body to a merchant's webhook (escalation alerts in Slack's incoming-webhook format,
/// or any endpoint that takes JSON), with a timeout.
public struct WebhookPoster: Sendable {
    let client: HTTPClient
    let timeout: TimeInterval

    /// Creates a poster.
    public init(client: HTTPClient = .shared, timeout: TimeInterval = 5) {
        self.client = client
        self.timeout = timeout
    }

    /// Posts `body` (JSON) to `url`.
    /// - Returns: The HTTP status the endpoint answered.
    /// - Throws: Transport errors and timeouts.
    @discardableResult
    public func post(json body: Data, to url: String) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(data: body))
        let response = try await self.client.execute(request, timeout: .milliseconds(Int64(self.timeout * 1000)))
        return Int(response.status.code)
    }
}
