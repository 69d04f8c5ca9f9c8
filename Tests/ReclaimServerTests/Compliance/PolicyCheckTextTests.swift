import Foundation
import ReclaimCore
import ReclaimServer
import Testing

/// What `reclaim policy check` prints, from the same response the route returns.
@Suite struct PolicyCheckTextTests {
    @Test func aDeferralPrintsTheDecisionBothInstantsZonesJurisdictionsAndReasons() throws {
        let until = try #require(ISO8601DateFormatter().date(from: "2026-11-23T14:00:00Z"))
        let decision = SendDecision(
            verdict: .defer(until: until),
            reasons: [Reason(code: "state_quiet_hours_fl", message: "outside Florida's 8:00 AM–8:00 PM window")],
            timeZones: ["America/New_York"], jurisdictions: ["US", "US-FL"])
        let response = PolicyCheckResponse(decision, consent: .expressWritten, basis: "assumed")
        let lines = response.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "decision: defer")
        #expect(lines.contains("until 2026-11-23T14:00:00Z (local 2026-11-23T09:00:00-05:00)"))
        #expect(lines.contains("time zones: America/New_York"))
        #expect(lines.contains("jurisdictions: US, US-FL"))
        #expect(lines.contains { $0.hasPrefix("consent: express_written (assumed") })
        #expect(lines.last == "  - state_quiet_hours_fl: outside Florida's 8:00 AM–8:00 PM window")
        let json = try JSONSerialization.jsonObject(with: Data(try response.json().utf8)) as? [String: Any]
        #expect(json?["until"] as? String == "2026-11-23T14:00:00Z")
    }

    @Test func aSendPrintsNoInstantAndNoReasons() {
        let decision = SendDecision(verdict: .send, reasons: [], timeZones: ["America/Chicago"], jurisdictions: ["US"])
        let text = PolicyCheckResponse(decision, consent: .expressWritten, basis: "recorded").text
        #expect(text.hasPrefix("decision: send\ntime zones: America/Chicago"))
        #expect(text.hasSuffix("reasons: none"))
        #expect(!text.contains("until"))
    }
}
