import Foundation

/// An instant as seen on the wall clock in one time zone.
public struct LocalMoment: Sendable, Hashable {
    /// IANA zone identifier.
    public var zone: String
    /// Local calendar date.
    public var date: CivilDate
    /// Local day of the week.
    public var weekday: WeeklySchedule.Day
    /// Local time of day.
    public var time: LocalTimeOfDay

    /// Creates a moment from its parts.
    public init(zone: String, date: CivilDate, weekday: WeeklySchedule.Day, time: LocalTimeOfDay) {
        self.zone = zone
        self.date = date
        self.weekday = weekday
        self.time = time
    }

    /// The wall-clock reading of `instant` in `timeZone`.
    /// - Parameters:
    ///   - instant: the instant.
    ///   - timeZone: the zone to read it in.
    public init(_ instant: Date, in timeZone: TimeZone) {
        self = ZonedCalendar(timeZone).moment(of: instant)
    }
}

/// A Gregorian calendar fixed to one zone, converting between instants and local dates.
struct ZonedCalendar {
    let calendar: Calendar

    init(_ timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The wall-clock reading of an instant.
    func moment(of instant: Date) -> LocalMoment {
        let parts = self.calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: instant)
        return LocalMoment(
            zone: self.calendar.timeZone.identifier,
            date: CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
            weekday: WeeklySchedule.Day(rawValue: parts.weekday ?? 1) ?? .sunday,
            time: LocalTimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0))
    }

    /// The local date of an instant.
    func civilDate(of instant: Date) -> CivilDate {
        let parts = self.calendar.dateComponents([.year, .month, .day], from: instant)
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The instant a local date and time happens. A time skipped by a DST jump resolves to the
    /// first instant after the gap; a repeated time resolves to its first occurrence.
    func instant(of date: CivilDate, at time: LocalTimeOfDay) -> Date? {
        self.calendar.date(
            from: DateComponents(
                year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute,
                second: time.second))
    }
}
