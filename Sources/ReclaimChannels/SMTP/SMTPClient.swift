import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// What the server said when it took the message.
public struct SMTPReceipt: Sendable, Hashable {
    /// The reply to the final `.` (often carries the server's queue id).
    public var reply: SMTPReply
    /// Recipients the server refused while accepting others, with the action for each.
    public var rejectedRecipients: [String: ProviderError]
}

/// A real SMTP client on SwiftNIO: EHLO, STARTTLS or implicit TLS, AUTH PLAIN/LOGIN, MAIL/RCPT/DATA with
/// dot-stuffing, QUIT; per-reply timeouts and multi-line replies. One connection per message.
///
/// Every failure is a ``ProviderError``: 4xx and transport trouble retry, 550-family `RCPT` refusals
/// suppress the address as a hard bounce, other 5xx are permanent.
///
/// ```swift
/// let client = SMTPClient(configuration: SMTPConfiguration(host: "127.0.0.1", port: 2525, tls: .none))
/// let receipt = try await client.send(from: "bounce@shop.example.com", to: ["ada@example.org"], data: rendered.bytes)
/// ```
public struct SMTPClient: Sendable {
    /// Server, security, credentials and timeouts.
    public let configuration: SMTPConfiguration
    private let group: any EventLoopGroup

    /// Creates a client.
    /// - Parameters:
    ///   - configuration: Server settings.
    ///   - eventLoopGroup: The NIO event loop group (the process-wide singleton by default).
    public init(configuration: SMTPConfiguration, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = eventLoopGroup
    }

    /// Submits one message.
    /// - Parameters:
    ///   - from: The envelope sender (`MAIL FROM`).
    ///   - to: The envelope recipients (`RCPT TO`), at least one.
    ///   - data: The message (headers, blank line, body) with CRLF line endings.
    /// - Returns: The server's final reply and any recipients it refused.
    /// - Throws: ``ProviderError``.
    public func send(from: String, to: [String], data: [UInt8]) async throws -> SMTPReceipt {
        for address in [from] + to where !EmailAddress(address).isValid {
            throw ProviderError(
                provider: "smtp", action: .invalidRecipient, code: "address", message: "not a valid address: \(address)")
        }
        guard !to.isEmpty else { throw SMTPErrorMapping.configuration("no recipients", stage: .rcptTo) }
        let tlsContext: NIOSSLContext?
        do {
            tlsContext = self.configuration.tls == .none ? nil : try NIOSSLContext(configuration: self.configuration.tlsConfiguration)
        } catch {
            throw SMTPErrorMapping.configuration("TLS configuration: \(error)", stage: .connect)
        }
        let connection: SMTPConnection
        do {
            connection = try await SMTPConnection.connect(
                host: self.configuration.host, port: self.configuration.port,
                implicitTLS: self.configuration.tls == .tls ? tlsContext : nil,
                connectTimeout: self.configuration.connectTimeout, group: self.group)
        } catch {
            throw ProviderError(provider: "smtp", action: .retry(after: nil), message: "connect: \(error)")
        }
        var session = SMTPSession(connection: connection, configuration: self.configuration, tlsContext: tlsContext)
        do {
            let receipt = try await session.run(from: from, to: to, data: data)
            await session.quit()
            return receipt
        } catch {
            await connection.close()
            throw SMTPErrorMapping.error(for: error, stage: session.stage)
        }
    }
}
