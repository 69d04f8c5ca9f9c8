import Foundation

/// Finds checkable claims in a text: money amounts, percentages, discount-code-like words and URLs.
enum ClaimScanner {
    /// Money amounts (`$75`, `$7.50`, `19.99 USD`, `20 dollars`) in minor units.
    static func amounts(in text: String) -> [(text: String, minor: Int)] {
        let pattern = #"(?:[$€£¥]\s?(\d[\d,]*(?:\.\d{1,2})?))|(?:\b(\d[\d,]*(?:\.\d{1,2})?)\s?(?:usd|eur|gbp|cad|dollars?|euros?|bucks)\b)"#
        return self.matches(pattern, in: text).compactMap { match in
            let number = (match.groups[0] ?? match.groups[1] ?? "").replacingOccurrences(of: ",", with: "")
            let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            guard let whole = Int(parts[0]) else { return nil }
            var cents = 0
            if parts.count > 1 { cents = Int(parts[1].count == 1 ? parts[1] + "0" : String(parts[1])) ?? 0 }
            // A long run of digits (a shopper's "$99999999999999999") is no amount to check: skip it
            // rather than overflow.
            let (scaled, overflow) = whole.multipliedReportingOverflow(by: 100)
            guard !overflow, case (let minor, false) = scaled.addingReportingOverflow(cents) else { return nil }
            return (match.text, minor)
        }
    }

    /// Percentages (`10%`, `10 percent`, `10 por ciento`).
    static func percents(in text: String) -> [(text: String, value: Int)] {
        self.matches(#"\b(\d{1,3})\s?(?:%|percent\b|por\s?ciento\b|pour\s?cent\b)"#, in: text).compactMap { match in
            match.groups[0].flatMap(Int.init).map { (match.text, $0) }
        }
    }

    /// Words that look like discount codes: upper-case letters with digits (`SUMMIT10`, `SAVE-20`).
    static func codes(in text: String) -> [String] {
        self.matches(#"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,}\b"#, in: text).map(\.text)
    }

    /// URLs and bare links (`https://…`, `www.…`, `example.com/r/1`).
    static func urls(in text: String) -> [String] {
        self.matches(
            #"(?i)\b(?:https?://|www\.)[^\s]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|shop|store|example)/[^\s]*"#,
            in: text
        ).map { $0.text.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)\"'")) }
    }

    /// Whether the text asks the shopper for card or payment details.
    static func asksForPaymentDetails(_ text: String) -> Bool {
        let pattern =
            #"(?i)(\b(?:don'?t|do not|never|not)\s+)?\b(send|text|give|share|provide|reply with|tell)\b[^.?!;]{0,30}\b(card|cvv|cvc|security code|expir|account number|bank)"#
        // "Never send card details by text" is the safety line itself, not a request.
        return self.matches(pattern, in: text).contains { $0.groups[0] == nil }
    }

    private static func matches(_ pattern: String, in text: String) -> [(text: String, groups: [String?])] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let source = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: source.length)).map { match in
            let groups = (1..<max(1, match.numberOfRanges)).map { index -> String? in
                let range = match.range(at: index)
                return range.location == NSNotFound ? nil : source.substring(with: range)
            }
            return (source.substring(with: match.range), groups)
        }
    }
}
