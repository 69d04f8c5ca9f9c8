import Foundation
import Testing

@testable import ReclaimCore

/// The store's configured checkout wording must carry every disclosure element, and a platform's consent
/// without wording is blocked with a reason that tells the merchant what to set (issue 18).
@Suite struct PlatformConsentRulesTests {
    static let complete =
        "By checking this box you agree to receive recurring automated marketing texts (e.g. cart reminders) from "
        + "Northwind Coffee at the number provided. Consent is not a condition of purchase. Msg frequency varies. "
        + "Msg & data rates may apply. Reply HELP for help, STOP to cancel."

    @Test(arguments: [
        (complete, [SMSDisclosureElement]()),
        (complete.replacingOccurrences(of: "Northwind Coffee", with: "us"), [.brand]),
        (complete.replacingOccurrences(of: "recurring automated ", with: ""), [.recurringAutomatedMarketing]),
        (complete.replacingOccurrences(of: "Consent is not a condition of purchase. ", with: ""), [.notConditionOfPurchase]),
        (complete.replacingOccurrences(of: "Msg & data rates may apply. ", with: ""), [.messageAndDataRates]),
        (complete.replacingOccurrences(of: "Msg & data", with: "Message and data"), []),
        (complete.replacingOccurrences(of: "Msg frequency varies. ", with: ""), [.frequency]),
        (complete.replacingOccurrences(of: "Msg frequency varies", with: "Up to 4 msgs/month"), []),
        (complete.replacingOccurrences(of: "Reply HELP for help, ", with: "Reply "), [.stopHelp]),
        (complete.uppercased(), []),
        ("Text me offers.", [.brand, .recurringAutomatedMarketing, .notConditionOfPurchase, .messageAndDataRates, .frequency, .stopHelp]),
    ])
    func disclosureElements(text: String, missing: [SMSDisclosureElement]) {
        #expect(SMSDisclosureElement.missing(in: text, brand: "Northwind Coffee") == missing)
    }

    static func platformEvidence(kind: ConsentKind, wording: Bool) -> ConsentEvidence {
        var evidence = ConsentEvidence(
            kind: kind, channel: .sms, occurredAt: Date(timeIntervalSince1970: 1_800_000_000), source: .platformWebhook,
            hasDisclosure: wording, doubleOptInConfirmedAt: kind == .doubleOptIn ? Date(timeIntervalSince1970: 1_800_000_000) : nil)
        evidence.platform = "shopify"
        return evidence
    }

    @Test(arguments: [
        (ConsentKind.expressWritten, true, [String]()),
        (.doubleOptIn, true, []),
        (.singleOptIn, false, ["consent_platform_no_disclosure", "consent_insufficient", "consent_evidence_incomplete"]),
        (.doubleOptIn, false, ["consent_platform_no_disclosure", "consent_evidence_incomplete"]),
    ])
    func platformConsentInTheUS(kind: ConsentKind, wording: Bool, codes: [String]) {
        let reasons = ConsentCheck.reasons(
            for: Self.platformEvidence(kind: kind, wording: wording), channel: .sms, countries: ["US"], rules: ConsentRules(),
            requireEvidence: true)
        #expect(reasons.map(\.code) == codes)
        if !wording {
            #expect(reasons.first?.message == "consent from shopify has no disclosure wording: set consent.platform_disclosure")
        }
    }

    @Test func aWhatIfKindIsNeverBlamedOnMissingWording() {
        var evidence = ConsentEvidence.assumed(.singleOptIn, channel: .sms)
        evidence.source = .platformWebhook
        let reasons = ConsentCheck.reasons(for: evidence, channel: .sms, countries: ["US"], rules: ConsentRules(), requireEvidence: true)
        #expect(reasons.map(\.code) == ["consent_insufficient"])
    }
}
