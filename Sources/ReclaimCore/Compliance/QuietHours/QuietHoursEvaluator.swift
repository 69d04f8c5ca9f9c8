import Foundation

/// Checks a set of rules in a set of zones and searches for the first instant all of them allow.
///
/// Each rule allows a union of half-open local intervals `[day + start, day + end)`, so the
/// intersection over rules and zones, if it is not empty after `start`, begins either at `start`
/// itself or at some rule's window start in some zone. The search therefore only tries those
/// instants, in time order, for a bounded number of local days: deterministic and exact across DST
/// changes because every candidate is built from a local date and time in its own zone.
struct QuietHoursEvaluator {
    let rules: [QuietHoursRule]
    let calendars: [ZonedCalendar]

    init(rules: [QuietHoursRule], zones: [TimeZone]) {
        self.rules = rules
        self.calendars = zones.map(ZonedCalendar.init)
    }

    /// Every rule-and-zone pair refusing `instant`.
    func violations(at instant: Date) -> [QuietHoursViolation] {
        var found: [QuietHoursViolation] = []
        for calendar in self.calendars {
            let moment = calendar.moment(of: instant)
            for rule in self.rules {
                if let kind = rule.violation(at: moment) {
                    found.append(QuietHoursViolation(rule: rule, moment: moment, kind: kind))
                }
            }
        }
        return found
    }

    /// The first instant at or after `start` that no rule refuses in any zone.
    /// - Returns: the instant (or `nil` when none exists within `maxDays` local days) and, for
    ///   explanation, the first violation of each code in each zone that refused a candidate tried
    ///   before it.
    func firstAllowedInstant(atOrAfter start: Date, maxDays: Int) -> (instant: Date?, refused: [QuietHoursViolation]) {
        var refused: [QuietHoursViolation] = []
        var seen: Set<String> = []
        for candidate in self.candidates(atOrAfter: start, maxDays: maxDays) {
            let violations = self.violations(at: candidate)
            if violations.isEmpty { return (candidate, refused) }
            for violation in violations where seen.insert("\(violation.code)|\(violation.moment.zone)").inserted {
                refused.append(violation)
            }
        }
        return (nil, refused)
    }

    /// `start` and every window start of every rule in every zone for `maxDays` local days, sorted.
    private func candidates(atOrAfter start: Date, maxDays: Int) -> [Date] {
        var instants: Set<Date> = [start]
        for calendar in self.calendars {
            let firstDay = calendar.civilDate(of: start)
            for offset in 0...max(0, maxDays) {
                let day = firstDay.adding(days: offset)
                let opening = Set(self.rules.compactMap { $0.schedule.window(on: day.weekday)?.start })
                for time in opening {
                    if let instant = calendar.instant(of: day, at: time), instant >= start { instants.insert(instant) }
                }
            }
        }
        return instants.sorted()
    }
}
