import Foundation
import Testing

@testable import ReclaimCore

/// Replies, HELP replies and the opt-out confirmation follow their own rules.
@Suite struct MessagePurposeTests {
    static let newYork = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "NY", areaCode: "212"))
    static let lateNight = ComplianceFixture.local("2026-11-23 23:45", "America/New_York")

    static func request(
        _ purpose: MessagePurpose, suppression: SuppressionReason? = nil, history: SendHistory = SendHistory(),
        policy: CompliancePolicy = .reference, consent: ConsentEvidence = .assumed(.expressWritten),
        content: SendRequest.Content? = nil
    ) -> SendRequest {
        SendRequest(
            channel: .sms, purpose: purpose, location: Self.newYork, consent: consent, suppression: suppression,
            history: history, content: content, now: Self.lateNight, policy: policy)
    }

    @Test func aPromptReplyToTheShoppersQuestionIgnoresQuietHours() {
        let decision = SendGate.decide(
            Self.request(
                .reply, history: SendHistory(lastInboundAt: Self.lateNight.addingTimeInterval(-120))))
        #expect(decision.verdict == .send)
    }

    @Test func aLateReplyWaitsForTheWindow() {
        let decision = SendGate.decide(
            Self.request(
                .reply, history: SendHistory(lastInboundAt: Self.lateNight.addingTimeInterval(-3 * 3600))))
        #expect(decision.verdict == .defer(until: ComplianceFixture.local("2026-11-24 09:00", "America/New_York")))
    }

    @Test func aReplyWithoutAKnownInboundIsTreatedAsLate() {
        #expect(SendGate.decide(Self.request(.reply)).kind == .defer)
    }

    @Test func aReplyToARevokedConsentIsBlocked() {
        let decision = SendGate.decide(
            Self.request(
                .reply, history: SendHistory(lastInboundAt: Self.lateNight), consent: .assumed(.revoked)))
        #expect(decision.reasonCodes == ["consent_revoked"])
    }

    /// HELP is answered regardless of subscription state, at any hour.
    @Test(arguments: [nil, SuppressionReason.optedOut])
    func helpReplyIsAnsweredWhenSubscribedOrOptedOut(suppression: SuppressionReason?) {
        #expect(SendGate.decide(Self.request(.helpReply, suppression: suppression, consent: .none)).verdict == .send)
    }

    @Test func helpReplyToAnErasedNumberIsBlocked() {
        #expect(SendGate.decide(Self.request(.helpReply, suppression: .erased)).verdict == .block)
    }

    /// Case 9: STOP at 23:45 local still gets its confirmation right away.
    @Test func case9OptOutConfirmationAtNightSendsImmediately() {
        let decision = SendGate.decide(
            Self.request(
                .optOutConfirmation, suppression: .optedOut,
                history: SendHistory(optOutReceivedAt: Self.lateNight.addingTimeInterval(-5)), consent: .assumed(.revoked),
                content: SendRequest.Content(
                    text: ComplianceTexts.optOutConfirmation(brand: "Northwind"), brand: "Northwind",
                    isFirstMessage: false)))
        #expect(decision.verdict == .send)
    }

    /// Case 8: with the provider's own auto-reply on, the app sends no second confirmation.
    @Test func case8NoSecondConfirmationWhenTheProviderSendsOne() {
        var policy = CompliancePolicy.reference
        policy.providerSendsOptOutConfirmation = true
        let decision = SendGate.decide(Self.request(.optOutConfirmation, suppression: .optedOut, policy: policy))
        #expect(decision.verdict == .block)
        #expect(decision.reasonCodes == ["opt_out_confirmation_by_provider"])
    }

    @Test(arguments: [
        (SendHistory(optOutConfirmationSent: true), "opt_out_confirmation_already_sent"),
        (SendHistory(optOutReceivedAt: ComplianceFixture.local("2026-11-23 23:30", "America/New_York")), "opt_out_confirmation_late"),
    ])
    func onlyOneTimelyConfirmation(history: SendHistory, code: String) {
        let decision = SendGate.decide(Self.request(.optOutConfirmation, suppression: .optedOut, history: history))
        #expect(decision.reasonCodes == [code])
    }

    @Test func confirmationWithMarketingIsBlocked() {
        let text = "Northwind: You're unsubscribed. Come back for 20% off at northwind.example"
        let decision = SendGate.decide(
            Self.request(
                .optOutConfirmation, suppression: .optedOut,
                content: SendRequest.Content(text: text, brand: "Northwind", isFirstMessage: false)))
        #expect(decision.reasonCodes.contains("opt_out_confirmation_marketing"))
    }

    /// Case 14: after the confirmation, nothing else reaches a suppressed number: not flow steps,
    /// agent replies, retries or opt-in confirmations.
    @Test(arguments: [MessagePurpose.flowStep, .reply, .optInConfirmation])
    func case14SuppressedNumberGetsNothingElse(purpose: MessagePurpose) {
        let decision = SendGate.decide(
            Self.request(
                purpose, suppression: .optedOut, history: SendHistory(lastInboundAt: Self.lateNight)))
        #expect(decision.verdict == .block)
        #expect(decision.reasonCodes.contains("suppressed_opted_out"))
    }

    @Test func flowContentBreakingARuleIsBlocked() {
        let content = SendRequest.Content(text: "Your cart misses you! bit.ly/x", brand: "Northwind", isFirstMessage: true)
        let decision = SendGate.decide(Self.request(.flowStep, content: content))
        #expect(decision.verdict == .block)
        #expect(Set(decision.reasonCodes).isSuperset(of: ["brand_missing", "opt_out_line_missing", "public_url_shortener"]))
    }

    /// EU/UK: every marketing text, not only the first, says how to opt out.
    @Test(arguments: [("FR", "Europe/Paris", true), ("GB", "Europe/London", true), ("US", "America/New_York", false)])
    func everyEuropeanMarketingTextCarriesTheOptOutLine(country: String, zone: String, required: Bool) {
        let phone = country == "US" ? ComplianceFixture.phone("US", "NY", areaCode: "212") : ComplianceFixture.phone(country)
        let decision = SendGate.decide(
            SendRequest(
                channel: .sms, purpose: .flowStep, phone: phone, address: nil, consent: .assumed(.expressWritten),
                content: SendRequest.Content(text: "Northwind: still thinking it over?", brand: "Northwind", isFirstMessage: false),
                now: ComplianceFixture.local("2026-11-24 12:00", zone)))
        #expect(decision.reasonCodes.contains("opt_out_line_missing") == required)
    }

    @Test func singleSegmentPolicyBlocksLongTexts() {
        var policy = CompliancePolicy.reference
        policy.requireSingleSegment = true
        let text = "Northwind: " + String(repeating: "a", count: 160) + " Reply STOP to opt out"
        let decision = SendGate.decide(
            SendRequest(
                channel: .sms, purpose: .flowStep, location: Self.newYork, consent: .assumed(.expressWritten),
                content: SendRequest.Content(text: text, brand: "Northwind", isFirstMessage: true),
                now: ComplianceFixture.local("2026-11-24 12:00", "America/New_York"), policy: policy))
        #expect(decision.reasonCodes == ["segment_limit"])
    }
}
