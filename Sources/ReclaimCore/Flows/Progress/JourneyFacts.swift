import Foundation

/// What the shopper did during a journey, each with the time it was last seen.
public struct JourneyFacts: Codable, Sendable, Hashable {
    /// Last click on any tracked link (SMS or email).
    public var clickedAt: Date?
    /// Last text reply.
    public var repliedAt: Date?
    /// Last email open.
    public var emailOpenedAt: Date?
    /// Last click on an email link.
    public var emailClickedAt: Date?

    /// Creates facts; by default nothing has been seen.
    public init(clickedAt: Date? = nil, repliedAt: Date? = nil, emailOpenedAt: Date? = nil, emailClickedAt: Date? = nil) {
        self.clickedAt = clickedAt
        self.repliedAt = repliedAt
        self.emailOpenedAt = emailOpenedAt
        self.emailClickedAt = emailClickedAt
    }

    /// Whether the signal has been seen in this journey.
    public func has(_ signal: FlowSignal) -> Bool {
        self.lastSeen(signal) != nil
    }

    /// When the signal was last seen, if ever.
    public func lastSeen(_ signal: FlowSignal) -> Date? {
        switch signal {
        case .clicked: self.clickedAt
        case .replied: self.repliedAt
        case .emailOpened: self.emailOpenedAt
        case .emailClicked: self.emailClickedAt
        }
    }

    /// Records a signal. An email click is also a click.
    public mutating func record(_ signal: FlowSignal, at time: Date) {
        switch signal {
        case .clicked: self.clickedAt = time
        case .replied: self.repliedAt = time
        case .emailOpened: self.emailOpenedAt = time
        case .emailClicked:
            self.emailClickedAt = time
            self.clickedAt = time
        }
    }
}
