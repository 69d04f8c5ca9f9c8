import Foundation
import ReclaimCore

extension PolicyCheckResponse {
    /// The answer as lines for a terminal: the decision, the instant in UTC and local time, the zones,
    /// the jurisdictions and every reason.
    ///
    /// ```
    /// decision: defer
    /// until 2026-11-23T14:00:00Z (local 2026-11-23T09:00:00-05:00)
    /// time zones: America/New_York
    /// jurisdictions: US, US-FL
    /// consent: express_written (on record)
    /// reasons:
    ///   - quiet_hours: …
    /// ```
    public var text: String {
        var lines = ["decision: \(self.decision)"]
        if let until = self.until {
            lines.append("until \(until)" + (self.untilLocal.map { " (local \($0))" } ?? ""))
        }
        lines.append("time zones: " + (self.timeZones.isEmpty ? "unknown" : self.timeZones.joined(separator: ", ")))
        lines.append("jurisdictions: " + (self.jurisdictions.isEmpty ? "unknown" : self.jurisdictions.joined(separator: ", ")))
        lines.append("consent: \(self.consent) (\(Self.basisWords[self.consentBasis] ?? self.consentBasis))")
        if self.reasons.isEmpty {
            lines.append("reasons: none")
        } else {
            lines.append("reasons:")
            lines += self.reasons.map { "  - \($0.code): \($0.message)" }
        }
        return lines.joined(separator: "\n")
    }

    static let basisWords = [
        "request": "as given", "recorded": "on record", "none": "nothing on record",
        "assumed": "assumed: nothing on record; pass --consent to judge another kind",
    ]

    /// The answer as the JSON the HTTP route returns, pretty-printed.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
