import Foundation

/// Finds Luhn-valid card numbers in digit chains ("4111 1111 1111 1111", "4111-1111-1111-1111",
/// "4111111111111111"), choosing whole digit groups only.
enum CardNumberScanner {
    /// A run of digit groups joined by single separators, with each group's UTF-16 range.
    struct Chain {
        var groups: [NSRange]
        var digits: [String]
    }

    /// Digit chains not glued to letters and not following `+`.
    static func chains(in text: String) -> [Chain] {
        let pattern = #"(?<![\p{L}\d+])\d+(?:(?:[ \-\u00A0]{1,2})\d+)*(?![\p{L}\d])"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let source = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: source.length)).map { match in
            self.chain(in: source, range: match.range)
        }
    }

    private static func chain(in source: NSString, range: NSRange) -> Chain {
        var groups: [NSRange] = []
        var start: Int?
        for offset in range.location..<(range.location + range.length) {
            let isDigit = (48...57).contains(source.character(at: offset))
            if isDigit, start == nil { start = offset }
            if !isDigit, let begin = start {
                groups.append(NSRange(location: begin, length: offset - begin))
                start = nil
            }
        }
        if let begin = start { groups.append(NSRange(location: begin, length: range.location + range.length - begin)) }
        return Chain(groups: groups, digits: groups.map { source.substring(with: $0) })
    }

    /// Group windows `[i...j]` of a chain that form card numbers, left to right, longest first.
    static func cardWindows(_ digits: [String]) -> [ClosedRange<Int>] {
        var windows: [ClosedRange<Int>] = []
        var start = 0
        while start < digits.count {
            var found: Int?
            var joined = ""
            for end in start..<digits.count {
                joined += digits[end]
                if joined.count > 19 { break }
                if self.isCardNumber(joined) { found = end }
            }
            if let end = found {
                windows.append(start...end)
                start = end + 1
            } else {
                start += 1
            }
        }
        return windows
    }

    static func isCardNumber(_ digits: String) -> Bool {
        (13...19).contains(digits.count) && digits.first != "0" && Luhn.isValid(digits)
    }

    /// Replaces every card number in a text.
    static func redactNumbers(in text: String) -> (text: String, count: Int) {
        let output = NSMutableString(string: text)
        var count = 0
        for chain in self.chains(in: text).reversed() {
            for window in self.cardWindows(chain.digits).reversed() {
                let first = chain.groups[window.lowerBound], last = chain.groups[window.upperBound]
                output.replaceCharacters(
                    in: NSRange(location: first.location, length: last.location + last.length - first.location),
                    with: CardDataRedactor.cardPlaceholder)
                count += 1
            }
        }
        return (output as String, count)
    }

    /// A card number that starts at the end of `first` and finishes at the start of `second`.
    static func splitNumber(tailOf first: String, headOf second: String) -> (first: String, second: String)? {
        guard let tail = self.chains(in: first).last, let head = self.chains(in: second).first,
              self.onlySpaceOrPunctuation(first, after: tail.groups.last!),
              self.onlySpaceOrPunctuation(second, before: head.groups.first!) else { return nil }
        for tailStart in tail.groups.indices {
            let tailDigits = tail.digits[tailStart...].joined()
            for headEnd in head.groups.indices {
                let number = tailDigits + head.digits[...headEnd].joined()
                guard number.count <= 19 else { break }
                guard self.isCardNumber(number) else { continue }
                let a = NSMutableString(string: first), b = NSMutableString(string: second)
                let tailRange = NSRange(location: tail.groups[tailStart].location,
                                        length: NSMaxRange(tail.groups.last!) - tail.groups[tailStart].location)
                let headRange = NSRange(location: head.groups.first!.location,
                                        length: NSMaxRange(head.groups[headEnd]) - head.groups.first!.location)
                a.replaceCharacters(in: tailRange, with: CardDataRedactor.cardPlaceholder)
                b.replaceCharacters(in: headRange, with: CardDataRedactor.cardPlaceholder)
                return (a as String, b as String)
            }
        }
        return nil
    }

    private static func onlySpaceOrPunctuation(_ text: String, after range: NSRange) -> Bool {
        let rest = (text as NSString).substring(from: NSMaxRange(range))
        return rest.allSatisfy { $0.isWhitespace || $0.isPunctuation }
    }

    private static func onlySpaceOrPunctuation(_ text: String, before range: NSRange) -> Bool {
        let lead = (text as NSString).substring(to: range.location)
        return lead.allSatisfy { $0.isWhitespace || $0.isPunctuation }
    }
}
