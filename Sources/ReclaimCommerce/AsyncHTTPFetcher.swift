import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// ``HTTPFetching`` over AsyncHTTPClient: the platform REST calls (BigCommerce carts, customers and
/// orders) with a per-request timeout. Status codes are returned, not thrown: the adapters decide
/// what a 404 or a 429 means; transport failures throw and the ingestion job retries with backoff.
public struct AsyncHTTPFetcher: HTTPFetching {
    let client: HTTPClient
    let timeout: TimeInterval

    /// Creates a fetcher on the shared client.
    public init(client: HTTPClient = .shared, timeout: TimeInterval = 15) {
        self.client = client
        self.timeout = timeout
    }

    /// Sends the request and collects up to 8 MiB of the answer.
    public func send(_ request: CommerceHTTPRequest) async throws -> CommerceHTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(data: body)) }
        let response = try await self.client.execute(outgoing, timeout: .milliseconds(Int64(self.timeout * 1000)))
        let body = try await response.body.collect(upTo: 8 << 20)
        var headers: [String: String] = [:]
        for header in response.headers where headers[header.name.lowercased()] == nil { headers[header.name.lowercased()] = header.value }
        return CommerceHTTPResponse(status: Int(response.status.code), body: Data(buffer: body), headers: headers)
    }
}
