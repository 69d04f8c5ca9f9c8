import Foundation

/// An HTTP request to a platform API, independent of the HTTP client that sends it.
public struct CommerceHTTPRequest: Sendable, Hashable {
    /// `GET`, `POST`, …
    public var method: String
    /// Absolute URL.
    public var url: String
    /// Request headers.
    public var headers: [String: String]
    /// Body, if any.
    public var body: Data?

    /// Creates a request.
    public init(method: String, url: String, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A platform API response.
public struct CommerceHTTPResponse: Sendable, Hashable {
    /// HTTP status code.
    public var status: Int
    /// Response body.
    public var body: Data
    /// Response headers, names lower-cased (`x-wp-totalpages`); empty when the client does not pass them on.
    public var headers: [String: String]

    /// Creates a response.
    public init(status: Int, body: Data, headers: [String: String] = [:]) {
        self.status = status
        self.body = body
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Sends HTTP requests. The server implements it with AsyncHTTPClient (with retries and backoff);
/// tests use a stand-in. Adapters stay pure and never open sockets themselves.
public protocol HTTPFetching: Sendable {
    /// Sends one request and returns the response, whatever its status.
    /// - Throws: transport errors only.
    func send(_ request: CommerceHTTPRequest) async throws -> CommerceHTTPResponse
}
