import Foundation
import Testing

@testable import ReclaimCore

/// Helpers shared by the compliance suites: instants from UTC or local wall-clock text, and
/// quick builders for locations and send requests.
enum ComplianceFixture {
    /// An instant from `2026-11-23T12:30:00Z`.
    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        guard let date = formatter.date(from: text) else { fatalError("bad ISO 8601: \(text)") }
        return date
    }

    /// The instant a wall clock reads `2026-11-23 07:30[:ss]` in `zone`.
    static func local(_ text: String, _ zone: String) -> Date {
        let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        let components = DateComponents(
            year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4],
            second: parts.count > 5 ? parts[5] : 0)
        return calendar.date(from: components)!
    }

    /// A US or Canadian phone presumption with the zones libphonenumber would give (or none).
    static func phone(
        _ country: String, _ subdivision: String? = nil, areaCode: String? = nil,
        zones: [String] = []
    ) -> PhoneLocation {
        PhoneLocation(country: country, subdivision: subdivision, areaCode: areaCode, timeZones: zones)
    }

    /// A location from a phone and/or an address.
    static func location(phone: PhoneLocation? = nil, address: PostalAddress? = nil) -> RecipientLocation {
        RecipientLocation(phone: phone, address: address)
    }

    /// A marketing SMS flow step with assumed consent.
    static func flowSMS(
        _ location: RecipientLocation, at now: Date, consent: ConsentEvidence = .assumed(.expressWritten),
        history: SendHistory = SendHistory(), policy: CompliancePolicy = .reference,
        suppression: SuppressionReason? = nil, content: SendRequest.Content? = nil
    ) -> SendRequest {
        SendRequest(
            channel: .sms, purpose: .flowStep, location: location, consent: consent, suppression: suppression,
            history: history, content: content, now: now, policy: policy)
    }

    /// A quiet-hours-only policy: the store window opened to the whole day so only legal rules bite.
    static var legalRulesOnly: CompliancePolicy {
        var policy = CompliancePolicy.reference
        policy.quietHours.storeDefault = .storeDefault(.everyDay(LocalTimeWindow(hours: 0..<24)))
        return policy
    }
}
