import Foundation

/// The CAN-SPAM footer of a commercial email: a visible unsubscribe link and the store's postal address.
///
/// ```swift
/// let message = EmailFooter(storeName: "Northwind Goods", postalAddress: "1 Main St, Springfield, IL 62701",
///                           unsubscribeURL: "https://shop.example.com/u/TOKEN").apply(to: draft)
/// ```
public struct EmailFooter: Sendable, Hashable {
    /// The sender's name as the shopper knows it.
    public var storeName: String
    /// A valid physical postal address (street address, PO box or registered private mailbox).
    public var postalAddress: String
    /// The unsubscribe page URL (the same token as the one-click URL).
    public var unsubscribeURL: String

    /// Creates a footer.
    public init(storeName: String, postalAddress: String, unsubscribeURL: String) {
        self.storeName = storeName
        self.postalAddress = postalAddress
        self.unsubscribeURL = unsubscribeURL
    }

    /// The footer as plain text.
    public var text: String {
        "--\nYou received this email from \(self.storeName).\nUnsubscribe: \(self.unsubscribeURL)\n\(self.postalAddress)"
    }

    /// The footer as HTML (escaped).
    public var html: String {
        let name = Self.escape(self.storeName)
        let url = Self.escape(self.unsubscribeURL)
        let address = Self.escape(self.postalAddress)
        return "<hr><p style=\"font-size:12px;color:#666\">You received this email from \(name). "
            + "<a href=\"\(url)\">Unsubscribe</a><br>\(address)</p>"
    }

    /// Appends the footer to the message's text and HTML (inserted before `</body>` when there is one).
    /// - Parameter message: The message.
    /// - Returns: The message with the footer.
    public func apply(to message: EmailMessage) -> EmailMessage {
        var copy = message
        copy.text = message.text + "\n\n" + self.text
        if let html = message.html {
            if let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
                copy.html = html.replacingCharacters(in: range, with: self.html + "</body>")
            } else {
                copy.html = html + self.html
            }
        }
        return copy
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
