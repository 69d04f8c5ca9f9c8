import Hummingbird
import NIOCore
import ReclaimChannels

/// The HTTP side of ``TwiML``: Twilio's webhooks are answered with a TwiML document.
extension TwiML {
    /// A `200 OK` response carrying ``TwiML/document(message:)``.
    /// - Parameter text: The message to send back, or `nil` for none.
    static func response(message text: String?) -> Response {
        Response(
            status: .ok, headers: [.contentType: self.contentType],
            body: .init(byteBuffer: ByteBuffer(string: self.document(message: text))))
    }
}
