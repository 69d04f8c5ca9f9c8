import Foundation

/// Checks frequency caps against what was already sent and says when a slot frees up.
public enum CapCheck {
    /// When a cap allows the next message.
    /// - Parameters:
    ///   - cap: the cap.
    ///   - sentLast24h: messages counted in the last 24 hours (used only for 24-hour caps).
    ///   - sendTimes: when recent messages went out, if known.
    ///   - now: the current instant.
    /// - Returns: `nil` when a message may go now; otherwise the instant the oldest counted message
    ///   leaves the window (or `now + window` when send times are not known), and the count.
    public static func freeAt(
        _ cap: FrequencyCap, sentLast24h: Int, sendTimes: [Date], now: Date
    ) -> (until: Date, count: Int)? {
        let inWindow = sendTimes.filter { $0 <= now && now.timeIntervalSince($0) < cap.window }.sorted()
        let count = cap.window == 86_400 ? max(sentLast24h, inWindow.count) : inWindow.count
        guard count >= cap.maxMessages else { return nil }
        guard inWindow.count == count else { return (now.addingTimeInterval(cap.window), count) }
        return (inWindow[count - cap.maxMessages].addingTimeInterval(cap.window), count)
    }
}
