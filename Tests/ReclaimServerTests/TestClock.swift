import Foundation
import ReclaimCore

/// A clock tests move by hand.
final class TestClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        self.instant = start
    }

    func now() -> Date {
        self.lock.withLock { self.instant }
    }

    func advance(by seconds: TimeInterval) {
        self.lock.withLock { self.instant = self.instant.addingTimeInterval(seconds) }
    }
}

/// A thread-safe counter and log for handlers under test.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    func record(_ entry: String) {
        self.lock.withLock { self.entries.append(entry) }
    }

    var all: [String] { self.lock.withLock { self.entries } }
}
