import Foundation

/// When marketing texts may reach a recipient: the store's window, the federal TCPA window for US
/// recipients, and every state or country rule of every candidate jurisdiction, each checked in
/// every candidate time zone.
///
/// ```swift
/// let policy = QuietHoursPolicy()                       // reference defaults
/// let location = RecipientLocation(phone: PhoneLocation(country: "US", subdivision: "FL",
///                                                       timeZones: ["America/New_York"]),
///                                  address: nil)
/// policy.firstAllowedInstant(after: now, location: location)   // 9:00 AM Miami time
/// ```
public struct QuietHoursPolicy: Sendable, Hashable {
    /// The store's own window, applied to every recipient (default: the reference's
    /// 9:00 AM–8:00 PM Monday–Saturday, 12:00 PM–8:00 PM Sunday).
    public var storeDefault: QuietHoursRule
    /// The federal 8:00 AM–9:00 PM rule for US recipients; kept separate from the store window so
    /// a wider store setting can never go outside it.
    public var federalUS: QuietHoursRule
    /// State and country rules; each applies when its jurisdiction is among the candidates.
    public var jurisdictionRules: [QuietHoursRule]
    /// How many local days ahead ``firstAllowedInstant(after:location:)`` searches.
    public var searchDays: Int

    /// Creates a policy.
    /// - Parameters:
    ///   - defaultSchedule: the store's window (reference default unless configured).
    ///   - jurisdictionRules: state and country rules (the reference table unless configured).
    ///   - searchDays: search horizon in local days.
    public init(
        defaultSchedule: WeeklySchedule = .referenceDefault,
        jurisdictionRules: [QuietHoursRule] = QuietHoursRule.reference,
        searchDays: Int = 14
    ) {
        self.storeDefault = .storeDefault(defaultSchedule)
        self.federalUS = .federalUS
        self.jurisdictionRules = jurisdictionRules
        self.searchDays = searchDays
    }

    /// The rules that apply to a recipient: the store window, the federal rule when any candidate
    /// is in the US, and the rule of every candidate jurisdiction.
    /// - Parameter location: the recipient's candidates.
    public func rules(for location: RecipientLocation) -> [QuietHoursRule] {
        let jurisdictions = Set(location.jurisdictions)
        var rules = [self.storeDefault]
        if location.countries.contains("US") { rules.append(self.federalUS) }
        rules += self.jurisdictionRules.filter { rule in rule.jurisdiction.map(jurisdictions.contains) ?? true }
        return rules
    }

    /// Every rule-and-zone pair refusing a send at `instant`; empty means allowed.
    /// - Parameters:
    ///   - instant: the moment to check.
    ///   - location: the recipient's candidates.
    public func violations(at instant: Date, location: RecipientLocation) -> [QuietHoursViolation] {
        self.evaluator(for: location).violations(at: instant)
    }

    /// Whether every applicable rule allows a send at `instant` in every candidate zone.
    /// - Parameters:
    ///   - instant: the moment to check.
    ///   - location: the recipient's candidates.
    public func isAllowed(at instant: Date, location: RecipientLocation) -> Bool {
        self.violations(at: instant, location: location).isEmpty
    }

    /// The first instant at or after `now` inside the allowed window in every candidate zone under
    /// every applicable rule, or `nil` when none exists within ``searchDays``.
    /// - Parameters:
    ///   - now: the earliest acceptable instant.
    ///   - location: the recipient's candidates.
    public func firstAllowedInstant(after now: Date, location: RecipientLocation) -> Date? {
        self.evaluator(for: location).firstAllowedInstant(atOrAfter: now, maxDays: self.searchDays).instant
    }

    /// Like ``firstAllowedInstant(after:location:)``, also returning the violations that ruled out
    /// earlier candidates (to explain a deferral past, say, a Sunday ban).
    func search(after now: Date, location: RecipientLocation) -> (instant: Date?, refused: [QuietHoursViolation]) {
        self.evaluator(for: location).firstAllowedInstant(atOrAfter: now, maxDays: self.searchDays)
    }

    private func evaluator(for location: RecipientLocation) -> QuietHoursEvaluator {
        QuietHoursEvaluator(
            rules: self.rules(for: location), zones: location.timeZones.compactMap(TimeZone.init(identifier:)))
    }
}
