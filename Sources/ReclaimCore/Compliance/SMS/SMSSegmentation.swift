/// How an SMS body is encoded on the air.
public enum SMSEncoding: String, Codable, Sendable, Hashable {
    /// GSM 03.38 default alphabet, 7 bits a character: 160 single, 153 per part.
    case gsm7 = "GSM-7"
    /// UCS-2 (UTF-16 units), 16 bits each: 70 single, 67 per part.
    case ucs2 = "UCS-2"

    /// Units that fit one unsegmented message.
    public var singleLimit: Int { self == .gsm7 ? 160 : 70 }
    /// Units that fit each part of a concatenated message (6-byte header taken out).
    public var partLimit: Int { self == .gsm7 ? 153 : 67 }
}

/// The result of segmenting a body: encoding, size and the parts as they would be sent.
public struct SMSSegmentation: Codable, Sendable, Hashable {
    /// Encoding the body needs.
    public var encoding: SMSEncoding
    /// Size in septets (GSM-7) or UTF-16 code units (UCS-2).
    public var units: Int
    /// The parts, split between characters (never inside a surrogate pair, an escape sequence or a
    /// grapheme cluster).
    public var parts: [String]
    /// Characters outside GSM-7 that forced UCS-2, in order of appearance, without repeats.
    public var nonGSMCharacters: [String]

    /// Number of segments billed and counted against throughput (0 for an empty body).
    public var segments: Int { self.parts.count }

    /// Creates a result.
    public init(encoding: SMSEncoding, units: Int, parts: [String], nonGSMCharacters: [String]) {
        self.encoding = encoding
        self.units = units
        self.parts = parts
        self.nonGSMCharacters = nonGSMCharacters
    }
}
