import Foundation

extension CardDataRedactor {
    /// Redacts consecutive texts of one sender together, so a card number split across them ("4111 1111"
    /// then "1111 1111", or over three texts) is found and every piece of it replaced, and an expiry or
    /// security code after the split number is redacted too.
    ///
    /// Card numbers are first found in each text on its own; then the texts are read as one, joined by
    /// line breaks, and a card number that runs across a boundary is replaced in every text it touches;
    /// last, each text gets the security-code and expiry rules.
    ///
    /// ```swift
    /// CardDataRedactor.redactConversation(["my card 4111 1111", "1111 1111 exp 12/27"]).map(\.text)
    /// // ["my card [card redacted]", "[card redacted] exp [expiry redacted]"]
    /// ```
    /// - Parameter texts: Bodies in the order received (earlier ones may already be redacted).
    /// - Returns: One result per text; a text with nothing to redact is returned unchanged.
    public static func redactConversation(_ texts: [String]) -> [RedactionResult] {
        guard texts.count > 1 else { return texts.map(self.redact) }
        let parts = texts.map { CardNumberScanner.redactNumbers(in: CardTextNormalizer.normalize($0)) }
        var bounds: [NSRange] = []
        var combined = ""
        for part in parts {
            if !bounds.isEmpty { combined += "\n" }
            bounds.append(NSRange(location: (combined as NSString).length, length: (part.text as NSString).length))
            combined += part.text
        }
        var pieces = Array(repeating: [NSRange](), count: parts.count)
        for card in CardNumberScanner.cardRanges(in: combined) {
            for (index, bound) in bounds.enumerated() {
                guard let overlap = card.intersection(bound), overlap.length > 0 else { continue }
                pieces[index].append(NSRange(location: overlap.location - bound.location, length: overlap.length))
            }
        }
        var results: [RedactionResult] = []
        for index in texts.indices {
            // After a text with card data, this one is about the card too; a bare 3–4 digit number at its
            // start answers a text that ended with a card number, an expiry or a security-code word.
            let context = results.contains { !$0.findings.isEmpty }
            let extra = index > 0 && Self.endsAskingForCode(results[index - 1].text) ? [Self.leadingCode] : []
            var text = texts[index]
            if parts[index].count > 0 || !pieces[index].isEmpty {
                let output = NSMutableString(string: parts[index].text)
                for piece in pieces[index].reversed() {
                    output.replaceCharacters(in: piece, with: Self.cardPlaceholder)
                }
                text = output as String
            }
            results.append(self.redact(text, extraRules: extra, cardContext: context))
        }
        return results
    }

    /// A security code at the very start of a text (a lone number, not the first group of a longer one).
    static let leadingCode = Rule(
        pattern: #"^[\s,;:\-]*([0-9]{3,4})(?![0-9/])(?![\s\-.]*[0-9])"#, group: 1, finding: .securityCode,
        placeholder: Self.securityCodePlaceholder, needsCardContext: false)

    /// Whether a text ends with a card or expiry placeholder or a security-code word.
    static func endsAskingForCode(_ text: String) -> Bool {
        let normalized = CardTextNormalizer.normalize(text)
        return Self.endAskingForCode.firstMatch(
            in: normalized, range: NSRange(location: 0, length: (normalized as NSString).length)) != nil
    }

    private static let endAskingForCode = Self.compile(
        #"(?i)(?:\[(?:card|expiry) redacted\]|"# + Self.securityWords + #")[^0-9\[]{0,12}$"#)
}
