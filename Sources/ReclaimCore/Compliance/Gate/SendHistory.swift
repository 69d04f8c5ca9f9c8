import Foundation

/// What was already sent to, or received from, the recipient: the facts caps and one-off rules
/// need. Counts are per merchant and phone number across every sending number; the opt-out
/// confirmation never counts.
public struct SendHistory: Codable, Sendable, Hashable {
    /// Marketing texts sent to this number in the last 24 hours.
    public var sentLast24h: Int
    /// When recent marketing texts were sent, if known; lets a cap deferral end exactly when a slot
    /// frees up (otherwise it lasts a whole window) and serves caps with other windows.
    public var recentSendTimes: [Date]
    /// A text about this abandoned cart already went out within the one-text window.
    public var cartSMSWithin48h: Bool
    /// When the last text about this cart was sent, if known (checked against the window too).
    public var lastCartSMSAt: Date?
    /// Messages the whole store sent inside the store cap's current window.
    public var storeSentInWindow: Int
    /// When the store cap's current window ends, if known.
    public var storeWindowEndsAt: Date?
    /// When the shopper last wrote to us (for replies).
    public var lastInboundAt: Date?
    /// When the opt-out being confirmed was received (for the opt-out confirmation).
    public var optOutReceivedAt: Date?
    /// Whether an opt-out confirmation was already sent for that opt-out.
    public var optOutConfirmationSent: Bool

    /// Creates a history; everything defaults to "nothing sent".
    public init(
        sentLast24h: Int = 0, recentSendTimes: [Date] = [], cartSMSWithin48h: Bool = false, lastCartSMSAt: Date? = nil,
        storeSentInWindow: Int = 0, storeWindowEndsAt: Date? = nil, lastInboundAt: Date? = nil,
        optOutReceivedAt: Date? = nil, optOutConfirmationSent: Bool = false
    ) {
        self.sentLast24h = sentLast24h
        self.recentSendTimes = recentSendTimes
        self.cartSMSWithin48h = cartSMSWithin48h
        self.lastCartSMSAt = lastCartSMSAt
        self.storeSentInWindow = storeSentInWindow
        self.storeWindowEndsAt = storeWindowEndsAt
        self.lastInboundAt = lastInboundAt
        self.optOutReceivedAt = optOutReceivedAt
        self.optOutConfirmationSent = optOutConfirmationSent
    }
}
