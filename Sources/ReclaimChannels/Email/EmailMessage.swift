import Foundation

/// An email to render and send: one text part, an optional HTML alternative, and one-click unsubscribe.
///
/// ```swift
/// let message = EmailMessage(
///     from: EmailAddress("hello@shop.example.com", name: "Northwind Goods"),
///     to: [EmailAddress("ada@example.org", name: "Ada")],
///     subject: "Still thinking it over? 🛒", text: textBody, html: htmlBody,
///     listUnsubscribe: ListUnsubscribe(mailto: "unsubscribe+T@shop.example.com", https: "https://shop.example.com/u/T"))
/// ```
public struct EmailMessage: Sendable, Hashable, Codable {
    /// The `From:` mailbox (also the DKIM and `Message-ID` domain).
    public var from: EmailAddress
    /// Recipients (`To:` and `RCPT TO`).
    public var to: [EmailAddress]
    /// The `Reply-To:` mailbox, if any.
    public var replyTo: EmailAddress?
    /// The subject; any Unicode (RFC 2047-encoded when needed); line breaks become spaces.
    public var subject: String
    /// The plain-text body.
    public var text: String
    /// The HTML alternative, if any.
    public var html: String?
    /// One-click unsubscribe targets (required for marketing mail).
    public var listUnsubscribe: ListUnsubscribe?
    /// The envelope sender (`MAIL FROM`, where bounces go); `from.address` when `nil`.
    public var returnPath: String?
    /// Extra headers (`X-Reclaim-Message`); names must be printable ASCII without `:`.
    public var extraHeaders: [EmailHeader]
    /// A fixed `Message-ID` without angle brackets; generated when `nil`.
    public var messageID: String?

    /// Creates a message.
    public init(
        from: EmailAddress, to: [EmailAddress], replyTo: EmailAddress? = nil, subject: String, text: String,
        html: String? = nil, listUnsubscribe: ListUnsubscribe? = nil, returnPath: String? = nil,
        extraHeaders: [EmailHeader] = [], messageID: String? = nil
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.text = text
        self.html = html
        self.listUnsubscribe = listUnsubscribe
        self.returnPath = returnPath
        self.extraHeaders = extraHeaders
        self.messageID = messageID
    }

    /// The envelope sender.
    public var envelopeFrom: String { self.returnPath ?? self.from.address }
}

/// One header field, as rendered (the value may be folded with CRLF + whitespace).
public struct EmailHeader: Sendable, Hashable, Codable {
    /// The field name (`Subject`).
    public var name: String
    /// The field value, without the name or the final CRLF.
    public var value: String

    /// Creates a header.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
