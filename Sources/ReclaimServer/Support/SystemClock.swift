import Foundation
import ReclaimCore

/// The real wall clock.
public struct SystemClock: WallClock {
    /// Creates the clock.
    public init() {}

    public func now() -> Date { Date() }
}
