/// How one holiday falls in a given year.
public enum HolidayRule: Sendable, Hashable {
    /// Same date every year; with `observed`, a Saturday date is also observed the Friday before
    /// and a Sunday date the Monday after (both days are then treated as holidays).
    case fixed(name: String, month: Int, day: Int, observed: Bool)
    /// The `n`-th weekday of a month; `n` = -1 is the last one.
    case nthWeekday(name: String, month: Int, weekday: WeeklySchedule.Day, n: Int)
    /// Days relative to Western Easter Sunday (-47 Mardi Gras, -2 Good Friday, +1 Easter Monday).
    case easter(name: String, offset: Int)

    /// The holiday's dates (with any observed date) in `year`.
    /// - Parameter year: the year.
    /// - Returns: date and name pairs.
    public func dates(in year: Int) -> [(date: CivilDate, name: String)] {
        switch self {
        case .fixed(let name, let month, let day, let observed):
            let date = CivilDate(year: year, month: month, day: day)
            guard observed else { return [(date, name)] }
            switch date.weekday {
            case .saturday: return [(date, name), (date.adding(days: -1), "\(name) (observed)")]
            case .sunday: return [(date, name), (date.adding(days: 1), "\(name) (observed)")]
            default: return [(date, name)]
            }
        case .nthWeekday(let name, let month, let weekday, let n):
            return [(CivilDate.nth(n, weekday, month: month, year: year), name)]
        case .easter(let name, let offset):
            return [(CivilDate.easter(year: year).adding(days: offset), name)]
        }
    }
}

/// A named set of holidays on which a jurisdiction forbids marketing messages.
public struct HolidayCalendar: Sendable, Hashable {
    /// What the set is, for messages (`Alabama state holidays`).
    public var name: String
    /// The holidays.
    public var rules: [HolidayRule]

    /// Creates a calendar.
    /// - Parameters:
    ///   - name: description for messages.
    ///   - rules: the holidays.
    public init(name: String, rules: [HolidayRule]) {
        self.name = name
        self.rules = rules
    }

    /// The holiday's name when `date` is a holiday (or an observed holiday), else `nil`.
    /// - Parameter date: a local calendar date.
    public func holiday(on date: CivilDate) -> String? {
        // Only an observed New Year's Day spills into the previous year (Jan 1 on a Saturday → Dec 31).
        let years = date.month == 12 && date.day == 31 ? [date.year, date.year + 1] : [date.year]
        for year in years {
            for rule in self.rules {
                if let hit = rule.dates(in: year).first(where: { $0.date == date }) { return hit.name }
            }
        }
        return nil
    }

    /// Every holiday date in a year, sorted, for display and tests.
    /// - Parameter year: the year.
    public func dates(in year: Int) -> [(date: CivilDate, name: String)] {
        self.rules.flatMap { $0.dates(in: year) }.filter { $0.date.year == year }.sorted { $0.date < $1.date }
    }
}
