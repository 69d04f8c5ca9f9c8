import Foundation
import NIOCore
import NIOPosix

/// Sends email through an SMTP server: renders MIME, signs with DKIM when configured, submits with
/// ``SMTPClient``.
///
/// ```swift
/// let sender = SMTPEmailSender(
///     configuration: SMTPConfiguration(host: "smtp.example.com", port: 587, tls: .starttls, credentials: creds),
///     renderer: EmailRenderer(dkim: try DKIMSigner(domain: "shop.example.com", selector: "reclaim", key: .rsa(pem: pem))))
/// let result = try await sender.send(message)   // store result.messageID
/// ```
public struct SMTPEmailSender: EmailSender {
    /// `smtp`.
    public let name = "smtp"
    /// The SMTP client.
    public let client: SMTPClient
    /// The renderer (MIME + DKIM).
    public let renderer: EmailRenderer

    /// Creates a sender.
    /// - Parameters:
    ///   - configuration: The SMTP server.
    ///   - renderer: MIME and DKIM settings.
    ///   - eventLoopGroup: The NIO event loop group.
    public init(
        configuration: SMTPConfiguration, renderer: EmailRenderer = EmailRenderer(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.client = SMTPClient(configuration: configuration, eventLoopGroup: eventLoopGroup)
        self.renderer = renderer
    }

    /// Renders, signs and submits one message.
    /// - Parameter message: The message.
    /// - Returns: The `Message-ID` and the server's final reply.
    /// - Throws: ``EmailError`` for an invalid message, ``ProviderError`` for delivery failures.
    public func send(_ message: EmailMessage) async throws -> EmailSendResult {
        let rendered = try self.renderer.render(message)
        let receipt = try await self.client.send(from: rendered.envelopeFrom, to: rendered.recipients, data: rendered.bytes)
        return EmailSendResult(
            provider: self.name, messageID: rendered.messageID, serverReply: "\(receipt.reply.code) \(receipt.reply.text)",
            rejectedRecipients: receipt.rejectedRecipients)
    }
}
