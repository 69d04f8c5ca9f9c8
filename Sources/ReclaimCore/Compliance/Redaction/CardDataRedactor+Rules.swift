import Foundation

/// The security-code and expiry rules of ``CardDataRedactor``, run after card numbers are replaced, on
/// the normalized text.
extension CardDataRedactor {
    /// One replacement: the pattern (compiled once), the capture group replaced, and what it finds.
    struct Rule: Sendable {
        var regex: NSRegularExpression
        var group: Int
        var finding: RedactionResult.Finding
        var placeholder: String
        /// Applied only when a card number was found or the text speaks of a card.
        var needsCardContext: Bool

        init(
            pattern: String, group: Int, finding: RedactionResult.Finding, placeholder: String, needsCardContext: Bool
        ) {
            self.regex = CardDataRedactor.compile(pattern)
            self.group = group
            self.finding = finding
            self.placeholder = placeholder
            self.needsCardContext = needsCardContext
        }
    }

    /// Compiles one of the redactor's constant patterns; every one is exercised by the table tests, so a
    /// typo fails them at once instead of silently redacting nothing.
    static func compile(_ pattern: String) -> NSRegularExpression {
        // swiftlint:disable:next force_try
        try! NSRegularExpression(pattern: pattern)
    }

    /// Words for a card security code, in English, Spanish and French; a PIN counts too. Not the `cvv` of
    /// a `[cvv redacted]` placeholder.
    static let securityWords =
        #"(?<!\[)(?:cvv2?|cvc2?|cvn2?|cav2?|(?<!\p{L})(?:cid|csc|pin)|(?:card\s+)?security\s+(?:code|number)|sec\.?\s+code|"#
        + #"card\s+(?:verification\s+)?code|verification\s+(?:code|number|value)|code\s+on\s+(?:the\s+)?back|"#
        + #"c[oó]d(?:igo|\.)?\s+de\s+seguridad|c[oó]digo\s+(?:cvv|cvc)|cryptogramme(?:\s+visuel)?|"#
        + #"code\s+(?:de\s+s[ée]curit[ée]|secret|confidentiel)|num[ée]ro\s+de\s+s[ée]curit[ée])(?!\p{L})"#

    private static let month = #"(?:0?[1-9]|1[0-2])"#
    private static let year = #"(?:20[0-9]{2}|[0-9]{2})"#

    /// In order: security codes by their words (always), then expiry dates and trailing codes in card context.
    static let rules: [Rule] = [
        // "cvv 123", "my cvv's 123", "CVC: 4567", "security code\n1234", "código de seguridad 123"
        Rule(
            pattern: #"(?i)"# + Self.securityWords + #"[^0-9#\[]{0,12}?(?<![0-9])([0-9]{3,4})(?![0-9])"#,
            group: 1, finding: .securityCode, placeholder: Self.securityCodePlaceholder, needsCardContext: false),
        // "123 is my cvv", "123 (cvv)", "1234 = security code"
        Rule(
            pattern: #"(?i)(?<![0-9#])([0-9]{3,4})(?![0-9])\s*(?:is\s+|es\s+|est\s+)?(?:(?:my|the|mi|el|mon|le)\s+)?"#
                + #"[(:=\-]?\s*"# + Self.securityWords,
            group: 1, finding: .securityCode, placeholder: Self.securityCodePlaceholder, needsCardContext: false),
        // "exp 12/27", "expires 0927", "valid thru 11/28", "vence 12-27", "expire le 12.27"
        Rule(
            pattern: #"(?i)\b(exp(?:iry|iration|ires|ire|ira)?\.?(?:\s+date)?|valid\s+(?:thru|through|until)|"#
                + #"good\s+thru|vence|vencimiento|expira|caduca|valable\s+jusqu'au)\s*[:.\-]?\s*("# + Self.month
                + #"\s*[/\-.]\s*"# + Self.year + #"|(?:0[1-9]|1[0-2])[0-9]{2})(?![0-9/])"#,
            group: 2, finding: .expiry, placeholder: Self.expiryPlaceholder, needsCardContext: true),
        // "[card redacted] 12-27", "[card redacted], 12.2027"
        Rule(
            pattern: #"\[card redacted\][\s,;:\-]*("# + Self.month + #"\s*[/\-.]\s*"# + Self.year + #")(?![0-9/])"#,
            group: 1, finding: .expiry, placeholder: Self.expiryPlaceholder, needsCardContext: true),
        // "12/27", "12/2027" anywhere in a text about a card
        Rule(
            pattern: #"(?<![0-9/])("# + Self.month + #"\s*/\s*"# + Self.year + #")(?![0-9/])"#,
            group: 1, finding: .expiry, placeholder: Self.expiryPlaceholder, needsCardContext: true),
        // "[card redacted] [expiry redacted] 123", "[card redacted] and 4567"
        Rule(
            pattern: #"(?i)\[(?:card|expiry) redacted\][\s,;/\-]*(?:and\s+|y\s+|et\s+)?([0-9]{3,4})(?![0-9/])"#,
            group: 1, finding: .securityCode, placeholder: Self.securityCodePlaceholder, needsCardContext: true),
    ]

    private static let cardWords = [
        "card", "visa", "mastercard", "master card", "amex", "american express", "discover", "credit", "debit",
        "tarjeta", "carte", "karte", "cartão", "cvv", "cvc",
    ]

    /// Whether a text speaks of a card, so dates and loose numbers in it are read as card data.
    static func mentionsCard(_ text: String) -> Bool {
        let lower = text.lowercased()
        return self.cardWords.contains(where: lower.contains)
    }

    /// Applies one rule.
    static func replace(_ rule: Rule, in text: String) -> (text: String, count: Int) {
        let matches = rule.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        let output = NSMutableString(string: text)
        var count = 0
        for match in matches.reversed() {
            let range = match.range(at: rule.group)
            guard range.location != NSNotFound else { continue }
            output.replaceCharacters(in: range, with: rule.placeholder)
            count += 1
        }
        return (output as String, count)
    }
}
