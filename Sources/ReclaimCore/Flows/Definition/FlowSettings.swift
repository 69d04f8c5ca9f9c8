import Foundation

/// What a journey does when the shopper changes the cart after abandonment.
public enum CartUpdatePolicy: String, Codable, Sendable, Hashable, CaseIterable {
    /// Start again from the first step, timed from the update.
    case restart
    /// Keep going; later messages show the updated cart.
    case `continue`
}

/// What a journey does when the shopper replies by text.
public enum ReplyPolicy: String, Codable, Sendable, Hashable, CaseIterable {
    /// Pause the flow (reason `replied`); the conversation takes over until resumed or handed back.
    case pause
    /// Record the reply and keep the flow running.
    case `continue`
}

/// Flow-wide timing and branching rules (`settings:` in a flow).
public struct FlowSettings: Codable, Sendable, Hashable {
    /// Minimum time between an SMS and an email (either order) for the same cart. A step due sooner
    /// is moved to the end of the gap. `0` turns the rule off.
    public var crossChannelGap: TimeInterval
    /// Default staleness limit: a step whose send would fall more than this after its planned time
    /// (because of deferral or the gap) is skipped. `nil`: steps never go stale unless they say so.
    public var staleAfter: TimeInterval?
    /// Restart or continue when the cart changes. Default ``CartUpdatePolicy/continue``.
    public var onCartUpdated: CartUpdatePolicy
    /// Pause or continue when the shopper replies. Default ``ReplyPolicy/pause``.
    public var onReply: ReplyPolicy
    /// Only the flow's first SMS step is sent by the flow; any further text is a reply to the
    /// shopper, sent by the conversation, never by a timer. Carrier-safe sets this.
    public var smsOnlyAsReplies: Bool

    /// Default gap between an SMS and an email: one hour.
    public static let defaultCrossChannelGap: TimeInterval = 3600

    /// Creates settings; the defaults are those of a flow with no `settings:`.
    /// - Parameters:
    ///   - crossChannelGap: Minimum seconds between an SMS and an email.
    ///   - staleAfter: Default staleness limit, `nil` for none.
    ///   - onCartUpdated: Restart or continue on cart changes.
    ///   - onReply: Pause or continue on replies.
    ///   - smsOnlyAsReplies: Whether only the first SMS step is sent by the flow.
    public init(
        crossChannelGap: TimeInterval = FlowSettings.defaultCrossChannelGap, staleAfter: TimeInterval? = nil,
        onCartUpdated: CartUpdatePolicy = .continue, onReply: ReplyPolicy = .pause, smsOnlyAsReplies: Bool = false
    ) {
        self.crossChannelGap = crossChannelGap
        self.staleAfter = staleAfter
        self.onCartUpdated = onCartUpdated
        self.onReply = onReply
        self.smsOnlyAsReplies = smsOnlyAsReplies
    }
}
