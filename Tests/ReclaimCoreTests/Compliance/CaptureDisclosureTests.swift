import Foundation
import Testing

@testable import ReclaimCore

/// The disclosure elements an on-site capture must show (onsite-capture.md §1), checked in the configured wording.
@Suite struct CaptureDisclosureTests {
    static let brand = "Northwind Coffee"
    static let terms = "https://northwind.example/terms"
    static let privacy = "https://northwind.example/privacy"
    static let complete =
        "By submitting this form, you agree to receive recurring automated marketing text messages (e.g. cart reminders) "
        + "from Northwind Coffee at the number provided. Consent is not a condition of purchase. Msg frequency varies. "
        + "Msg & data rates may apply. Reply HELP for help and STOP to cancel. See our Terms and Privacy Policy."

    @Test func theCompleteWordingLacksNothing() {
        #expect(
            CaptureDisclosure.missingElements(in: Self.complete, brand: Self.brand, termsURL: Self.terms, privacyURL: Self.privacy) == [])
        #expect(CaptureDisclosure.act(of: Self.complete) == .submit)
    }

    /// Each row removes one phrase from the complete wording; exactly its element is reported.
    @Test(arguments: [
        ("from Northwind Coffee ", "", CaptureDisclosureElement.brand),
        ("recurring ", "", .recurringAutomatedMarketing),
        ("automated ", "", .recurringAutomatedMarketing),
        ("(e.g. cart reminders) ", "", .recurringAutomatedMarketing),
        ("at the number provided", "here", .number),
        ("Consent is not a condition of purchase. ", "", .notACondition),
        ("Msg frequency varies. ", "", .frequency),
        ("Msg & data rates may apply. ", "", .rates),
        ("Reply HELP for help and STOP to cancel.", "Reply STOP to cancel.", .helpAndStop),
        ("Reply HELP for help and STOP to cancel.", "Reply HELP for help.", .helpAndStop),
        ("Terms and ", "", .terms),
        (" and Privacy Policy", "", .privacy),
        ("By submitting this form, you agree", "You agree", .affirmativeAct),
    ])
    func aMissingPhraseNamesItsElement(phrase: String, replacement: String, element: CaptureDisclosureElement) {
        let text = Self.complete.replacingOccurrences(of: phrase, with: replacement)
        #expect(text != Self.complete)
        #expect(CaptureDisclosure.missingElements(in: text, brand: Self.brand, termsURL: Self.terms, privacyURL: Self.privacy) == [element])
    }

    @Test(
        arguments: [
            (nil, privacy, [CaptureDisclosureElement.terms]),
            (terms, nil, [.privacy]),
            ("terms.html", privacy, [.terms]),
            ("javascript:alert(1)", privacy, [.terms]),
        ] as [(String?, String?, [CaptureDisclosureElement])])
    func termsAndPrivacyNeedWebLinks(termsURL: String?, privacyURL: String?, missing: [CaptureDisclosureElement]) {
        #expect(
            CaptureDisclosure.missingElements(in: Self.complete, brand: Self.brand, termsURL: termsURL, privacyURL: privacyURL) == missing)
    }

    @Test(arguments: [
        ("Msg & data rates may apply.", "Message and data rates may apply."),
        ("Msg frequency varies.", "Up to 4 msgs per week."),
        ("Reply HELP for help and STOP to cancel.", "Text HELP for help. Text STOP to opt out."),
    ])
    func equivalentSpellingsCount(phrase: String, replacement: String) {
        let text = Self.complete.replacingOccurrences(of: phrase, with: replacement)
        #expect(text != Self.complete)
        #expect(CaptureDisclosure.missingElements(in: text, brand: Self.brand, termsURL: Self.terms, privacyURL: Self.privacy) == [])
    }

    @Test(arguments: [
        ("By checking this box, you agree to receive texts.", CaptureConsentAct?.some(.checkbox)),
        ("By submitting this form, you agree to receive texts.", .submit),
        ("By clicking Sign up, you agree to receive texts.", .submit),
        ("You agree to receive texts.", nil),
    ])
    func theWordingSaysHowTheShopperAgrees(text: String, act: CaptureConsentAct?) {
        #expect(CaptureDisclosure.act(of: text) == act)
    }

    @Test func helpAndStopMustBeWordsNotParts() {
        let text = Self.complete.replacingOccurrences(of: "Reply HELP for help and STOP to cancel.", with: "Helpful nonstop texts.")
        #expect(
            CaptureDisclosure.missingElements(in: text, brand: Self.brand, termsURL: Self.terms, privacyURL: Self.privacy) == [.helpAndStop]
        )
    }
}
