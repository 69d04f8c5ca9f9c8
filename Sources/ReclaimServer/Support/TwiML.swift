import Hummingbird
import NIOCore

/// Replies to a Twilio messaging webhook as TwiML (`<Response>`), `Content-Type: text/xml`.
public enum TwiML {
    /// The XML declaration Twilio's own libraries write.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    /// A reply of one text message, or no reply at all when `text` is `nil`.
    /// - Parameter text: The message to send back to the shopper.
    /// - Returns: The XML document.
    public static func document(message text: String?) -> String {
        guard let text else { return self.declaration + "<Response/>" }
        return self.declaration + "<Response><Message>\(self.escape(text))</Message></Response>"
    }

    /// A `200 OK` response carrying ``document(message:)``.
    /// - Parameter text: The message to send back, or `nil` for none.
    public static func response(message text: String?) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/xml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: self.document(message: text))))
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
