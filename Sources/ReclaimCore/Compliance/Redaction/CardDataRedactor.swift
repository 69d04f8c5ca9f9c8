import Foundation

/// Removes payment card data from inbound texts before they are stored, logged, indexed, shown or
/// given to an assistant (PCI DSS 4.2.2, PCI SSC FAQ 1157; compliance-rules.md §8).
///
/// - Card numbers: runs of 13–19 digits, optionally grouped by single spaces or dashes, that pass
///   the Luhn check and do not start with 0. Digits glued to letters (order ids like `A123…`),
///   numbers after `+` (international phone numbers) and groups longer than 19 digits are left alone.
/// - Security codes: `cvv 123`, `CVC: 4567`, `security code 123`, or a 3–4 digit number right after
///   a card number or expiry.
/// - Expiry dates: `exp 12/27`, `12/2027`, when the text is about a card.
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
    /// - Parameter text: the inbound body.
    /// - Returns: the redacted text and what was found.
    public static func redact(_ text: String) -> RedactionResult {
        var findings: [RedactionResult.Finding] = []
        var result = CardNumberScanner.redactNumbers(in: text)
        findings += Array(repeating: .cardNumber, count: result.count)
        let context = result.count > 0 || Self.mentionsCard(result.text)
        var working = result.text
        for (pattern, group, finding, placeholder, needsContext) in Self.patterns where context || !needsContext {
            let replaced = Self.replace(pattern, group: group, in: working, with: placeholder)
            working = replaced.text
            findings += Array(repeating: finding, count: replaced.count)
        }
        result.text = working
        return RedactionResult(text: result.text, findings: findings)
    }

    /// Whether a text holds a card number or security code.
    /// - Parameter text: the inbound body.
    public static func containsCardData(_ text: String) -> Bool { self.redact(text).containsCardData }

    /// Redacts consecutive texts of one conversation, including a card number split across two
    /// texts ("4111 1111" then "1111 1111"): both halves are replaced.
    /// - Parameter texts: inbound bodies in the order received.
    /// - Returns: one result per text.
    public static func redactConversation(_ texts: [String]) -> [RedactionResult] {
        var results = texts.map(self.redact)
        guard results.count > 1 else { return results }
        for index in 0..<(results.count - 1) {
            guard let split = CardNumberScanner.splitNumber(
                tailOf: results[index].text, headOf: results[index + 1].text) else { continue }
            results[index].text = split.first
            results[index].findings.append(.cardNumber)
            results[index + 1].text = split.second
            results[index + 1].findings.append(.cardNumber)
        }
        return results
    }

    // (pattern, capture group to replace, finding, placeholder, needs card context)
    private static let patterns: [(String, Int, RedactionResult.Finding, String, Bool)] = [
        (#"(?i)\b(cvv2?|cvc2?|cid|csc|cvn|security\s+code|sec\s+code|card\s+code|c[oó]digo\s+de\s+seguridad|"#
            + #"cryptogramme)\b\s*(?:is|:|=|#|-|no\.?|number)?\s*(\d{3,4})(?!\d)"#,
         2, .securityCode, Self.securityCodePlaceholder, false),
        (#"(?i)\b(exp(?:iry|iration|ires|ire)?\.?(?:\s+date)?|valid\s+(?:thru|through|until)|good\s+thru|vence|"#
            + #"vencimiento|expira)\s*[:.\-]?\s*((?:0?[1-9]|1[0-2])\s*[/\-]\s*(?:\d{4}|\d{2})|(?:0[1-9]|1[0-2])\d{2})"#
            + #"(?![\d/])"#,
         2, .expiry, Self.expiryPlaceholder, true),
        (#"(?<![\d/])((?:0?[1-9]|1[0-2])\s*/\s*(?:20\d{2}|\d{2}))(?![\d/])"#, 1, .expiry, Self.expiryPlaceholder, true),
        (#"\[(?:card|expiry) redacted\][\s,;/\-]*(?:and\s+|cvv\s*|cvc\s*)?(\d{3,4})(?![\d/])"#, 1, .securityCode,
         Self.securityCodePlaceholder, true),
    ]

    private static let cardWords = [
        "card", "visa", "mastercard", "master card", "amex", "american express", "discover", "credit", "debit",
        "tarjeta", "carte", "karte", "cvv", "cvc",
    ]

    private static func mentionsCard(_ text: String) -> Bool {
        let lower = text.lowercased()
        return self.cardWords.contains(where: lower.contains)
    }

    private static func replace(_ pattern: String, group: Int, in text: String, with placeholder: String)
        -> (text: String, count: Int) {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return (text, 0) }
        let source = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: source.length))
        let output = NSMutableString(string: text)
        for match in matches.reversed() {
            let range = match.range(at: group)
            guard range.location != NSNotFound else { continue }
            output.replaceCharacters(in: range, with: placeholder)
        }
        return (output as String, matches.count)
    }
}
