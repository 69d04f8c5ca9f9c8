/// One jurisdiction's (or the store's) rule on when marketing texts may be sent: a weekly
/// schedule of local windows plus optional holidays, with the reason codes it reports.
///
/// Rules are checked in every candidate zone of the recipient; see ``QuietHoursPolicy``.
public struct QuietHoursRule: Sendable, Hashable {
    /// The codes a rule reports for each kind of violation.
    public struct Codes: Sendable, Hashable {
        /// Outside the day's window (`state_quiet_hours_fl`).
        public var hours: String
        /// On Sunday when Sunday is closed (`state_sunday_al`).
        public var sunday: String
        /// On another closed day (`state_closed_day_ri`).
        public var closedDay: String
        /// On a holiday (`state_holiday_al`).
        public var holiday: String

        /// Creates codes.
        public init(hours: String, sunday: String, closedDay: String, holiday: String) {
            self.hours = hours
            self.sunday = sunday
            self.closedDay = closedDay
            self.holiday = holiday
        }
    }

    /// Where the rule applies; `nil` for every recipient (the store's default window).
    public var jurisdiction: Jurisdiction?
    /// Whose rule it is, for messages: `Florida`, `France`, `the store`, `federal`.
    public var owner: String
    /// Possessive used in window messages: `Florida's`, `the`, `the federal`.
    public var possessive: String
    /// Law or source, for messages (`FTSA §501.059`); `nil` to omit.
    public var source: String?
    /// Allowed windows per weekday.
    public var schedule: WeeklySchedule
    /// Holidays with no sends, if any.
    public var holidays: HolidayCalendar?
    /// Reason codes.
    public var codes: Codes

    /// Creates a rule.
    /// - Parameters:
    ///   - jurisdiction: where it applies (`nil`: everyone).
    ///   - owner: whose rule, for messages.
    ///   - possessive: possessive form for window messages.
    ///   - source: citation or `nil`.
    ///   - schedule: allowed windows.
    ///   - holidays: closed holidays or `nil`.
    ///   - codes: reason codes.
    public init(
        jurisdiction: Jurisdiction?, owner: String, possessive: String, source: String?, schedule: WeeklySchedule,
        holidays: HolidayCalendar? = nil, codes: Codes
    ) {
        self.jurisdiction = jurisdiction
        self.owner = owner
        self.possessive = possessive
        self.source = source
        self.schedule = schedule
        self.holidays = holidays
        self.codes = codes
    }

    /// The store's own window, applied to every SMS recipient (codes `quiet_hours`).
    /// - Parameter schedule: the configured schedule.
    public static func storeDefault(_ schedule: WeeklySchedule) -> QuietHoursRule {
        QuietHoursRule(
            jurisdiction: nil, owner: "The store's schedule", possessive: "the", source: nil, schedule: schedule,
            codes: Codes(hours: "quiet_hours", sunday: "quiet_hours", closedDay: "quiet_hours", holiday: "quiet_hours"))
    }

    /// A US state's rule (codes `state_quiet_hours_xx`, `state_sunday_xx`, `state_holiday_xx`).
    /// - Parameters:
    ///   - state: USPS code.
    ///   - schedule: allowed windows.
    ///   - holidays: closed holidays.
    ///   - source: citation.
    public static func state(
        _ state: String, schedule: WeeklySchedule, holidays: HolidayCalendar? = nil, source: String
    ) -> QuietHoursRule {
        let name = SubdivisionNames.name(of: state, country: "US") ?? state
        let suffix = state.lowercased()
        return QuietHoursRule(
            jurisdiction: Jurisdiction(country: "US", subdivision: state), owner: name, possessive: "\(name)'s",
            source: source, schedule: schedule, holidays: holidays,
            codes: Codes(
                hours: "state_quiet_hours_\(suffix)", sunday: "state_sunday_\(suffix)",
                closedDay: "state_closed_day_\(suffix)", holiday: "state_holiday_\(suffix)"))
    }

    /// A country's rule (codes `country_quiet_hours_xx`, `country_sunday_xx`, `country_holiday_xx`).
    /// - Parameters:
    ///   - country: ISO alpha-2 code.
    ///   - name: English name.
    ///   - schedule: allowed windows.
    ///   - holidays: closed holidays.
    ///   - source: citation.
    public static func country(
        _ country: String, name: String, schedule: WeeklySchedule, holidays: HolidayCalendar? = nil, source: String
    ) -> QuietHoursRule {
        let suffix = country.lowercased()
        return QuietHoursRule(
            jurisdiction: Jurisdiction(country: country), owner: name, possessive: "\(name)'s", source: source,
            schedule: schedule, holidays: holidays,
            codes: Codes(
                hours: "country_quiet_hours_\(suffix)", sunday: "country_sunday_\(suffix)",
                closedDay: "country_closed_day_\(suffix)", holiday: "country_holiday_\(suffix)"))
    }

    /// What, if anything, this rule forbids at a local moment.
    /// - Parameter moment: the local date and time in one zone.
    /// - Returns: the kind of violation, or `nil` when the rule allows sending.
    public func violation(at moment: LocalMoment) -> QuietHoursViolation.Kind? {
        if let holidays = self.holidays, let name = holidays.holiday(on: moment.date) {
            return .holiday(name: name)
        }
        guard let window = self.schedule.window(on: moment.weekday) else { return .closedDay }
        return window.contains(moment.time) ? nil : .outsideWindow(window)
    }
}
