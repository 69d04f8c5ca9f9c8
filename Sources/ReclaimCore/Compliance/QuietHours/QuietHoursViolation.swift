/// One rule refusing one local moment.
public struct QuietHoursViolation: Sendable, Hashable {
    /// Why the rule refuses.
    public enum Kind: Sendable, Hashable {
        /// The local time is outside the day's window.
        case outsideWindow(LocalTimeWindow)
        /// The rule allows nothing on this day of the week.
        case closedDay
        /// The local date is one of the rule's holidays.
        case holiday(name: String)
    }

    /// The refusing rule.
    public var rule: QuietHoursRule
    /// The local moment refused.
    public var moment: LocalMoment
    /// Why.
    public var kind: Kind

    /// Creates a violation.
    public init(rule: QuietHoursRule, moment: LocalMoment, kind: Kind) {
        self.rule = rule
        self.moment = moment
        self.kind = kind
    }

    /// The reason code (`quiet_hours`, `state_quiet_hours_fl`, `state_sunday_al`, …).
    public var code: String {
        switch self.kind {
        case .outsideWindow: self.rule.codes.hours
        case .closedDay: self.moment.weekday == .sunday ? self.rule.codes.sunday : self.rule.codes.closedDay
        case .holiday: self.rule.codes.holiday
        }
    }

    /// Merges violations into reasons: one per code and kind, naming every zone it happened in.
    /// - Parameter violations: violations in the order found.
    /// - Returns: reasons such as `quiet_hours` "7:30 AM in America/New_York is outside the
    ///   9:00 AM–8:00 PM Monday–Saturday window".
    public static func reasons(for violations: [QuietHoursViolation]) -> [Reason] {
        var groups: [(key: String, items: [QuietHoursViolation])] = []
        for violation in violations {
            let key = "\(violation.code)|\(violation.kind)"
            if let index = groups.firstIndex(where: { $0.key == key }) {
                if !groups[index].items.contains(where: { $0.moment.zone == violation.moment.zone }) {
                    groups[index].items.append(violation)
                }
            } else {
                groups.append((key, [violation]))
            }
        }
        return groups.map { Reason(code: $0.items[0].code, message: Self.message(for: $0.items)) }
    }

    private static func message(for group: [QuietHoursViolation]) -> String {
        let first = group[0]
        let rule = first.rule
        let source = rule.source.map { " (\($0))" } ?? ""
        switch first.kind {
        case .outsideWindow(let window):
            let times = Self.list(group.map { "\($0.moment.time) in \($0.moment.zone)" })
            let verb = group.count == 1 ? "is" : "are"
            let days = rule.schedule.isUniform ? "" : " \(Self.dayLabel(for: first.moment.weekday, in: rule.schedule))"
            return "\(times) \(verb) outside \(rule.possessive) \(window)\(days) window\(source)"
        case .closedDay:
            let zones = Self.list(group.map(\.moment.zone))
            return "\(first.moment.weekday) in \(zones): \(rule.owner) allows no marketing texts on "
                + "\(first.moment.weekday)s\(source)"
        case .holiday(let name):
            let zones = Self.list(group.map(\.moment.zone))
            let calendar = rule.holidays?.name ?? "holidays"
            return "\(name), \(first.moment.date) in \(zones): \(rule.owner) allows no marketing texts on "
                + "\(calendar)\(source)"
        }
    }

    /// `Monday–Saturday`, `Sunday`, `Monday–Friday`: the run of days sharing `day`'s window.
    private static func dayLabel(for day: WeeklySchedule.Day, in schedule: WeeklySchedule) -> String {
        let window = schedule.window(on: day)
        let same = WeeklySchedule.Day.allCases.filter { schedule.window(on: $0) == window }.map(\.rawValue)
        guard same.count > 1, let low = same.min(), let high = same.max(), high - low + 1 == same.count,
            let first = WeeklySchedule.Day(rawValue: low), let last = WeeklySchedule.Day(rawValue: high)
        else { return "\(day)" }
        return "\(first)–\(last)"
    }

    private static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
