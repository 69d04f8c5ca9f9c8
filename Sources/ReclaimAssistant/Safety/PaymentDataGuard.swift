import Foundation
import ReclaimCore

/// Removes card data from a reply before anything else sees it: Core's ``CardDataRedactor`` (card
/// numbers, `cvv 123`, `security code 123`, expiry near a card), plus security codes written loosely
/// (`my cvv's 123`, `the code on the back is 123`, `cvv is: 1234`).
public enum PaymentDataGuard {
    /// Redacts one inbound text.
    /// - Parameter text: the raw inbound body.
    /// - Returns: the redacted text and what was found.
    public static func redact(_ text: String) -> RedactionResult {
        var result = CardDataRedactor.redact(text)
        for pattern in self.loosePatterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let source = result.text as NSString
            let matches = regex.matches(in: result.text, range: NSRange(location: 0, length: source.length))
            guard !matches.isEmpty else { continue }
            let output = NSMutableString(string: result.text)
            for match in matches.reversed() {
                output.replaceCharacters(in: match.range(at: 1), with: CardDataRedactor.securityCodePlaceholder)
                result.findings.append(.securityCode)
            }
            result.text = output as String
        }
        return result
    }

    private static let loosePatterns = [
        #"(?i)\b(?:cvv2?|cvc2?|csc|cid|security\s+code|code\s+on\s+the\s+back)(?:'s|\s+is|\s+number)?[^\d\n]{0,8}?(\d{3,4})(?!\d)"#,
    ]
}
