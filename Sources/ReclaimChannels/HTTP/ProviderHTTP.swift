import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP exchange with a provider's API, transport failures mapped to ``ProviderError``.
struct ProviderHTTP: Sendable {
    /// A whole response.
    struct Response: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: ByteBuffer

        /// The body as UTF-8 text, for error messages.
        var text: String { String(buffer: self.body) }

        /// The body as `Data`, for decoding.
        var data: Data { Data(self.body.readableBytesView) }
    }

    let provider: String
    let client: HTTPClient
    let timeout: TimeInterval
    /// Largest body read; provider answers are small.
    let maxBodyBytes = 1 << 20

    /// Sends the request and reads the whole answer.
    /// - Throws: ``ProviderError`` with ``ProviderAction/retry(after:)`` for transport failures;
    ///   ``ProviderError/outcomeUnknown`` unless the failure happened before the request could be sent.
    func perform(_ request: HTTPClientRequest) async throws -> Response {
        do {
            let response = try await self.client.execute(request, timeout: .milliseconds(Int64(self.timeout * 1_000)))
            let body = try await response.body.collect(upTo: self.maxBodyBytes)
            return Response(status: Int(response.status.code), headers: response.headers, body: body)
        } catch {
            throw self.transportError(error)
        }
    }

    /// Classifies a transport error: connection-phase failures mean the request never left.
    func transportError(_ error: any Error) -> ProviderError {
        let notSent: Bool
        switch error {
        case let error as HTTPClientError:
            notSent = error == .connectTimeout || error == .getConnectionFromPoolTimeout || error == .tlsHandshakeTimeout
        case is NIOConnectionError:
            notSent = true
        case let error as ChannelError:
            if case .connectTimeout = error { notSent = true } else { notSent = false }
        case let error as IOError:
            notSent = [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode)
        default:
            notSent = false
        }
        return ProviderError(
            provider: self.provider, action: .retry(after: nil), message: "transport: \(error)", outcomeUnknown: !notSent)
    }
}
