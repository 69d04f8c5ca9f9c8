/// A wall-clock time of day, as seconds since local midnight (0…86 400).
///
/// 86 400 stands for the end of the day (24:00), so a window may run to midnight.
public struct LocalTimeOfDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since local midnight.
    public var secondsSinceMidnight: Int

    /// Creates a time of day.
    /// - Parameters:
    ///   - hour: 0…24.
    ///   - minute: 0…59.
    ///   - second: 0…59.
    public init(hour: Int, minute: Int = 0, second: Int = 0) {
        self.secondsSinceMidnight = hour * 3600 + minute * 60 + second
    }

    /// Creates a time of day from seconds since midnight.
    /// - Parameter secondsSinceMidnight: 0…86 400.
    public init(secondsSinceMidnight: Int) {
        self.secondsSinceMidnight = secondsSinceMidnight
    }

    /// Hour 0…24.
    public var hour: Int { self.secondsSinceMidnight / 3600 }
    /// Minute 0…59.
    public var minute: Int { self.secondsSinceMidnight % 3600 / 60 }
    /// Second 0…59.
    public var second: Int { self.secondsSinceMidnight % 60 }

    /// 12-hour clock text: `9:00 AM`, `12:00 PM`, `7:59:59 AM`, `12:00 AM` for midnight.
    public var description: String {
        let hour24 = self.hour % 24
        let hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12
        let minutes = self.minute < 10 ? "0\(self.minute)" : "\(self.minute)"
        let seconds = self.second == 0 ? "" : (self.second < 10 ? ":0\(self.second)" : ":\(self.second)")
        return "\(hour12):\(minutes)\(seconds) \(hour24 < 12 ? "AM" : "PM")"
    }

    /// Orders by time of day.
    public static func < (lhs: LocalTimeOfDay, rhs: LocalTimeOfDay) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}

/// A half-open local window `[start, end)`: sending is allowed from `start` up to, not including,
/// `end` (8:00 AM–8:00 PM allows 19:59:59 and refuses 20:00:00).
public struct LocalTimeWindow: Codable, Sendable, Hashable, CustomStringConvertible {
    /// First allowed moment.
    public var start: LocalTimeOfDay
    /// First refused moment after `start`.
    public var end: LocalTimeOfDay

    /// Creates a window.
    /// - Parameters:
    ///   - start: first allowed moment.
    ///   - end: first refused moment; must be after `start`.
    public init(start: LocalTimeOfDay, end: LocalTimeOfDay) {
        precondition(start < end, "a window must end after it starts")
        self.start = start
        self.end = end
    }

    /// A window between whole hours, e.g. `LocalTimeWindow(hours: 8..<20)`.
    /// - Parameter hours: start hour up to end hour.
    public init(hours: Range<Int>) {
        self.init(start: LocalTimeOfDay(hour: hours.lowerBound), end: LocalTimeOfDay(hour: hours.upperBound))
    }

    /// Whether a time of day falls inside.
    /// - Parameter time: the local time of day.
    public func contains(_ time: LocalTimeOfDay) -> Bool { self.start <= time && time < self.end }

    /// The window that is inside both, or `nil` when they do not overlap.
    /// - Parameter other: another window.
    public func intersection(_ other: LocalTimeWindow) -> LocalTimeWindow? {
        let start = max(self.start, other.start)
        let end = min(self.end, other.end)
        return start < end ? LocalTimeWindow(start: start, end: end) : nil
    }

    /// `9:00 AM–8:00 PM`.
    public var description: String { "\(self.start)–\(self.end)" }
}
