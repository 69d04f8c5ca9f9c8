import Foundation
import ReclaimCore

/// The demo's virtual clock: the simulation moves it from one due event to the next, so days of
/// flow time pass in seconds and a run with the same seed sees the same instants.
public final class DemoClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    /// Creates a clock at `start`.
    public init(_ start: Date) {
        self.instant = start
    }

    /// The current virtual instant.
    public func now() -> Date {
        self.lock.withLock { self.instant }
    }

    /// Moves the clock forward to `date` (never backwards).
    public func advance(to date: Date) {
        self.lock.withLock { self.instant = max(self.instant, date) }
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same shoppers and behaviour.
struct DemoRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    /// A generator for one decision about one cart, independent of the order decisions are made in.
    init(seed: UInt64, _ parts: String...) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in parts.joined(separator: "|").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        self.state = hash
    }

    mutating func next() -> UInt64 {
        self.state &+= 0x9e37_79b9_7f4a_7c15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }
}
