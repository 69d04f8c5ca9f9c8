import Foundation
import Testing

@testable import ReclaimCore

/// GSM-7 / UCS-2 detection and segment counting (compliance-rules.md §5; test cases 31–36).
@Suite struct SMSSegmenterTests {
    static func repeated(_ character: String, _ count: Int) -> String { String(repeating: character, count: count) }

    @Test(arguments: [
        ("", SMSEncoding.gsm7, 0, 0),
        ("Hello", .gsm7, 5, 1),
        (repeated("a", 160), .gsm7, 160, 1),
        (repeated("a", 161), .gsm7, 161, 2),
        (repeated("a", 306), .gsm7, 306, 2),
        (repeated("a", 307), .gsm7, 307, 3),
        (repeated("a", 159) + "€", .gsm7, 161, 2),
        (repeated("a", 158) + "€", .gsm7, 160, 1),
        (repeated("a", 159) + "{", .gsm7, 161, 2),
        (repeated("a", 159) + "}", .gsm7, 161, 2),
        (repeated("a", 159) + "[", .gsm7, 161, 2),
        (repeated("a", 159) + "]", .gsm7, 161, 2),
        (repeated("a", 159) + "~", .gsm7, 161, 2),
        (repeated("a", 159) + "^", .gsm7, 161, 2),
        (repeated("a", 159) + "|", .gsm7, 161, 2),
        (repeated("a", 159) + "\\", .gsm7, 161, 2),
        (repeated("€", 80), .gsm7, 160, 1),
        (repeated("€", 81), .gsm7, 162, 2),
        (repeated("a", 70) + "😜", .ucs2, 72, 2),
        (repeated("a", 100) + "😜", .ucs2, 102, 2),
        (repeated("é", 70), .gsm7, 70, 1),
        (repeated("á", 70), .ucs2, 70, 1),
        (repeated("á", 71), .ucs2, 71, 2),
        (repeated("á", 134), .ucs2, 134, 2),
        (repeated("á", 135), .ucs2, 135, 3),
        ("😜" + repeated("1", 133), .ucs2, 135, 3),
        ("café", .gsm7, 4, 1),
        ("cafe\u{301}", .gsm7, 4, 1),
        ("Olá", .ucs2, 3, 1),
        ("It’s here", .ucs2, 9, 1),
        ("It's here", .gsm7, 9, 1),
        ("line\r\nbreak", .gsm7, 11, 1),
        ("ç", .ucs2, 1, 1),
        ("Ç", .gsm7, 1, 1),
        ("ΔΦΓΛΩΠΨΣΘΞ", .gsm7, 10, 1),
        ("`", .ucs2, 1, 1),
    ])
    func encodingUnitsAndSegments(text: String, encoding: SMSEncoding, units: Int, segments: Int) {
        let result = SMSSegmenter.segment(text)
        #expect(result.encoding == encoding)
        #expect(result.units == units)
        #expect(result.segments == segments)
    }

    /// Case 31: 161 GSM characters split 153 + 8.
    @Test func case31PartsAre153Plus8() {
        #expect(SMSSegmenter.segment(Self.repeated("a", 161)).parts.map(\.count) == [153, 8])
    }

    /// Case 32: 100 characters and an emoji → UCS-2, 67 + 35 units.
    @Test func case32EmojiForcesUCS2With67Plus35() {
        let result = SMSSegmenter.segment(Self.repeated("a", 100) + "😜")
        #expect(result.parts.map(\.utf16.count) == [67, 35])
        #expect(result.nonGSMCharacters == ["😜"])
    }

    /// Case 36: a split never breaks a surrogate pair: the emoji at units 67–68 moves to part two.
    @Test func case36SurrogatePairIsNeverSplit() {
        let result = SMSSegmenter.segment(Self.repeated("a", 66) + "😜" + Self.repeated("b", 10))
        #expect(result.parts.map(\.utf16.count) == [66, 12])
        #expect(result.parts[1].hasPrefix("😜"))
    }

    /// Case 36: nor an escape sequence: a `€` that would straddle septets 153/154 moves whole.
    @Test func case36EscapeSequenceIsNeverSplit() {
        let result = SMSSegmenter.segment(Self.repeated("a", 152) + "€" + Self.repeated("b", 10))
        #expect(result.parts[0].count == 152)
        #expect(result.parts[1].hasPrefix("€"))
        #expect(result.segments == 2)
    }

    /// Case 34: curly apostrophes force UCS-2 unless normalised.
    @Test(arguments: ["It’s here", "“Quoted”", "Wait…", "en–dash", "non\u{00A0}breaking", "back`tick"])
    func case34NormalisationReturnsToGSM7(text: String) {
        #expect(SMSSegmenter.encoding(of: text) == .ucs2)
        #expect(SMSSegmenter.encoding(of: SMSSegmenter.normalizedForGSM(text)) == .gsm7)
    }
}
