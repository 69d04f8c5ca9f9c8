import Foundation
import Testing

@testable import ReclaimCore

/// The acceptance examples of issue 4 and the brief.
@Suite struct SendGateAcceptanceTests {
    static let miami = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "FL", areaCode: "305"))

    @Test func miamiAt730DefersUntilNineLocalNamingTheWindowAndFloridasRule() {
        let decision = SendGate.decide(ComplianceFixture.flowSMS(Self.miami, at: ComplianceFixture.utc("2026-11-23T12:30:00Z")))
        #expect(decision.verdict == .defer(until: ComplianceFixture.utc("2026-11-23T14:00:00Z")))
        #expect(decision.untilLocal() == "2026-11-23T09:00:00-05:00")
        #expect(
            decision.reasons.contains(
                Reason(
                    code: "quiet_hours", message: "7:30 AM in America/New_York is outside the 9:00 AM–8:00 PM Monday–Saturday window")))
        let florida = decision.reasons.first { $0.code == "state_quiet_hours_fl" }
        #expect(florida?.message.contains("Florida's 8:00 AM–8:00 PM window") == true)
        #expect(decision.timeZones == ["America/New_York"])
        #expect(decision.jurisdictions == ["US", "US-FL"])
        #expect(decision.record.kind == .defer)
    }

    /// With only the state known (no area code, no zones) Florida's panhandle zone joins, and 9:00
    /// Central becomes the first instant allowed in both zones.
    @Test func floridaWithoutAreaCodeWaitsForCentralTime() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "FL"))
        let decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: ComplianceFixture.utc("2026-11-23T12:30:00Z")))
        #expect(decision.until == ComplianceFixture.utc("2026-11-23T15:00:00Z"))
        #expect(decision.timeZones == ["America/New_York", "America/Chicago"])
    }

    @Test func chicagoTuesdayAfternoonSends() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "IL", areaCode: "312"))
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(location, at: ComplianceFixture.local("2026-11-24 15:00", "America/Chicago")))
        #expect(decision.verdict == .send)
        #expect(decision.reasons.isEmpty)
    }

    @Test(arguments: [(ConsentKind.none, "consent_missing"), (.revoked, "consent_revoked")])
    func missingOrRevokedConsentBlocks(kind: ConsentKind, code: String) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "IL", areaCode: "312"))
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                location, at: ComplianceFixture.local("2026-11-24 15:00", "America/Chicago"), consent: .assumed(kind)))
        #expect(decision.verdict == .block)
        #expect(decision.reasonCodes == [code])
    }

    @Test func elPasoAddressIsReasonedInMountainTime() {
        let location = ComplianceFixture.location(address: PostalAddress(country: "US", province: "TX", city: "El Paso", zip: "79901"))
        let decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: ComplianceFixture.utc("2026-11-23T15:30:00Z")))
        #expect(decision.timeZones == ["America/Denver"])
        #expect(decision.verdict == .defer(until: ComplianceFixture.utc("2026-11-23T16:00:00Z")))
        #expect(decision.reasons.first?.message.hasPrefix("8:30 AM in America/Denver") == true)
    }

    @Test func blockWinsOverDeferAndKeepsEveryReason() {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.miami, at: ComplianceFixture.utc("2026-11-23T12:30:00Z"), consent: .assumed(.none),
                history: SendHistory(sentLast24h: 3)))
        #expect(decision.verdict == .block)
        #expect(decision.until == nil)
        #expect(decision.reasonCodes.first == "consent_missing")
        #expect(
            Set(decision.reasonCodes).isSuperset(of: [
                "frequency_cap", "state_cap_fl", "quiet_hours", "state_quiet_hours_fl", "federal_quiet_hours",
            ]))
    }

    @Test(arguments: SuppressionReason.allCases)
    func suppressionBlocksFlowSteps(reason: SuppressionReason) {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.miami, at: ComplianceFixture.utc("2026-11-23T16:00:00Z"), suppression: reason))
        #expect(decision.verdict == .block)
        #expect(decision.reasonCodes == ["suppressed_\(reason.rawValue)"])
    }

    @Test func unknownLocationBlocksMarketingSMS() {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(RecipientLocation(candidates: []), at: ComplianceFixture.utc("2026-11-23T16:00:00Z")))
        #expect(decision.verdict == .block)
        #expect(decision.reasonCodes.contains("location_unknown"))
    }

    /// A US number whose state is unknown gets every state's rule in every US zone: no Sunday
    /// (AL/LA/MS/RI/UT), Kentucky's 10:00 start read in Hawaii time, Rhode Island's 6 PM end in
    /// Eastern time.
    @Test func unknownStateAppliesEveryStateRule() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US"))
        let clock = ContinuousClock()
        var decision: SendDecision?
        let elapsed = clock.measure {
            decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: ComplianceFixture.utc("2026-11-28T23:30:00Z")))
        }
        #expect(decision?.until == ComplianceFixture.utc("2026-11-30T20:00:00Z"))
        #expect(decision?.reasonCodes.contains("state_sunday_al") == true)
        #expect(elapsed < .seconds(30))  // guards against a runaway search, not a speed target
    }

    @Test func emailIsNotHeldByQuietHours() {
        let request = SendRequest(
            channel: .email, purpose: .flowStep, location: Self.miami, consent: .none,
            now: ComplianceFixture.utc("2026-11-23T08:00:00Z"))
        #expect(SendGate.decide(request).verdict == .send)
    }
}
