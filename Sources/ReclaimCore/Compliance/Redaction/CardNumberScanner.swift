import Foundation

/// Finds Luhn-valid card numbers in digit chains of a normalized text (``CardTextNormalizer``):
/// "4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111.1111.1111", "4111/1111/1111/1111", a number
/// over several lines, mixed separators, or "visa4111111111111111" glued to letters. Only whole digit
/// groups are chosen.
enum CardNumberScanner {
    /// A run of digit groups joined by short separators, with each group's UTF-16 range.
    struct Chain {
        var groups: [NSRange]
        var digits: [String]
    }

    /// The digits of a card number are at most this long.
    static let maximumLength = 19
    /// Separators between digit groups: up to three of space, line break, tab, dash, dot, slash, underscore.
    private static let chainRegex = CardDataRedactor.compile(#"(?<![0-9+])[0-9]+(?:[\s\-./_]{1,3}[0-9]+)*(?![0-9])"#)

    /// Digit chains, except one right after `+` (an international phone number).
    static func chains(in text: String) -> [Chain] {
        let source = text as NSString
        return Self.chainRegex.matches(in: text, range: NSRange(location: 0, length: source.length)).map { match in
            self.chain(in: source, range: match.range)
        }
    }

    private static func chain(in source: NSString, range: NSRange) -> Chain {
        var groups: [NSRange] = []
        var start: Int?
        for offset in range.location..<NSMaxRange(range) {
            let isDigit = (48...57).contains(source.character(at: offset))
            if isDigit, start == nil { start = offset }
            if !isDigit, let begin = start {
                groups.append(NSRange(location: begin, length: offset - begin))
                start = nil
            }
        }
        if let begin = start { groups.append(NSRange(location: begin, length: NSMaxRange(range) - begin)) }
        return Chain(groups: groups, digits: groups.map { source.substring(with: $0) })
    }

    /// Group windows `[i...j]` of a chain that form card numbers, left to right. From each start the
    /// 16-digit reading wins (the common length: "4111 1111 1111 1111 12/27" keeps its expiry apart),
    /// else the longest.
    static func cardWindows(_ digits: [String]) -> [ClosedRange<Int>] {
        var windows: [ClosedRange<Int>] = []
        var start = 0
        while start < digits.count {
            var longest: Int?
            var sixteen: Int?
            var length = 0
            for end in start..<digits.count {
                length += digits[end].count
                if length > Self.maximumLength { break }
                guard self.isCardNumber(digits[start...end].joined()) else { continue }
                longest = end
                if length == 16 { sixteen = end }
            }
            if let end = sixteen ?? longest {
                windows.append(start...end)
                start = end + 1
            } else {
                start += 1
            }
        }
        return windows
    }

    /// Whether ASCII digits are a card number: 13–19 digits, not starting with 0, passing Luhn.
    static func isCardNumber(_ digits: String) -> Bool {
        (13...Self.maximumLength).contains(digits.count) && digits.first != "0" && Luhn.isValid(digits)
    }

    /// The UTF-16 ranges of every card number in a normalized text, from the first digit to the last.
    static func cardRanges(in text: String) -> [NSRange] {
        self.chains(in: text).flatMap { chain in
            self.cardWindows(chain.digits).map { window in
                let first = chain.groups[window.lowerBound]
                let last = chain.groups[window.upperBound]
                return NSRange(location: first.location, length: NSMaxRange(last) - first.location)
            }
        }
    }

    /// Replaces every card number in a normalized text.
    static func redactNumbers(in text: String) -> (text: String, count: Int) {
        let ranges = self.cardRanges(in: text)
        let output = NSMutableString(string: text)
        for range in ranges.reversed() {
            output.replaceCharacters(in: range, with: CardDataRedactor.cardPlaceholder)
        }
        return (output as String, ranges.count)
    }
}
