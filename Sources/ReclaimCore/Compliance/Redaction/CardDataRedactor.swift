import Foundation

/// The one redactor of payment card data (PCI DSS 4.2.2, PCI SSC FAQ 1157; compliance-rules.md §8): every
/// inbound text goes through it before it is stored, logged, indexed, shown or given to an assistant or
/// a language model. The assistant's `PaymentDataGuard` is this redactor.
///
/// - Card numbers: Luhn-valid runs of 13–19 digits not starting with 0, written whole or in groups
///   with any short separators (space, line break, dash, dot, slash, mixed), glued to letters
///   (`visa4111111111111111`), in any script's digits (full-width `４１１１…`, Arabic-Indic `٤١١١…`).
///   A number right after `+` (an international phone number) and runs longer than 19 digits stay.
/// - Security codes: a 3–4 digit number near a security-code word (`cvv 123`, `my cvv's 123`,
///   `CVC: 4567`, `security code 1234`, `123 is my cvv`, `código de seguridad 123`,
///   `cryptogramme 123`), or right after a card number or expiry.
/// - Expiry dates: `exp 12/27`, `12/2027`, `12-27` next to a card number, when the text is about a card.
///
/// A text with nothing to redact comes back exactly as it was; one with card data comes back in its
/// normalized form (``CardTextNormalizer``) with placeholders. Redacting again changes nothing and
/// reports the placeholders already there, so a stored body still reads as card data.
///
/// ```swift
/// CardDataRedactor.redact("my card is 4111 1111 1111 1111 exp 12/27 cvv 123").text
/// // "my card is [card redacted] exp [expiry redacted] cvv [cvv redacted]"
/// ```
public enum CardDataRedactor {
    /// Placeholder for a card number.
    public static let cardPlaceholder = "[card redacted]"
    /// Placeholder for a security code.
    public static let securityCodePlaceholder = "[cvv redacted]"
    /// Placeholder for an expiry date.
    public static let expiryPlaceholder = "[expiry redacted]"

    /// Redacts one text.
    /// - Parameter text: The inbound body.
    /// - Returns: The redacted text and what was found.
    public static func redact(_ text: String) -> RedactionResult {
        self.redact(text, extraRules: [], cardContext: false)
    }

    /// Redacts one text, with rules and card context a conversation adds.
    /// - Parameters:
    ///   - text: The inbound body.
    ///   - extraRules: Rules run before the usual ones.
    ///   - cardContext: Whether the text is about a card whatever it says (an earlier text held card data).
    static func redact(_ text: String, extraRules: [Rule], cardContext: Bool) -> RedactionResult {
        let normalized = CardTextNormalizer.normalize(text)
        var findings = Self.placeholders(in: normalized)
        let numbers = CardNumberScanner.redactNumbers(in: normalized)
        findings += Array(repeating: .cardNumber, count: numbers.count)
        let context = cardContext || numbers.count > 0 || Self.mentionsCard(numbers.text)
        var working = numbers.text
        var replaced = numbers.count
        for rule in extraRules + Self.rules where context || !rule.needsCardContext {
            let pass = Self.replace(rule, in: working)
            working = pass.text
            replaced += pass.count
            findings += Array(repeating: rule.finding, count: pass.count)
        }
        return RedactionResult(text: replaced > 0 ? working : text, findings: findings)
    }

    /// Whether a text holds a card number or security code (or the placeholder of one).
    /// - Parameter text: The inbound body.
    public static func containsCardData(_ text: String) -> Bool { self.redact(text).containsCardData }

    /// Placeholders an earlier redaction left, as findings of their kind.
    private static func placeholders(in text: String) -> [RedactionResult.Finding] {
        guard text.contains("redacted]") else { return [] }
        let kinds: [(String, RedactionResult.Finding)] = [
            (Self.cardPlaceholder, .cardNumber), (Self.securityCodePlaceholder, .securityCode),
            (Self.expiryPlaceholder, .expiry),
        ]
        return kinds.flatMap { placeholder, finding in
            Array(repeating: finding, count: text.components(separatedBy: placeholder).count - 1)
        }
    }
}
