import Foundation
import ReclaimCore

/// Telnyx per-recipient status words mapped onto Reclaim's ``MessageStatus``.
public enum TelnyxMessageStatus {
    /// Maps a `to[].status`.
    /// - Parameter status: `queued`, `sending`, `sent`, `delivered`, `delivery_unconfirmed`,
    ///   `delivery_failed`, `sending_failed`, `expired`, `webhook_delivered`, `received`.
    /// - Returns: queued/sending → accepted; sent → sent; delivered and delivery_unconfirmed ("probably
    ///   delivered", per Telnyx) → delivered; delivery_failed/expired → undelivered; sending_failed → failed;
    ///   webhook_delivered/received → received; anything unknown → accepted.
    public static func messageStatus(_ status: String) -> MessageStatus {
        switch status.lowercased() {
        case "sent": return .sent
        case "delivered", "delivery_unconfirmed": return .delivered
        case "delivery_failed", "expired": return .undelivered
        case "sending_failed": return .failed
        case "webhook_delivered", "received": return .received
        default: return .accepted
        }
    }
}
