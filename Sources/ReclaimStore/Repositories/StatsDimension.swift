import Foundation

/// What `GET …/stats?by=` groups by.
public enum StatsDimension: String, Sendable, Hashable, CaseIterable {
    /// The flow step of the message (0 for the first step).
    case step
    /// The message's channel (`sms`, `email`).
    case channel
    /// The journey's A/B variant (`none` without one).
    case variant
    /// The flow chosen for the cart; each flow serves one segment (`none` without a journey).
    case segment
    /// The UTC day (`2026-12-07`) of each figure's own time.
    case day
}
