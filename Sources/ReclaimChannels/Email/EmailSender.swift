import Foundation

/// A way to send email: SMTP, or the in-process outbox for development.
public protocol EmailSender: Sendable {
    /// Short name (`smtp`, `outbox`).
    var name: String { get }

    /// Renders, signs when configured, and sends one message.
    /// - Parameter message: The message.
    /// - Returns: The `Message-ID` (store it as the provider id) and the server's answer.
    /// - Throws: ``ProviderError`` for delivery failures; ``EmailError`` for an invalid message.
    func send(_ message: EmailMessage) async throws -> EmailSendResult
}

/// What became of a sent email.
public struct EmailSendResult: Sendable, Hashable {
    /// Which sender handled it.
    public var provider: String
    /// The `Message-ID` without angle brackets.
    public var messageID: String
    /// The server's reply to the message (queue id), if any.
    public var serverReply: String?
    /// Recipients refused while others were accepted.
    public var rejectedRecipients: [String: ProviderError]

    /// Creates a result.
    public init(provider: String, messageID: String, serverReply: String? = nil, rejectedRecipients: [String: ProviderError] = [:]) {
        self.provider = provider
        self.messageID = messageID
        self.serverReply = serverReply
        self.rejectedRecipients = rejectedRecipients
    }
}

/// Renders messages the same way for every sender: MIME, then the DKIM signature when a signer is set.
public struct EmailRenderer: Sendable {
    /// The DKIM signer, if a key is configured.
    public var dkim: DKIMSigner?
    /// Transfer encoding of text parts.
    public var encoding: MIMEBodyEncoding
    private let now: @Sendable () -> Date
    private let makeID: @Sendable () -> String

    /// Creates a renderer.
    /// - Parameters:
    ///   - dkim: The DKIM signer, if any.
    ///   - encoding: Text part encoding (quoted-printable by default).
    ///   - now: The clock, for `Date:` and the DKIM `t=`.
    ///   - makeID: Unique id source for `Message-ID` local parts and boundaries (UUIDs by default).
    public init(
        dkim: DKIMSigner? = nil, encoding: MIMEBodyEncoding = .quotedPrintable,
        now: @escaping @Sendable () -> Date = Date.init, makeID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }
    ) {
        self.dkim = dkim
        self.encoding = encoding
        self.now = now
        self.makeID = makeID
    }

    /// Renders and signs one message.
    /// - Parameter message: The message.
    /// - Returns: The wire form.
    /// - Throws: ``EmailError``.
    public func render(_ message: EmailMessage) throws -> RenderedEmail {
        let id = self.makeID()
        let date = self.now()
        var rendered = try MIMEBuilder.render(
            message, date: date, messageID: "\(id)@\(message.from.domain)", boundary: MIMEBuilder.boundary(seed: id),
            encoding: self.encoding)
        try self.dkim?.sign(&rendered, timestamp: date)
        return rendered
    }
}
