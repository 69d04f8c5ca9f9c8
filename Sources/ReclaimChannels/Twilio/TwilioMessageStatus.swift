import Foundation
import ReclaimCore

/// Twilio's message status words mapped onto Reclaim's ``MessageStatus``.
public enum TwilioMessageStatus {
    /// Maps a status word.
    /// - Parameter status: `queued`, `accepted`, `scheduled`, `sending`, `sent`, `delivered`, `read`,
    ///   `undelivered`, `failed`, `canceled`, `partially_delivered`, `receiving`, `received`.
    /// - Returns: queued/accepted/scheduled/sending → accepted; sent → sent; delivered/read/partially_delivered
    ///   → delivered; undelivered → undelivered; failed/canceled → failed; receiving/received → received;
    ///   anything unknown → accepted (the provider has it, nothing final is known).
    ///
    /// Twilio's `sending` is Reclaim's `accepted`, not `sending`: Twilio has the message and is handing
    /// it to the carrier, while Reclaim's `sending` means "our request is leaving and its outcome is
    /// unknown", which restart recovery settles by asking the provider.
    public static func messageStatus(_ status: String) -> MessageStatus {
        switch status.lowercased() {
        case "sent": return .sent
        case "delivered", "read", "partially_delivered": return .delivered
        case "undelivered": return .undelivered
        case "failed", "canceled": return .failed
        case "receiving", "received": return .received
        default: return .accepted
        }
    }
}
