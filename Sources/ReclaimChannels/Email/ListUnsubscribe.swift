import Foundation

/// The unsubscribe targets of a commercial email, rendered as `List-Unsubscribe` (RFC 2369) and, with
/// an HTTPS target, `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
///
/// RFC 8058 also requires a DKIM signature covering both headers; ``DKIMSigner`` signs them by default.
/// The HTTPS URL must identify the recipient and list by an opaque token and accept a cookie-less POST
/// with body `List-Unsubscribe=One-Click`.
public struct ListUnsubscribe: Sendable, Hashable, Codable {
    /// A mailto target: an address (`unsubscribe+token@example.com`) or a full `mailto:` URI.
    public var mailto: String?
    /// The one-click HTTPS URL (`https://shop.example.com/u/TOKEN`).
    public var https: String?

    /// Creates the targets; give at least one.
    /// - Parameters:
    ///   - mailto: An address or `mailto:` URI.
    ///   - https: The one-click HTTPS URL.
    public init(mailto: String? = nil, https: String? = nil) {
        self.mailto = mailto
        self.https = https
    }

    /// `<mailto:…>, <https://…>`, or `nil` with no target.
    public var headerValue: String? {
        var targets: [String] = []
        if let mailto = self.mailto.map(MIMEEncoding.singleLine), !mailto.isEmpty {
            targets.append("<\(mailto.lowercased().hasPrefix("mailto:") ? mailto : "mailto:" + mailto)>")
        }
        if let https = self.https.map(MIMEEncoding.singleLine), !https.isEmpty { targets.append("<\(https)>") }
        return targets.isEmpty ? nil : targets.joined(separator: ", ")
    }

    /// `List-Unsubscribe=One-Click` when an HTTPS target exists (RFC 8058 ignores it otherwise).
    public var postHeaderValue: String? {
        guard let https = self.https, https.lowercased().hasPrefix("https://") else { return nil }
        return "List-Unsubscribe=One-Click"
    }
}
