/// A calendar date without a time or zone (proleptic Gregorian), with the little date arithmetic
/// holiday rules need. Pure integer math; no `Calendar`.
public struct CivilDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2026.
    public var year: Int
    /// Month 1…12.
    public var month: Int
    /// Day of month 1…31.
    public var day: Int

    /// Creates a date; components are not validated.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    public var daysSinceEpoch: Int {
        let y = self.month <= 2 ? self.year - 1 : self.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (self.month + (self.month > 2 ? -3 : 9)) + 2) / 5 + self.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` since 1970-01-01 (`civil_from_days`).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Day of the week.
    public var weekday: WeeklySchedule.Day {
        // 1970-01-01 was a Thursday (raw value 5).
        let index = ((self.daysSinceEpoch % 7) + 7 + 4) % 7
        return WeeklySchedule.Day(rawValue: index + 1)!
    }

    /// The date `days` later (or earlier when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: self.daysSinceEpoch + days) }

    /// The `n`-th given weekday of a month (`n` = 1…5), or the last one when `n` is -1.
    public static func nth(_ n: Int, _ weekday: WeeklySchedule.Day, month: Int, year: Int) -> CivilDate {
        if n < 0 {
            let nextMonth =
                month == 12
                ? CivilDate(year: year + 1, month: 1, day: 1)
                : CivilDate(year: year, month: month + 1, day: 1)
            let last = nextMonth.adding(days: -1)
            let back = (last.weekday.rawValue - weekday.rawValue + 7) % 7
            return last.adding(days: -back)
        }
        let first = CivilDate(year: year, month: month, day: 1)
        let forward = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        return first.adding(days: forward + 7 * (n - 1))
    }

    /// Western (Gregorian) Easter Sunday of a year (anonymous Gregorian algorithm).
    public static func easter(year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    /// `2026-12-25`.
    public var description: String {
        let month = self.month < 10 ? "0\(self.month)" : "\(self.month)"
        let day = self.day < 10 ? "0\(self.day)" : "\(self.day)"
        return "\(self.year)-\(month)-\(day)"
    }

    /// Chronological order.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }
}
