import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Posts a JSON body to a merchant's webhook (escalation alerts in Slack's incoming-webhook format,
/// or any endpoint that takes JSON), or to a JSON API whose answer matters (an LLM endpoint), with a
/// timeout.
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

    /// Posts `body` to `url` with `headers` and reads the answer (at most 1 MiB).
    /// - Returns: The HTTP status and body.
    /// - Throws: Transport errors, a timeout after `timeout`, or a body over 1 MiB.
    public func exchange(
        url: String, headers: [(String, String)], body: Data, timeout: Duration
    ) async throws
        -> (status: Int, body: Data)
    {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(data: body))
        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        let deadline = NIODeadline.now() + .milliseconds(milliseconds)
        let response = try await self.client.execute(request, deadline: deadline)
        let answer = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), Data(buffer: answer))
    }
}
