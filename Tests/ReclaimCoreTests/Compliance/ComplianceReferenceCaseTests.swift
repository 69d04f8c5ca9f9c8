import Foundation
import Testing

@testable import ReclaimCore

/// compliance-rules.md, "Test cases an implementation should pass": every case that concerns the
/// pure engine, one test each, named after the case. Storage, provider and email-transport parts
/// (cancelling queued jobs, provider redaction calls, webhooks, email headers, spam rates) belong
/// to other modules.
@Suite struct ComplianceReferenceCaseTests {
    static let ny = "America/New_York", chi = "America/Chicago"
    static let brand = "Northwind Coffee"

    static func phone(_ state: String, _ areaCode: String) -> RecipientLocation {
        ComplianceFixture.location(phone: ComplianceFixture.phone("US", state, areaCode: areaCode))
    }

    static func confirmation(history: SendHistory, policy: CompliancePolicy = .reference, now: Date) -> SendDecision {
        SendGate.decide(
            SendRequest(
                channel: .sms, purpose: .optOutConfirmation, location: Self.phone("FL", "305"), consent: .assumed(.revoked),
                suppression: .optedOut, history: history,
                content: SendRequest.Content(
                    text: ComplianceTexts.optOutConfirmation(brand: Self.brand), brand: Self.brand,
                    isFirstMessage: false),
                now: now, policy: policy))
    }

