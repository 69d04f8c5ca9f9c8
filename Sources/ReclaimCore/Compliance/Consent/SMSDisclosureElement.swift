import Foundation

/// The elements every SMS consent wording must show (onsite-capture.md §1, compliance-rules.md §1.2,
/// CTIA §5.1.1, 47 CFR 64.1200(f)(9)), checked in the wording a store configures.
///
/// ```swift
/// SMSDisclosureElement.missing(in: wording, brand: "Northwind Coffee")  // [] when complete
/// ```
public enum SMSDisclosureElement: String, Sendable, Hashable, CaseIterable {
    /// The brand the texts come from (the store's name).
    case brand
    /// That the texts are recurring automated marketing messages.
    case recurringAutomatedMarketing = "recurring automated marketing texts"
    /// "Consent is not a condition of purchase".
    case notConditionOfPurchase = "not a condition of purchase"
    /// "Msg & data rates may apply".
    case messageAndDataRates = "Msg & data rates may apply"
    /// How often texts come ("Msg frequency varies", "up to 4 msgs/month").
    case frequency
    /// Reply STOP to cancel and HELP for help.
    case stopHelp = "STOP and HELP"

    /// The elements `text` lacks, in declaration order; empty when every element is there.
    ///
    /// Matching ignores case, accents and punctuation: "Msg and data rates may apply", "message & data
    /// rates may apply" and "Msg&data rates may apply" all count.
    /// - Parameters:
    ///   - text: the wording as configured.
    ///   - brand: the store's name, which the wording must contain.
    public static func missing(in text: String, brand: String) -> [SMSDisclosureElement] {
        let words = Self.normalized(text)
        return Self.allCases.filter { !$0.isPresent(in: words, brand: Self.normalized(brand)) }
    }

    private func isPresent(in words: String, brand: String) -> Bool {
        func has(_ phrase: String) -> Bool { " \(words) ".contains(" \(phrase) ") }
        switch self {
        case .brand:
            return !brand.isEmpty && has(brand)
        case .recurringAutomatedMarketing:
            return has("recurring") && has("automated") && (has("marketing") || has("promotional"))
        case .notConditionOfPurchase:
            return has("not a condition of purchase") || has("not a condition of any purchase")
        case .messageAndDataRates:
            return ["msg and data rates may apply", "message and data rates may apply", "msg data rates may apply"]
                .contains(where: has)
        case .frequency:
            return has("frequency") || has("freq") || has("msgs month") || has("msgs week") || has("messages per")
                || has("msgs per")
        case .stopHelp:
            return has("stop") && has("help")
        }
    }

    /// Lower case, no accents, `&` as `and`, every other non-alphanumeric a space, single spaces.
    static func normalized(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: "&", with: " and ")
        let spaced = String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " })
        return spaced.split(separator: " ").joined(separator: " ")
    }
}
