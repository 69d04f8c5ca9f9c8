import Foundation
import Testing

@testable import ReclaimCore

/// Consent kinds per jurisdiction and channel, and what makes a consent record usable
/// (compliance-rules.md §2.4–2.6, §3; test cases 25–29).
@Suite struct ConsentRequirementTests {
    @Test(arguments: [
        ("US", Channel.sms, ConsentKind.expressWritten, [String]()),
        ("US", .sms, .doubleOptIn, []),  // a written opt-in confirmed by text reply is PEWC (E-SIGN)
        ("US", .sms, .singleOptIn, ["consent_insufficient"]),
        ("US", .sms, .none, ["consent_missing"]),
        ("US", .sms, .revoked, ["consent_revoked"]),
        ("US", .email, .none, []),
        ("US", .email, .singleOptIn, []),
        ("US", .email, .revoked, ["consent_revoked"]),
        ("DE", .sms, .doubleOptIn, []),
        ("DE", .sms, .singleOptIn, ["consent_insufficient"]),
        ("DE", .sms, .expressWritten, ["consent_insufficient"]),
        ("DE", .sms, .none, ["consent_missing"]),
        ("DE", .email, .singleOptIn, ["consent_insufficient"]),
        ("FR", .sms, .singleOptIn, []),
        ("FR", .sms, .doubleOptIn, []),
        ("FR", .sms, .none, ["consent_missing"]),
        ("FR", .email, .none, ["consent_missing"]),
        ("GB", .sms, .singleOptIn, []),
        ("GB", .sms, .none, ["consent_missing"]),
        ("GB", .email, .none, ["consent_missing"]),
        ("IE", .sms, .singleOptIn, []),
        ("ES", .sms, .singleOptIn, []),
        ("IT", .sms, .none, ["consent_missing"]),
        ("NL", .sms, .expressWritten, []),
        ("BE", .sms, .singleOptIn, []),
        ("CA", .sms, .singleOptIn, []),
        ("CA", .sms, .none, ["consent_missing"]),
        ("AU", .sms, .singleOptIn, []),
        ("JP", .email, .none, ["consent_missing"]),
    ])
    func requirementPerCountryAndChannel(country: String, channel: Channel, kind: ConsentKind, codes: [String]) {
        let reasons = ConsentCheck.reasons(
            for: .assumed(kind), channel: channel, countries: [country], rules: ConsentRules(), requireEvidence: true)
        #expect(reasons.map(\.code) == codes)
    }

    @Test func usEmailOptInCanBeRequired() {
        let reasons = ConsentCheck.reasons(
            for: .none, channel: .email, countries: ["US"], rules: ConsentRules(emailOptInRequiredInUS: true),
            requireEvidence: true)
        #expect(reasons.map(\.code) == ["consent_missing"])
    }

    /// A US number with a German address needs both PEWC and a confirmed double opt-in.
    @Test(arguments: [
        (ConsentKind.expressWritten, nil as Date?, ["consent_insufficient"]),
        (.doubleOptIn, nil, []),  // satisfies both: PEWC by text-reply signature, DE by the double opt-in itself
        (.expressWritten, ComplianceFixture.utc("2026-11-01T10:00:00Z"), []),
    ])
    func mixedJurisdictionsNeedEveryRequirement(kind: ConsentKind, confirmed: Date?, codes: [String]) {
        var evidence = ConsentEvidence.assumed(kind)
        evidence.doubleOptInConfirmedAt = confirmed
        let reasons = ConsentCheck.reasons(
            for: evidence, channel: .sms, countries: ["US", "DE"], rules: ConsentRules(), requireEvidence: true)
        #expect(reasons.map(\.code) == codes)
    }

    static func record(
        kind: ConsentKind = .expressWritten, channel: Channel = .sms, disclosure: String? = "I agree…",
        confirmed: Date? = nil
    ) -> ConsentRecord {
        ConsentRecord(
            id: "c1", storeID: "northwind", channel: channel, address: "+13055550123", kind: kind,
            source: .checkoutCheckbox, disclosureText: disclosure, ip: "203.0.113.9",
            doubleOptInConfirmedAt: confirmed, occurredAt: ComplianceFixture.utc("2026-11-01T10:00:00Z"),
            recordedAt: ComplianceFixture.utc("2026-11-01T10:00:01Z"))
    }

