import Foundation

/// One element every SMS capture point must show (onsite-capture.md §1), checked in the wording a store
/// configures for its on-site capture form.
///
/// Element 10 ("clear and conspicuous") is not a property of the words: the capture script renders the
/// whole wording at body size next to the button, never behind a link.
public enum CaptureDisclosureElement: String, Sendable, Hashable, CaseIterable {
    /// 1. The brand or program name.
    case brand
    /// 2. That the texts are recurring automated marketing messages, with an example.
    case recurringAutomatedMarketing = "recurring_automated_marketing"
    /// 3. The number the shopper provides.
    case number
    /// 4. Consent is not a condition of purchase.
    case notACondition = "not_a_condition_of_purchase"
    /// 5. Message frequency (varies, or a stated frequency).
    case frequency
    /// 6. "Msg & data rates may apply".
    case rates
    /// 7. Reply HELP for help and STOP to cancel.
    case helpAndStop = "help_and_stop"
    /// 8a. A Terms link (`terms_url`) named in the wording.
    case terms
    /// 8b. A Privacy Policy link (`privacy_url`) named in the wording.
    case privacy
    /// 9. The affirmative act: "By submitting this form…" or "By checking this box…".
    case affirmativeAct = "affirmative_act"

    /// What is missing, in words a merchant can act on.
    public var requirement: String {
        switch self {
        case .brand: "the brand name (the store's `name`)"
        case .recurringAutomatedMarketing:
            "that texts are recurring automated marketing messages, with an example (\"e.g. cart reminders\")"
        case .number: "the number the shopper provides (\"at the number provided\")"
        case .notACondition: "\"Consent is not a condition of purchase\""
        case .frequency: "the message frequency (\"Msg frequency varies\")"
        case .rates: "\"Msg & data rates may apply\""
        case .helpAndStop: "\"Reply HELP for help, STOP to cancel\""
        case .terms: "the Terms, named in the wording and linked with `terms_url`"
        case .privacy: "the Privacy Policy, named in the wording and linked with `privacy_url`"
        case .affirmativeAct: "the affirmative act (\"By submitting this form…\" or \"By checking this box…\")"
        }
    }
}

/// How the shopper agrees on the phone step: a checkbox unchecked on load, or the submit button itself.
public enum CaptureConsentAct: String, Sendable, Hashable {
    /// "By checking this box…": the form shows an unchecked checkbox that must be ticked.
    case checkbox
    /// "By submitting this form…": pressing the button is the signature.
    case submit
}

/// Checks a capture disclosure for every required element (pure; table-driven tests in ReclaimCoreTests).
///
/// ```swift
/// let missing = CaptureDisclosure.missingElements(
///     in: wording, brand: "Northwind Coffee", termsURL: "https://…/terms", privacyURL: "https://…/privacy")
/// // [] when the wording is complete; [.rates] when "Msg & data rates may apply" is absent
/// ```
public enum CaptureDisclosure {
    /// The required elements the wording lacks, in the order of onsite-capture.md §1.
    /// - Parameters:
    ///   - text: The configured wording, exactly as shown.
    ///   - brand: The store's brand name.
    ///   - termsURL: The Terms link, when configured.
    ///   - privacyURL: The Privacy Policy link, when configured.
    /// - Returns: Missing elements; empty when the wording is complete.
    public static func missingElements(
        in text: String, brand: String, termsURL: String?, privacyURL: String?
    ) -> [CaptureDisclosureElement] {
        let words = self.normalized(text)
        func has(_ phrases: String...) -> Bool { phrases.contains { words.contains($0) } }
        var missing: [CaptureDisclosureElement] = []
        let brandWords = self.normalized(brand)
        if brandWords.isEmpty || !words.contains(brandWords) { missing.append(.brand) }
        let recurring = has("recurring") && has("automated") && has("marketing", "promotional")
        if !recurring || !has("e.g.", "eg ", "such as", "for example", "cart reminder") {
            missing.append(.recurringAutomatedMarketing)
        }
        if !has("number") { missing.append(.number) }
        if !has("not a condition of purchase", "not a condition of any purchase", "not required to make a purchase") {
            missing.append(.notACondition)
        }
        if !has("frequency", "per week", "per month", "per day", "/week", "/month", "/mo", "/wk") {
            missing.append(.frequency)
        }
        if !has("msg and data rates may apply", "message and data rates may apply", "msg and data rates apply") {
            missing.append(.rates)
        }
        if !(self.hasWord("help", in: words) && self.hasWord("stop", in: words)) { missing.append(.helpAndStop) }
        if !has("terms") || !self.isWebLink(termsURL) { missing.append(.terms) }
        if !has("privacy") || !self.isWebLink(privacyURL) { missing.append(.privacy) }
        if self.act(of: text) == nil { missing.append(.affirmativeAct) }
        return missing
    }

    /// The affirmative act the wording describes, or `nil` when it names none.
    public static func act(of text: String) -> CaptureConsentAct? {
        let words = self.normalized(text)
        if ["by checking", "check this box", "checking the box", "by ticking", "tick this box"].contains(where: words.contains) {
            return .checkbox
        }
        if ["by submitting", "by clicking", "by tapping", "by entering", "by signing up", "by pressing"].contains(where: words.contains) {
            return .submit
        }
        return nil
    }

    /// Lower case, `&` as "and", runs of whitespace as one space.
    static func normalized(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "&", with: " and ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func hasWord(_ word: String, in text: String) -> Bool {
        text.split { !$0.isLetter }.contains { $0 == word }
    }

    static func isWebLink(_ url: String?) -> Bool {
        guard let url, let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else { return false }
        return ["https", "http"].contains(scheme) && parsed.host?.isEmpty == false
    }
}
