import Foundation

/// Counts SMS encoding units and segments the way carriers and Twilio's calculator do
/// (compliance-rules.md §5).
///
/// ```swift
/// SMSSegmenter.segment(String(repeating: "a", count: 161)).segments   // 2 (153 + 8)
/// SMSSegmenter.segment("Hi 😜").encoding                             // .ucs2
/// ```
public enum SMSSegmenter {
    /// Encodes and splits a body. The text is first put in Unicode NFC so a decomposed `é` counts
    /// as the GSM-7 `é`.
    /// - Parameter text: the message body.
    /// - Returns: encoding, units, parts and the characters that forced UCS-2.
    public static func segment(_ text: String) -> SMSSegmentation {
        if let single = Self.singleASCIISegment(text) { return single }
        let body = text.precomposedStringWithCanonicalMapping
        var nonGSM: [String] = []
        for character in body where character.unicodeScalars.contains(where: { GSM7Alphabet.septets(for: $0) == nil }) {
            if !nonGSM.contains(String(character)) { nonGSM.append(String(character)) }
        }
        let encoding: SMSEncoding = nonGSM.isEmpty ? .gsm7 : .ucs2
        let cost: (Character) -> Int = { character in
            encoding == .gsm7
                ? character.unicodeScalars.reduce(0) { $0 + (GSM7Alphabet.septets(for: $1) ?? 1) }
                : character.utf16.count
        }
        let units = body.reduce(0) { $0 + cost($1) }
        let parts =
            units <= encoding.singleLimit
            ? (body.isEmpty ? [] : [body]) : Self.split(body, limit: encoding.partLimit, cost: cost)
        return SMSSegmentation(encoding: encoding, units: units, parts: parts, nonGSMCharacters: nonGSM)
    }

    /// Septets of each ASCII character in GSM-7; 0 for those outside the alphabet.
    private static let asciiSeptets: [UInt8] = (0..<128).map { UInt8(GSM7Alphabet.septets(for: Unicode.Scalar(UInt8($0))) ?? 0) }

    /// The common case without Unicode work: an ASCII body, all of it in the GSM-7 alphabet, that fits
    /// one segment (an ASCII text is already precomposed and each of its scalars costs its septets).
    /// `nil` when the text needs the full count.
    private static func singleASCIISegment(_ text: String) -> SMSSegmentation? {
        var units = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let septets = Self.asciiSeptets[Int(byte)]
            guard septets > 0 else { return nil }
            units += Int(septets)
        }
        guard units <= SMSEncoding.gsm7.singleLimit else { return nil }
        return SMSSegmentation(encoding: .gsm7, units: units, parts: text.isEmpty ? [] : [text], nonGSMCharacters: [])
    }

    /// The encoding a body needs.
    /// - Parameter text: the message body.
    public static func encoding(of text: String) -> SMSEncoding { self.segment(text).encoding }

    /// The number of segments a body costs.
    /// - Parameter text: the message body.
    public static func segmentCount(_ text: String) -> Int { self.segment(text).segments }

    /// Replaces look-alike characters with GSM-7 ones (curly quotes, dashes, ellipsis, non-breaking
    /// and other odd spaces, backtick, bullet), like Twilio's Smart Encoding, so a body that only
    /// used them goes back to GSM-7. Run it before counting if the store enables normalisation.
    /// - Parameter text: the message body.
    /// - Returns: the normalised body.
    public static func normalizedForGSM(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let replacement = Self.smartReplacements[scalar] {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let smartReplacements: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'", "`": "'",
        "\u{00B4}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00AB}": "\"", "\u{00BB}": "\"", "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-",
        "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-", "\u{2026}": "...", "\u{00A0}": " ", "\u{2002}": " ",
        "\u{2003}": " ", "\u{2009}": " ", "\u{200A}": " ", "\u{202F}": " ", "\u{200B}": "", "\u{FEFF}": "",
        "\u{2022}": "-", "\u{00B7}": "-",
    ]

    /// Greedy split between grapheme clusters; a cluster larger than a whole part (never seen in
    /// practice) is split between its scalars.
    private static func split(_ body: String, limit: Int, cost: (Character) -> Int) -> [String] {
        var parts: [String] = []
        var current = ""
        var used = 0
        for character in body {
            let size = cost(character)
            if used + size > limit, !current.isEmpty {
                parts.append(current)
                current = ""
                used = 0
            }
            if size > limit {
                for scalar in character.unicodeScalars {
                    let scalarSize = cost(Character(scalar))
                    if used + scalarSize > limit {
                        parts.append(current)
                        current = ""
                        used = 0
                    }
                    current.unicodeScalars.append(scalar)
                    used += scalarSize
                }
                continue
            }
            current.append(character)
            used += size
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
