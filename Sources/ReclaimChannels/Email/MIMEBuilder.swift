import Foundation

/// How text parts are transfer-encoded.
public enum MIMEBodyEncoding: String, Sendable, Hashable, Codable {
    /// Quoted-printable: readable, lines ≤ 76.
    case quotedPrintable = "quoted-printable"
    /// Base64: compact for non-Latin scripts, lines ≤ 76.
    case base64
}

/// A message rendered to wire form: 7-bit headers and body with CRLF line endings, lines ≤ 998 octets.
public struct RenderedEmail: Sendable, Hashable {
    /// The `Message-ID` without angle brackets.
    public var messageID: String
    /// Header fields in order (a DKIM signature is prepended by ``DKIMSigner``).
    public var headers: [EmailHeader]
    /// The body: everything after the blank line, ending with CRLF.
    public var body: String
    /// `MAIL FROM` address.
    public var envelopeFrom: String
    /// `RCPT TO` addresses.
    public var recipients: [String]

    /// The whole message as octets: headers, a blank line, the body.
    public var bytes: [UInt8] {
        var text = ""
        for header in self.headers { text += "\(header.name): \(header.value)\r\n" }
        text += "\r\n" + self.body
        return Array(text.utf8)
    }
}

/// Errors in a message that make it unsendable as given.
public enum EmailError: Error, Sendable, Hashable {
    /// An address is not a plain ASCII `local@domain`.
    case invalidAddress(String)
    /// The message has no recipient.
    case noRecipients
    /// An extra header's name is not printable ASCII without `:`, or is one the builder sets itself.
    case invalidHeaderName(String)
    /// The DKIM key cannot be read.
    case invalidDKIMKey(String)
}

/// Renders an ``EmailMessage`` as MIME: `multipart/alternative` (text, then HTML) or a single text part,
/// UTF-8 throughout, RFC 2047 headers, `List-Unsubscribe` and `List-Unsubscribe-Post` when configured.
///
/// Date, id and boundary come in as parameters so rendering is deterministic.
public enum MIMEBuilder {
    /// Headers the builder owns; extra headers may not set them.
    static let reservedHeaders: Set<String> = [
        "date", "from", "to", "cc", "bcc", "reply-to", "subject", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", "list-unsubscribe", "list-unsubscribe-post", "dkim-signature",
    ]

    /// Renders a message.
    /// - Parameters:
    ///   - message: The message.
    ///   - date: The `Date:` header.
    ///   - messageID: The `Message-ID` without angle brackets (used when the message has none).
    ///   - boundary: The multipart boundary (must not occur in the encoded parts; QP and base64 never produce `--=_`).
    ///   - encoding: The transfer encoding of text parts.
    /// - Returns: The rendered message.
    /// - Throws: ``EmailError`` for invalid addresses, no recipients or bad extra headers.
    public static func render(
        _ message: EmailMessage, date: Date, messageID: String, boundary: String,
        encoding: MIMEBodyEncoding = .quotedPrintable
    ) throws -> RenderedEmail {
        guard !message.to.isEmpty else { throw EmailError.noRecipients }
        for mailbox in [message.from] + message.to + (message.replyTo.map { [$0] } ?? [])
        where !mailbox.isValid {
            throw EmailError.invalidAddress(mailbox.address)
        }
        guard EmailAddress(message.envelopeFrom).isValid else { throw EmailError.invalidAddress(message.envelopeFrom) }
        let id = MIMEEncoding.singleLine(message.messageID ?? messageID)
        var headers = [
            EmailHeader("Date", MIMEEncoding.rfc5322Date(date)),
            EmailHeader("From", message.from.headerValue),
            EmailHeader("To", MIMEEncoding.fold(name: "To", words: self.addressWords(message.to))),
        ]
        if let replyTo = message.replyTo { headers.append(EmailHeader("Reply-To", replyTo.headerValue)) }
        headers.append(EmailHeader("Subject", MIMEEncoding.unstructuredHeader(name: "Subject", value: message.subject)))
        headers.append(EmailHeader("Message-ID", "<\(id)>"))
        headers.append(EmailHeader("MIME-Version", "1.0"))
        if let unsubscribe = message.listUnsubscribe?.headerValue {
            headers.append(
                EmailHeader(
                    "List-Unsubscribe",
                    MIMEEncoding.fold(
                        name: "List-Unsubscribe", words: unsubscribe.split(separator: " ").map(String.init))))
            if let post = message.listUnsubscribe?.postHeaderValue { headers.append(EmailHeader("List-Unsubscribe-Post", post)) }
        }
        for extra in message.extraHeaders {
            let name = extra.name
            guard !name.isEmpty, name.utf8.allSatisfy({ $0 > 32 && $0 < 127 && $0 != UInt8(ascii: ":") }),
                !self.reservedHeaders.contains(name.lowercased())
            else { throw EmailError.invalidHeaderName(name) }
            headers.append(EmailHeader(name, MIMEEncoding.unstructuredHeader(name: name, value: extra.value)))
        }
        let body: String
        if let html = message.html {
            headers.append(EmailHeader("Content-Type", "multipart/alternative;\r\n boundary=\"\(boundary)\""))
            body =
                "This is a multipart message in MIME format.\r\n\r\n"
                + "--\(boundary)\r\n" + self.part(message.text, subtype: "plain", encoding: encoding)
                + "--\(boundary)\r\n" + self.part(html, subtype: "html", encoding: encoding)
                + "--\(boundary)--\r\n"
        } else {
            headers.append(EmailHeader("Content-Type", "text/plain; charset=utf-8"))
            headers.append(EmailHeader("Content-Transfer-Encoding", encoding.rawValue))
            body = self.encode(message.text, encoding) + "\r\n"
        }
        return RenderedEmail(
            messageID: id, headers: headers, body: body, envelopeFrom: message.envelopeFrom,
            recipients: message.to.map(\.address))
    }

    /// A fresh boundary from a random or given seed.
    /// - Parameter seed: Unique text (a UUID).
    /// - Returns: `=_reclaim_<seed>`, which cannot occur in quoted-printable or base64 output.
    public static func boundary(seed: String) -> String {
        "=_reclaim_" + seed.filter { $0.isLetter || $0.isNumber }
    }

    private static func part(_ text: String, subtype: String, encoding: MIMEBodyEncoding) -> String {
        "Content-Type: text/\(subtype); charset=utf-8\r\n"
            + "Content-Transfer-Encoding: \(encoding.rawValue)\r\n\r\n"
            + self.encode(text, encoding) + "\r\n"
    }

    private static func encode(_ text: String, _ encoding: MIMEBodyEncoding) -> String {
        switch encoding {
        case .quotedPrintable: return MIMEEncoding.quotedPrintable(text)
        case .base64: return MIMEEncoding.base64Lines(text)
        }
    }

    private static func addressWords(_ mailboxes: [EmailAddress]) -> [String] {
        mailboxes.enumerated().map { index, mailbox in
            mailbox.headerValue + (index < mailboxes.count - 1 ? "," : "")
        }
    }
}
