import Foundation

/// Text surgery for SMS fallbacks: GSM-7 transliteration, tidying and product-name cuts.
enum MessageTransliteration {
    /// Letters with no GSM-7 form and no decomposition to one.
    private static let specials: [Character: String] = [
        "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i", "ƒ": "f",
    ]

    /// Replaces every character outside GSM-7 with its base letter (`û` → `u`, `ç` → `c`,
    /// `œ` → `oe`) and drops what has none (emoji), then tidies spaces.
    /// - Parameter text: a text already passed through `SMSSegmenter.normalizedForGSM`.
    /// - Returns: a GSM-7 text.
    static func gsm7(_ text: String) -> String {
        var result = ""
        for character in text.precomposedStringWithCanonicalMapping {
            if character.unicodeScalars.allSatisfy({ GSM7Alphabet.septets(for: $0) != nil }) {
                result.append(character)
            } else if let special = Self.specials[character] {
                result += special
            } else {
                let kept = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { GSM7Alphabet.septets(for: $0) != nil }
                // A dropped symbol takes the space before it along, so "Blend 🔥?" reads "Blend?".
                if kept.isEmpty && result.last == " " { result.removeLast() }
                result.unicodeScalars.append(contentsOf: kept)
            }
        }
        return Self.tidy(result)
    }

    /// Collapses runs of spaces, removes spaces before line breaks and trims the ends, so a
    /// missing optional value leaves no gap.
    static func tidy(_ text: String) -> String {
        var result = ""
        var previous: Character = "\n"
        for character in text {
            if character == " " && (previous == " " || previous == "\n") { continue }
            if character == "\n" && result.last == " " { result.removeLast() }
            result.append(character)
            previous = character
        }
        return result.templateTrimmed()
    }

    /// Cuts a name to at most `maxLength` characters ending in `...`, at a word boundary when one
    /// falls in the second half, without trailing punctuation before the dots.
    static func truncate(_ name: String, to maxLength: Int) -> String {
        guard name.count > maxLength else { return name }
        let keep = max(maxLength - 3, 1)
        var cut = String(name.prefix(keep))
        let endsAtWord = name.dropFirst(keep).first == " "
        if !endsAtWord, let space = cut.lastIndex(of: " "),
            cut.distance(from: cut.startIndex, to: space) >= cut.count / 2
        {
            cut = String(cut[..<space])
        }
        while let last = cut.last, last == " " || ",;:-(/&".contains(last) { cut.removeLast() }
        return cut + "..."
    }
}
