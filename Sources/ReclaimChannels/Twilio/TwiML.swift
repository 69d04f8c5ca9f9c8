import Foundation

/// Twilio's reply to a messaging webhook: a TwiML `<Response>` document, sent as ``contentType``.
///
/// ```swift
/// TwiML.document(message: nil)       // <?xml version="1.0" encoding="UTF-8"?><Response/>
/// TwiML.document(message: "Hi & bye") // …<Response><Message>Hi &amp; bye</Message></Response>
/// ```
public enum TwiML {
    /// The XML declaration Twilio's own libraries write.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    /// The `Content-Type` of a TwiML response.
    public static let contentType = "text/xml; charset=utf-8"

    /// A reply of one text message, or no reply at all when `text` is `nil`.
    /// - Parameter text: The message to send back to the shopper.
    /// - Returns: The XML document.
    public static func document(message text: String?) -> String {
        guard let text else { return self.declaration + "<Response/>" }
        return self.declaration + "<Response><Message>\(self.escape(text))</Message></Response>"
    }

    /// Escapes XML text content. Quotes need no escaping outside attributes, and leaving them keeps
    /// the reply readable to anything that searches the raw body for the brand name.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
