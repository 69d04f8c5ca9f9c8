import Foundation

/// The source of "now" for everything that schedules or decides by time.
///
/// The core never reads the clock itself; outer layers pass a `WallClock` so that the demo can
/// run hours of flow time in seconds and tests can fix the instant.
public protocol WallClock: Sendable {
    /// The current instant on this clock.
    func now() -> Date
}
