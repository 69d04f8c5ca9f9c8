import Foundation

/// An in-process email sender for development and the demo: renders exactly as SMTP would and records
/// the result instead of sending it. The lead persists ``records`` for the dashboard.
public actor OutboxEmailSender: EmailSender {
    /// One recorded email.
    public struct Record: Sendable, Hashable {
        /// The message as given.
        public var message: EmailMessage
        /// The rendered wire form (headers, DKIM signature, body).
        public var rendered: RenderedEmail
        /// When it was recorded.
        public var sentAt: Date
    }

    /// `outbox`.
    public nonisolated let name = "outbox"
    private let renderer: EmailRenderer
    private let now: @Sendable () -> Date
    private let reject: @Sendable (EmailMessage) -> ProviderError?
    /// Every recorded email, in order.
    public private(set) var records: [Record] = []

    /// Creates an outbox.
    /// - Parameters:
    ///   - renderer: MIME and DKIM settings.
    ///   - now: The clock.
    ///   - reject: A rule that refuses some messages with an error (simulating bounces); none by default.
    public init(
        renderer: EmailRenderer = EmailRenderer(), now: @escaping @Sendable () -> Date = Date.init,
        reject: @escaping @Sendable (EmailMessage) -> ProviderError? = { _ in nil }
    ) {
        self.renderer = renderer
        self.now = now
        self.reject = reject
    }

    /// Renders and records one message.
    /// - Parameter message: The message.
    /// - Returns: Its `Message-ID`.
    /// - Throws: ``EmailError`` for an invalid message, or the rule's ``ProviderError``.
    public func send(_ message: EmailMessage) async throws -> EmailSendResult {
        let rendered = try self.renderer.render(message)
        if let error = self.reject(message) { throw error }
        self.records.append(Record(message: message, rendered: rendered, sentAt: self.now()))
        return EmailSendResult(provider: self.name, messageID: rendered.messageID, serverReply: "250 recorded")
    }
}
