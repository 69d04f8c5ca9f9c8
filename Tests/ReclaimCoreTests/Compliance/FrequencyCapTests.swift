import Foundation
import Testing

@testable import ReclaimCore

/// Per-recipient, state and store caps, and the one-text-per-cart rule (test case 23).
@Suite struct FrequencyCapTests {
    static let noon = ComplianceFixture.local("2026-11-24 12:00", "America/New_York")
    static let newYork = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "NY", areaCode: "212"))

    @Test(arguments: [(0, true), (1, true), (2, true), (3, false), (4, false), (10, false)])
    func threePer24HoursEverywhere(sent: Int, sends: Bool) {
        let decision = SendGate.decide(ComplianceFixture.flowSMS(Self.newYork, at: Self.noon, history: SendHistory(sentLast24h: sent)))
        #expect((decision.verdict == .send) == sends)
        if !sends {
            #expect(decision.reasonCodes == ["frequency_cap"])
            #expect(decision.until == Self.noon.addingTimeInterval(86_400))
        }
    }

    /// Case 23: the 4th text within a rolling 24 h to an FL/OK/MD/OR number is held, citing the state.
    @Test(arguments: [("FL", "305"), ("OK", "405"), ("MD", "410"), ("OR", "503")])
    func case23FourthTextToCappedStateIsHeld(state: String, areaCode: String) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", state, areaCode: areaCode))
        let now = ComplianceFixture.utc("2026-11-24T18:00:00Z")
        let decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: now, history: SendHistory(sentLast24h: 3)))
        #expect(decision.verdict != .send)
        #expect(decision.reasonCodes.contains("state_cap_\(state.lowercased())"))
    }

    @Test func stateCapAppliesEvenWithoutTheStoreCap() {
        var policy = CompliancePolicy.reference
        policy.perRecipientCap = nil
        let florida = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "FL", areaCode: "305"))
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(florida, at: Self.noon, history: SendHistory(sentLast24h: 3), policy: policy))
        #expect(decision.reasonCodes == ["state_cap_fl"])
        let ny = SendGate.decide(
            ComplianceFixture.flowSMS(Self.newYork, at: Self.noon, history: SendHistory(sentLast24h: 5), policy: policy))
        #expect(ny.verdict == .send)
    }

    /// With send times known, the deferral ends when the oldest counted text leaves the window.
    @Test func capDeferralEndsWhenASlotFrees() {
        let times = [
            Self.noon.addingTimeInterval(-20 * 3600), Self.noon.addingTimeInterval(-5 * 3600),
            Self.noon.addingTimeInterval(-3600),
        ]
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.newYork, at: Self.noon, history: SendHistory(sentLast24h: 3, recentSendTimes: times)))
        #expect(decision.until == Self.noon.addingTimeInterval(4 * 3600))
    }

    /// If the slot frees at night, the deferral continues to the next window opening.
    @Test func capAndQuietHoursCombine() {
        let now = ComplianceFixture.local("2026-11-24 19:00", "America/New_York")
        let times = [now.addingTimeInterval(-23 * 3600), now.addingTimeInterval(-3600), now.addingTimeInterval(-1800)]
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.newYork, at: now, history: SendHistory(sentLast24h: 3, recentSendTimes: times)))
        #expect(decision.until == ComplianceFixture.local("2026-11-25 09:00", "America/New_York"))
        #expect(decision.reasonCodes.contains("frequency_cap"))
        #expect(decision.reasonCodes.contains("quiet_hours"))
    }

    @Test(arguments: [(99, false), (100, true)])
    func storeCap(sent: Int, held: Bool) {
        var policy = CompliancePolicy.reference
        policy.storeCap = FrequencyCap(maxMessages: 100, window: 86_400)
        let ends = Self.noon.addingTimeInterval(3600)
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.newYork, at: Self.noon, history: SendHistory(storeSentInWindow: sent, storeWindowEndsAt: ends), policy: policy))
        #expect(decision.verdict == (held ? .defer(until: ends) : .send))
    }

    @Test(arguments: [
        (SendHistory(cartSMSWithin48h: true), "US", true),
        (SendHistory(lastCartSMSAt: ComplianceFixture.local("2026-11-22 13:00", "America/New_York")), "US", true),
        (SendHistory(lastCartSMSAt: ComplianceFixture.local("2026-11-22 11:00", "America/New_York")), "US", false),
        (SendHistory(cartSMSWithin48h: true), "GB", false),
    ])
    func oneTextPerCartWithin48HoursForUSNumbers(history: SendHistory, country: String, blocked: Bool) {
        let location = country == "US" ? Self.newYork : ComplianceFixture.location(phone: ComplianceFixture.phone("GB"))
        let now = country == "US" ? Self.noon : ComplianceFixture.local("2026-11-24 12:00", "Europe/London")
        let decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: now, consent: .assumed(.expressWritten), history: history))
        #expect(decision.reasonCodes.contains("cart_sms_limit") == blocked)
        #expect((decision.verdict == .block) == blocked)
    }

    @Test func oneTextPerCartCanBeTurnedOff() {
        var policy = CompliancePolicy.reference
        policy.cartTextLimit.isEnabled = false
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.newYork, at: Self.noon, history: SendHistory(cartSMSWithin48h: true), policy: policy))
        #expect(decision.verdict == .send)
    }

    @Test func repliesAreNotCapped() {
        let request = SendRequest(
            channel: .sms, purpose: .reply, location: Self.newYork, consent: .assumed(.expressWritten),
            history: SendHistory(sentLast24h: 9, cartSMSWithin48h: true, lastInboundAt: Self.noon.addingTimeInterval(-60)),
            now: Self.noon)
        #expect(SendGate.decide(request).verdict == .send)
    }

    @Test(arguments: [(2, nil as Int?), (3, 0)])
    func capCheckComputesFreeInstant(count: Int, expectedIndex: Int?) {
        let now = Self.noon
        let times = (0..<count).map { now.addingTimeInterval(Double(-3600 * ($0 + 1))) }
        let hit = CapCheck.freeAt(.threePer24Hours, sentLast24h: count, sendTimes: times, now: now)
        #expect((hit == nil) == (expectedIndex == nil))
        if hit != nil { #expect(hit?.until == times.sorted()[0].addingTimeInterval(86_400)) }
    }
}