    @Test func completeRecordPasses() {
        let reasons = ConsentCheck.reasons(
            for: ConsentEvidence(record: Self.record()), channel: .sms, countries: ["US"], rules: ConsentRules(),
            requireEvidence: true)
        #expect(reasons.isEmpty)
    }

    /// Case 27: a pre-checked box or consent bundled into T&C acceptance is not consent.
    @Test(arguments: [(true, false), (false, true)])
    func case27PreCheckedOrBundledConsentIsRejected(preChecked: Bool, bundled: Bool) {
        let evidence = ConsentEvidence(record: Self.record(), preChecked: preChecked, bundledWithTerms: bundled)
        let reasons = ConsentCheck.reasons(
            for: evidence, channel: .sms, countries: ["US"], rules: ConsentRules(), requireEvidence: true)
        #expect(reasons.map(\.code) == ["consent_invalid"])
    }

    /// Case 28: a record missing its disclosure text, timestamp or source blocks the send.
    @Test(arguments: ["disclosure", "timestamp", "source"])
    func case28IncompleteRecordBlocks(missing: String) {
        var evidence = ConsentEvidence(record: Self.record())
        switch missing {
        case "disclosure": evidence.hasDisclosure = false
        case "timestamp": evidence.occurredAt = nil
        default: evidence.source = nil
        }
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                ComplianceFixture.location(phone: ComplianceFixture.phone("US", "IL", areaCode: "312")),
                at: ComplianceFixture.local("2026-11-24 15:00", "America/Chicago"), consent: evidence))
        #expect(decision.verdict == .block)
        #expect(decision.reasonCodes == ["consent_evidence_incomplete"])
        #expect(decision.reasons[0].message.contains(missing == "disclosure" ? "disclosure text" : missing))
    }

    @Test func evidenceChecksCanBeSwitchedOff() {
        var evidence = ConsentEvidence(record: Self.record())
        evidence.hasDisclosure = false
        var policy = CompliancePolicy.reference
        policy.requireConsentEvidence = false
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                ComplianceFixture.location(phone: ComplianceFixture.phone("US", "IL", areaCode: "312")),
                at: ComplianceFixture.local("2026-11-24 15:00", "America/Chicago"), consent: evidence, policy: policy))
        #expect(decision.verdict == .send)
    }

    @Test func germanDoubleOptInRecordNeedsItsConfirmationTime() {
        let unconfirmed = ConsentEvidence(record: Self.record(kind: .doubleOptIn))
        let confirmed = ConsentEvidence(record: Self.record(kind: .doubleOptIn, confirmed: ComplianceFixture.utc("2026-11-01T10:05:00Z")))
        let check = { (evidence: ConsentEvidence) in
            ConsentCheck.reasons(for: evidence, channel: .sms, countries: ["DE"], rules: ConsentRules(), requireEvidence: true)
        }
        #expect(check(unconfirmed).map(\.code) == ["consent_evidence_incomplete"])
        #expect(check(confirmed).isEmpty)
    }

    /// Case 29: email consent is not SMS consent, and SMS consent is not email consent.
    @Test(arguments: [(Channel.email, Channel.sms), (.sms, .email)])
    func case29ConsentIsPerChannel(recorded: Channel, sending: Channel) {
        let evidence = ConsentEvidence(record: Self.record(kind: .singleOptIn, channel: recorded))
        let reasons = ConsentCheck.reasons(
            for: evidence, channel: sending, countries: ["GB"], rules: ConsentRules(), requireEvidence: true)
        #expect(reasons.map(\.code) == ["consent_wrong_channel"])
    }

    @Test(arguments: [
        (ConsentRequirement.optIn, ConsentKind.singleOptIn, true), (.optIn, .none, false), (.optIn, .revoked, false),
        (.expressWritten, .expressWritten, true), (.expressWritten, .singleOptIn, false),
        (.doubleOptIn, .doubleOptIn, true), (.doubleOptIn, .singleOptIn, false), (.none, .none, true),
        (.none, .revoked, false),
    ])
    func requirementSatisfaction(requirement: ConsentRequirement, kind: ConsentKind, satisfied: Bool) {
        #expect(requirement.isSatisfied(by: .assumed(kind)) == satisfied)
    }
}