    @Test(arguments: ["STOP", "stop", "Stop", "sToP"])
    func case01StopInAnyCaseOptsOutWithOneTimelyConfirmation(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut)
        let received = ComplianceFixture.utc("2026-11-23T15:00:00Z")
        let first = Self.confirmation(history: SendHistory(optOutReceivedAt: received), now: received.addingTimeInterval(3))
        #expect(first.verdict == .send)
        let second = Self.confirmation(
            history: SendHistory(optOutReceivedAt: received, optOutConfirmationSent: true), now: received.addingTimeInterval(9))
        #expect(second.verdict == .block)
        let text = ComplianceTexts.optOutConfirmation(brand: Self.brand)
        #expect(MessageRules.checkOptOutConfirmation(text: text, brand: Self.brand).isEmpty)
    }

    @Test(arguments: ["  stop  ", "stop\n", "stop\u{00A0}", "Stop.", "STOP!!!", "*stop*", "\"STOP\""])
    func case02WhitespaceAndPunctuationDoNotMatter(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut)
    }

    @Test(arguments: ["STOP ALL", "STOPALL", "stop all."])
    func case03StopAllOptsOut(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut)
    }

    @Test(arguments: ["OPT OUT", "opt-out", "Optout", "REVOKE", "quit", "end", "cancel", "unsubscribe"])
    func case04FCCPerSeWordsOptOut(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut)
    }

    @Test(arguments: [
        "Stop texting me please", "please remove me", "take me off your list", "no more texts",
        "I don't want these messages", "wrong number",
    ])
    func case05FreeTextRevocationsOptOut(text: String) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .optOut)
        #expect(result.possibleReassignedNumber == (text == "wrong number"))
    }

    @Test(arguments: ["ALTO", "PARA", "CANCELAR", "no más", "ARRET", "ARRÊT"])
    func case06NonEnglishKeywordsOptOut(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut)
    }

    @Test(arguments: [
        ("Can't stop thinking about that jacket", false), ("weekend sale?", false),
        ("Don't stop the deals!", false), ("why do you keep texting me?", true),
    ])
    func case07NoSubstringMatching(text: String, needsReview: Bool) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .none)
        #expect(result.needsReview == needsReview)
    }

    @Test func case08NoSecondConfirmationWhenTheProviderReplies() {
        var policy = CompliancePolicy.reference
        policy.providerSendsOptOutConfirmation = true
        let now = ComplianceFixture.utc("2026-11-23T15:00:00Z")
        #expect(Self.confirmation(history: SendHistory(optOutReceivedAt: now), policy: policy, now: now).verdict == .block)
    }

    @Test func case09StopLateAtNightIsConfirmedAtOnceAndFlowStepsStop() {
        let lateNight = ComplianceFixture.local("2026-11-23 23:45", Self.ny)
        #expect(Self.confirmation(history: SendHistory(optOutReceivedAt: lateNight), now: lateNight).verdict == .send)
        let next = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.phone("FL", "305"), at: lateNight.addingTimeInterval(36_000),
                suppression: .optedOut))
        #expect(next.verdict == .block)
    }

    /// The gate has no notion of the sending number: a suppressed recipient is blocked from all.
    @Test func case10SuppressionHoldsOnEverySendingNumber() {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.phone("NY", "212"), at: ComplianceFixture.local("2026-11-24 12:00", Self.ny), suppression: .optedOut))
        #expect(decision.reasonCodes == ["suppressed_opted_out"])
    }

    @Test func case11EmailSayingStopTextingIsAnSMSOptOutAndChannelsStaySeparate() {
        #expect(InboundKeywordClassifier.classify("Please stop texting me").kind == .optOut)
        let email = SendRequest(
            channel: .email, purpose: .flowStep, location: Self.phone("NY", "212"),
            consent: ConsentEvidence(record: ConsentRequirementTests.record(kind: .singleOptIn, channel: .email)),
            now: ComplianceFixture.local("2026-11-24 12:00", Self.ny))
        #expect(SendGate.decide(email).verdict == .send)
    }

    @Test(arguments: [
        ("START", true, InboundClassification.Kind.optIn), ("UNSTOP", true, .optIn), ("YES", true, .optIn),
        ("yes", false, .none),
    ])
    func case12ResubscribeKeywords(text: String, suppressed: Bool, kind: InboundClassification.Kind) {
        #expect(InboundKeywordClassifier.classify(text, isSuppressed: suppressed).kind == kind)
    }

    @Test(arguments: ["HELP", "help?", "INFO"])
    func case13HelpGetsTheHelpReply(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .help)
        let reply = ComplianceTexts.helpReply(
            brand: Self.brand, supportPhone: "+18005550100",
            supportEmail: "help@northwind.example")
        for part in [
            Self.brand, "+18005550100", "help@northwind.example", "Msg frequency varies",
            "Msg&data rates may apply", "Reply STOP to opt out",
        ] {
            #expect(reply.contains(part))
        }
    }

    @Test(arguments: [MessagePurpose.flowStep, .reply, .optInConfirmation])
    func case14NothingReachesASuppressedNumber(purpose: MessagePurpose) {
        let now = ComplianceFixture.local("2026-11-24 12:00", Self.ny)
        let decision = SendGate.decide(
            SendRequest(
                channel: .sms, purpose: purpose, location: Self.phone("NY", "212"), consent: .assumed(.expressWritten),
                suppression: .optedOut, history: SendHistory(lastInboundAt: now), now: now))
        #expect(decision.verdict == .block)
    }

    @Test(arguments: [
        ("Northwind Coffee: Reply STOP is the only way to opt out", "opt_out_exclusive_means"),
        ("Northwind Coffee: Reply 2 to unsubscribe", "opt_out_nonstandard_keyword"),
    ])
    func case15LinterRejectsExclusiveOrNonStandardOptOutCopy(text: String, code: String) {
        #expect(
            MessageRules.check(text: text, brand: Self.brand, isFirstMessage: true, requireSingleSegment: false)
                .map(\.code).contains(code))
    }

    @Test(arguments: [
        ("FL", "305", Self.ny), ("OK", "405", Self.chi), ("MD", "410", Self.ny),
        ("OR", "503", "America/Los_Angeles"),
    ])
    func case16EveningCartTextWaitsForNextMorning(state: String, areaCode: String, zone: String) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", state, areaCode: areaCode, zones: [zone]))
        let decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: ComplianceFixture.local("2026-11-23 20:30", zone)))
        #expect(decision.verdict == .defer(until: ComplianceFixture.local("2026-11-24 09:00", zone)))
        #expect(decision.reasonCodes.contains("state_quiet_hours_\(state.lowercased())"))
    }

    @Test func case17NewYorkEveningIsBlockedByTheDefaultWindowAndFloridaAddressByFlorida() {
        let at = ComplianceFixture.local("2026-11-23 20:30", Self.ny)
        let plain = SendGate.decide(ComplianceFixture.flowSMS(Self.phone("NY", "212"), at: at))
        #expect(plain.reasonCodes == ["quiet_hours"])
        let withAddress = SendGate.decide(
            ComplianceFixture.flowSMS(
                ComplianceFixture.location(
                    phone: ComplianceFixture.phone("US", "NY", areaCode: "212"),
                    address: PostalAddress(country: "US", province: "FL", zip: "33101")), at: at))
        #expect(withAddress.reasonCodes.contains("state_quiet_hours_fl"))
        #expect(withAddress.verdict != .send)
    }

    @Test func case18ConnecticutStartsAtNine() {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(Self.phone("CT", "203"), at: ComplianceFixture.local("2026-11-23 08:30", Self.ny)))
        #expect(decision.reasonCodes.contains("state_quiet_hours_ct"))
        #expect(decision.until == ComplianceFixture.local("2026-11-23 09:00", Self.ny))
    }

    @Test(arguments: [
        ("NY", "07:59:59", false), ("NY", "08:00:00", true), ("FL", "19:59:59", true),
        ("FL", "20:00:00", false), ("NY", "20:59:59", true), ("NY", "21:00:00", false),
    ])
    func case19Boundaries(state: String, time: String, allowed: Bool) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", state, zones: [Self.ny]))
        let policy = ComplianceFixture.legalRulesOnly.quietHours
        #expect(policy.isAllowed(at: ComplianceFixture.local("2026-11-23 \(time)", Self.ny), location: location) == allowed)
    }

    @Test(arguments: [
        ("TX", "2026-11-22 11:00"), ("AL", "2026-11-22 14:00"), ("LA", "2026-11-22 14:00"),
        ("MS", "2026-11-22 14:00"), ("AL", "2026-12-25 11:00"), ("LA", "2026-12-25 11:00"),
        ("MS", "2026-12-25 11:00"), ("RI", "2026-12-25 11:00"), ("UT", "2026-12-25 11:00"),
    ])
    func case20SundayAndStateHolidayBans(state: String, local: String) {
        let zone = ["RI": Self.ny, "UT": "America/Denver"][state] ?? Self.chi
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", state, zones: [zone]))
        #expect(!QuietHoursPolicy().isAllowed(at: ComplianceFixture.local(local, zone), location: location))
    }

    @Test(arguments: [
        ("FL", "850", "2026-11-23T14:30:00Z", "2026-11-23T15:00:00Z"),
        ("OR", "541", "2026-11-23T16:30:00Z", "2026-11-23T17:00:00Z"),
    ])
    func case21SplitAreaCodeUsesTheIntersection(state: String, areaCode: String, now: String, until: String) {
        let decision = SendGate.decide(ComplianceFixture.flowSMS(Self.phone(state, areaCode), at: ComplianceFixture.utc(now)))
        #expect(decision.until == ComplianceFixture.utc(until))
        #expect(decision.timeZones.count == 2)
    }

    @Test(arguments: [("2026-03-08T06:00:00Z", "2026-03-08T16:00:00Z"), ("2026-11-01T04:00:00Z", "2026-11-01T17:00:00Z")])
    func case22DSTChangeDayLandsOnTheIntendedLocalTime(now: String, until: String) {
        let decision = SendGate.decide(ComplianceFixture.flowSMS(Self.phone("NY", "212"), at: ComplianceFixture.utc(now)))
        #expect(decision.until == ComplianceFixture.utc(until))
        #expect(decision.untilLocal()?.hasPrefix(String(until.prefix(10)) + "T12:00:00") == true)
    }

    @Test(arguments: ["FL", "OK", "MD", "OR"])
    func case23FourthTextIn24HoursIsHeld(state: String) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", state))
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                location, at: ComplianceFixture.utc("2026-11-24T19:00:00Z"), history: SendHistory(sentLast24h: 3)))
        #expect(decision.verdict != .send)
        #expect(decision.reasonCodes.contains("state_cap_\(state.lowercased())"))
    }

    @Test(arguments: [
        ("2026-11-22 14:00", ConsentKind.singleOptIn, "country_sunday_fr"),
        ("2026-11-11 14:00", .singleOptIn, "country_holiday_fr"),
        ("2026-11-23 20:15", .singleOptIn, "country_quiet_hours_fr"),
        ("2026-11-24 14:00", .none, "consent_missing"),
    ])
    func case24France(local: String, consent: ConsentKind, code: String) {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                ComplianceFixture.location(phone: ComplianceFixture.phone("FR")), at: ComplianceFixture.local(local, "Europe/Paris"),
                consent: .assumed(consent)))
        #expect(decision.verdict != .send)
        #expect(decision.reasonCodes.contains(code))
    }

    @Test(arguments: [ConsentKind.singleOptIn, .expressWritten, .none])
    func case25GermanyNeedsDoubleOptIn(kind: ConsentKind) {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                ComplianceFixture.location(phone: ComplianceFixture.phone("DE")),
                at: ComplianceFixture.local("2026-11-24 14:00", "Europe/Berlin"),
                consent: .assumed(kind)))
        #expect(decision.verdict == .block)
    }

    @Test func case26PhoneNumberWithoutConsentEventGetsNoSMS() {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.phone("NY", "212"), at: ComplianceFixture.local("2026-11-24 12:00", Self.ny), consent: .none))
        #expect(decision.reasonCodes == ["consent_missing"])
    }

    @Test(arguments: [(true, false), (false, true)])
    func case27PreCheckedOrBundledConsentIsInvalid(preChecked: Bool, bundled: Bool) {
        let evidence = ConsentEvidence(record: ConsentRequirementTests.record(), preChecked: preChecked, bundledWithTerms: bundled)
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.phone("NY", "212"), at: ComplianceFixture.local("2026-11-24 12:00", Self.ny), consent: evidence))
        #expect(decision.reasonCodes == ["consent_invalid"])
    }

    @Test func case28RecordWithoutDisclosureBlocks() {
        let evidence = ConsentEvidence(record: ConsentRequirementTests.record(disclosure: nil))
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.phone("NY", "212"), at: ComplianceFixture.local("2026-11-24 12:00", Self.ny), consent: evidence))
        #expect(decision.reasonCodes == ["consent_evidence_incomplete"])
    }

    @Test func case29ConsentIsChannelSpecific() {
        let emailOnly = ConsentEvidence(record: ConsentRequirementTests.record(kind: .singleOptIn, channel: .email))
        let sms = SendGate.decide(
            ComplianceFixture.flowSMS(
                ComplianceFixture.location(phone: ComplianceFixture.phone("GB")),
                at: ComplianceFixture.local("2026-11-24 14:00", "Europe/London"),
                consent: emailOnly))
        #expect(sms.reasonCodes == ["consent_wrong_channel"])
        let smsOnly = ConsentEvidence(record: ConsentRequirementTests.record(kind: .singleOptIn, channel: .sms))
        let email = SendGate.decide(
            SendRequest(
                channel: .email, purpose: .flowStep, location: ComplianceFixture.location(address: PostalAddress(country: "GB")),
                consent: smsOnly, now: ComplianceFixture.local("2026-11-24 14:00", "Europe/London")))
        #expect(email.reasonCodes == ["consent_wrong_channel"])
    }

    @Test func case30ErasedContactStaysSuppressed() {
        let decision = SendGate.decide(
            ComplianceFixture.flowSMS(
                Self.phone("NY", "212"), at: ComplianceFixture.local("2026-11-24 12:00", Self.ny), suppression: .erased))
        #expect(decision.reasonCodes == ["suppressed_erased"])
    }

    @Test(arguments: [(160, 1), (161, 2)])
    func case31GSMSegmentBoundary(length: Int, segments: Int) {
        #expect(SMSSegmenter.segmentCount(String(repeating: "a", count: length)) == segments)
    }

    @Test func case32EmojiMakesUCS2TwoSegments() {
        let result = SMSSegmenter.segment(String(repeating: "a", count: 100) + "😜")
        #expect(result.encoding == .ucs2)
        #expect(result.parts.map(\.utf16.count) == [67, 35])
    }

    @Test(arguments: ["€", "{", "}", "[", "]", "~", "^", "|", "\\"])
    func case33ExtensionCharacterCostsTwoSeptets(character: String) {
        let result = SMSSegmenter.segment(String(repeating: "a", count: 159) + character)
        #expect(result.units == 161)
        #expect(result.segments == 2)
    }

    @Test func case34CurlyApostropheIsUCS2UnlessNormalised() {
        #expect(SMSSegmenter.encoding(of: "It’s back") == .ucs2)
        #expect(SMSSegmenter.encoding(of: SMSSegmenter.normalizedForGSM("It’s back")) == .gsm7)
    }

    @Test(arguments: [("café", SMSEncoding.gsm7), ("Olá", .ucs2)])
    func case35AccentsDecideTheEncoding(text: String, encoding: SMSEncoding) {
        #expect(SMSSegmenter.encoding(of: text) == encoding)
    }

    @Test func case36SplitsNeverBreakPairsOrEscapes() throws {
        let emoji = SMSSegmenter.segment(String(repeating: "a", count: 66) + "😜" + String(repeating: "b", count: 10))
        try #require(emoji.parts.count == 2)
        #expect(emoji.parts.joined() == String(repeating: "a", count: 66) + "😜" + String(repeating: "b", count: 10))
        #expect(emoji.parts[1].hasPrefix("😜"))
        let escape = SMSSegmenter.segment(String(repeating: "a", count: 152) + "€" + String(repeating: "b", count: 10))
        try #require(escape.parts.count == 2)
        #expect(escape.parts[1].hasPrefix("€"))
    }

    @Test(arguments: [
        ("bit.ly/abc", false), ("tinyurl.com/abc", false), ("goo.gl/abc", false), ("t.co/abc", false),
        ("nw.coffee/abc", true),
    ])
    func case37PublicShortenersAreRejected(link: String, allowed: Bool) {
        let text = "Northwind Coffee: your cart \(link) Reply STOP to opt out"
        let codes = MessageRules.check(text: text, brand: Self.brand, isFirstMessage: true, requireSingleSegment: false)
        #expect(codes.isEmpty == allowed)
    }

    @Test(arguments: [
        ("Northwind Coffee: cart waiting. Reply STOP to opt out", true, true),
        ("Cart waiting. Reply STOP to opt out", true, false),
        ("Northwind Coffee: cart waiting.", true, false),
        ("Northwind Coffee: still thinking it over?", false, true),
        ("Still thinking it over?", false, false),
    ])
    func case38BrandAlwaysAndOptOutLineFirst(text: String, first: Bool, passes: Bool) {
        #expect(
            MessageRules.check(text: text, brand: Self.brand, isFirstMessage: first, requireSingleSegment: false)
                .isEmpty == passes)
    }

    @Test func case43CardNumberExpiryAndCVVAreRedacted() {
        let result = CardDataRedactor.redact("my card is 4111 1111 1111 1111 exp 12/27 cvv 123")
        #expect(result.containsCardData)
        #expect(!result.text.contains { $0.isNumber })
    }

    @Test func case44CardNumberSplitAcrossTwoTextsIsRedactedInBoth() {
        let results = CardDataRedactor.redactConversation(["4111 1111 1111", "1111 is my card"])
        #expect(results.map(\.text) == ["[card redacted]", "[card redacted] is my card"])
    }

    @Test(arguments: ["1234 5678 9012 3456", "order 1234567890123456"])
    func case45LuhnFailuresAreNotRedacted(text: String) {
        #expect(!Luhn.isValid(text.filter(\.isNumber)))
        #expect(CardDataRedactor.redact(text).text == text)
    }
}
