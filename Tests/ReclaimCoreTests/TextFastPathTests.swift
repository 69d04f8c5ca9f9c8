import Foundation
import Testing

@testable import ReclaimCore

/// The ASCII fast paths of the message checks (text folding, SMS segmenting, the exclusive-means opt-out
/// check, brand mentions) must give exactly what the general, Foundation-based algorithms give, at the
/// boundaries where a byte-wise shortcut is most likely to disagree.
@Suite struct TextFastPathTests {
    // MARK: - Text folding

    /// What the checks compared before the fast path: Foundation's folding.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Foundation's folding, then the runs of letter and number Characters.
    static func foundationWords(_ text: String) -> [String] {
        self.foundationFold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Every ASCII scalar but NUL, in order.
    static let allASCII = String(String.UnicodeScalarView((1...0x7F).map { Unicode.Scalar(UInt8($0)) }))

    static let foldingInputs: [String] = [
        "",
        "Reply STOP to opt out.",
        "HELLO World 123",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789",
        "@[`{",  // the neighbours of A–Z and a–z
        "Line one\r\nLine two\nthree\rfour\r\n",
        "\r\n\r\n",
        "a-b_c.d,e!f?g'h\"i(j)k[l]m{n}o|p~q^r\\s/t",
        "Tab\tseparated\u{0B}vertical\u{0C}feed",
        "order #100234: $12.99 (2x) 50%OFF",
        "   ",
        allASCII,
        "Réponds STOP pour vous désabonner",
        "ÉCOLE Ñandú Øre Straße ÅNGSTRÖM",
        "cafe\u{301} CAFÉ Café",
        "Hi 😜 STOP",
        "👍🏽ok👍🏽",
        "Text STOP to 12345 — ok… “quoted”",
        "Ⅻ ² ½ ٣ 4",
        "ﬁnal ﬂow",
        "İstanbul ıi",
        "日本語 テキスト STOP",
        "x\u{301}\u{302}y",
        "\u{00A0}nbsp\u{2009}thin",
        "ÀÉÎÕÜ\r\nàéîõü",
    ]

    @Test(arguments: foldingInputs)
    func foldAndWordsAgreeWithFoundation(text: String) {
        #expect(TextFolding.fold(text) == Self.foundationFold(text))
        #expect(TextFolding.words(text) == Self.foundationWords(text))
        #expect(OptOutLanguage.words(text) == TextFolding.words(text))
    }

    /// Each ASCII scalar alone and between letters, so that no byte is mapped or split differently.
    @Test func everyASCIIScalarFoldsAndSplitsLikeFoundation() {
        for byte in UInt8(1)...0x7F {
            let scalar = String(Unicode.Scalar(byte))
            for text in [scalar, "A\(scalar)b", "\(scalar)\(scalar)Z9\(scalar)"] {
                #expect(TextFolding.fold(text) == Self.foundationFold(text), "byte \(byte)")
                #expect(TextFolding.words(text) == Self.foundationWords(text), "byte \(byte)")
            }
        }
    }

    @Test(arguments: [
        ("", "", [String]()),
        ("Reply STOP to opt out.", "reply stop to opt out.", ["reply", "stop", "to", "opt", "out"]),
        ("HELLO World 123", "hello world 123", ["hello", "world", "123"]),
        ("Line one\r\nLine two", "line one\r\nline two", ["line", "one", "line", "two"]),
        ("a-b_c.d", "a-b_c.d", ["a", "b", "c", "d"]),
        ("@[`{", "@[`{", []),
        ("Réponds STOP", "reponds stop", ["reponds", "stop"]),
        ("cafe\u{301} CAFÉ", "cafe cafe", ["cafe", "cafe"]),
        ("Hi 😜 STOP", "hi 😜 stop", ["hi", "stop"]),
        ("Ñandú—2x", "nandu—2x", ["nandu", "2x"]),
    ])
    func foldAndWordsGiveKnownValues(text: String, folded: String, words: [String]) {
        #expect(TextFolding.fold(text) == folded)
        #expect(TextFolding.words(text) == words)
    }

    // MARK: - SMS segmenting

    static func repeated(_ character: String, _ count: Int) -> String { String(repeating: character, count: count) }

    /// A GSM-7 result.
    static func gsm(_ units: Int, _ parts: [String]) -> SMSSegmentation {
        SMSSegmentation(encoding: .gsm7, units: units, parts: parts, nonGSMCharacters: [])
    }

    /// A UCS-2 result.
    static func ucs(_ units: Int, _ parts: [String], _ nonGSM: [String]) -> SMSSegmentation {
        SMSSegmentation(encoding: .ucs2, units: units, parts: parts, nonGSMCharacters: nonGSM)
    }

    /// Hand-counted results: 1 septet a basic character, 2 an extension one (`[ ] { } ^ ~ | \ €` and form
    /// feed), UTF-16 units once one character is outside GSM-7; 160/153 septets or 70/67 units a part,
    /// split between characters (never inside an escape or CRLF).
    static let segmentationCases: [(String, SMSSegmentation)] = [
        ("", gsm(0, [])),
        ("Hello", gsm(5, ["Hello"])),
        ("Reply STOP to opt out.", gsm(22, ["Reply STOP to opt out."])),
        ("@$_!\"#%&'()*+,-./:;<=>?", gsm(23, ["@$_!\"#%&'()*+,-./:;<=>?"])),
        ("[]{}^~|\\", gsm(16, ["[]{}^~|\\"])),
        ("page\u{0C}break", gsm(11, ["page\u{0C}break"])),
        ("line\r\nbreak", gsm(11, ["line\r\nbreak"])),
        ("\r\n", gsm(2, ["\r\n"])),
        // Exactly 160 septets: one part, however they are made up.
        (repeated("a", 160), gsm(160, [repeated("a", 160)])),
        (repeated("a", 158) + "[", gsm(160, [repeated("a", 158) + "["])),
        (repeated("a", 150) + "[]{}^", gsm(160, [repeated("a", 150) + "[]{}^"])),
        (repeated("~", 80), gsm(160, [repeated("~", 80)])),
        (repeated("a", 79) + "\r\n" + repeated("b", 79), gsm(160, [repeated("a", 79) + "\r\n" + repeated("b", 79)])),
        // 161 septets: 153 + 8, the escape kept whole.
        (repeated("a", 161), gsm(161, [repeated("a", 153), repeated("a", 8)])),
        (repeated("a", 159) + "]", gsm(161, [repeated("a", 153), repeated("a", 6) + "]"])),
        (repeated("a", 151) + "[]{}^", gsm(161, [repeated("a", 151) + "[", "]{}^"])),
        (repeated("a", 152) + "{" + repeated("a", 7), gsm(161, [repeated("a", 152), "{" + repeated("a", 7)])),
        (repeated("|", 81), gsm(162, [repeated("|", 76), repeated("|", 5)])),
        (
            repeated("a", 80) + "\r\n" + repeated("b", 79),
            gsm(161, [repeated("a", 80) + "\r\n" + repeated("b", 71), repeated("b", 8)])
        ),
        (repeated("a", 152) + "\r\n" + repeated("b", 7), gsm(161, [repeated("a", 152), "\r\n" + repeated("b", 7)])),
        // ASCII outside GSM-7: UCS-2.
        ("Hi `there`", ucs(10, ["Hi `there`"], ["`"])),
        ("tab\there", ucs(8, ["tab\there"], ["\t"])),
        ("nul\u{0}", ucs(4, ["nul\u{0}"], ["\u{0}"])),
        ("del\u{7F}\u{1B}", ucs(5, ["del\u{7F}\u{1B}"], ["\u{7F}", "\u{1B}"])),
        (repeated("a", 69) + "`", ucs(70, [repeated("a", 69) + "`"], ["`"])),
        (repeated("a", 70) + "`", ucs(71, [repeated("a", 67), "aaa`"], ["`"])),
        ("`" + repeated("a", 159), ucs(160, ["`" + repeated("a", 66), repeated("a", 67), repeated("a", 26)], ["`"])),
        // Non-ASCII.
        ("café", gsm(4, ["café"])),
        ("cafe\u{301}", gsm(4, ["café"])),
        ("€5 off", gsm(7, ["€5 off"])),
        (repeated("a", 159) + "€", gsm(161, [repeated("a", 153), repeated("a", 6) + "€"])),
        ("Olá", ucs(3, ["Olá"], ["á"])),
        ("Hi 😜", ucs(5, ["Hi 😜"], ["😜"])),
        ("It’s [here]", ucs(11, ["It’s [here]"], ["’"])),
    ]

    @Test(arguments: segmentationCases)
    func segmentMatchesTheHandCount(text: String, expected: SMSSegmentation) {
        let result = SMSSegmenter.segment(text)
        #expect(result == expected)
        #expect(result.parts.joined() == text.precomposedStringWithCanonicalMapping)
        #expect(SMSSegmenter.segmentCount(text) == expected.parts.count)
        #expect(SMSSegmenter.encoding(of: text) == expected.encoding)
    }

    /// The general algorithm restated for ASCII text: the sum of septets (or UTF-16 units once one
    /// character is outside GSM-7), one part up to the single limit, else a greedy split between Characters.
    static func reference(_ text: String) -> SMSSegmentation {
        let characters = Array(text)
        let nonGSM = characters.filter { $0.unicodeScalars.contains { GSM7Alphabet.septets(for: $0) == nil } }
            .map(String.init).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let encoding: SMSEncoding = nonGSM.isEmpty ? .gsm7 : .ucs2
        func cost(_ character: Character) -> Int {
            encoding == .gsm7
                ? character.unicodeScalars.reduce(0) { $0 + (GSM7Alphabet.septets(for: $1) ?? 1) } : character.utf16.count
        }
        let units = characters.reduce(0) { $0 + cost($1) }
        guard units > encoding.singleLimit else {
            return SMSSegmentation(encoding: encoding, units: units, parts: text.isEmpty ? [] : [text], nonGSMCharacters: nonGSM)
        }
        var parts: [String] = []
        var current = ""
        var used = 0
        for character in characters {
            if used + cost(character) > encoding.partLimit {
                parts.append(current)
                (current, used) = ("", 0)
            }
            current.append(character)
            used += cost(character)
        }
        parts.append(current)
        return SMSSegmentation(encoding: encoding, units: units, parts: parts, nonGSMCharacters: nonGSM)
    }

    /// Every ASCII scalar at the single-part boundary: a text of exactly 160 septets with it last, and one
    /// a septet over.
    @Test func everyASCIIScalarAtTheSinglePartBoundaryAgreesWithTheReference() {
        for byte in UInt8(0)...0x7F {
            let scalar = String(Unicode.Scalar(byte))
            let cost = GSM7Alphabet.septets(for: Unicode.Scalar(byte)) ?? 1
            for fill in [159 - cost, 160 - cost, 161 - cost] {
                for text in [Self.repeated("a", fill) + scalar, scalar + Self.repeated("a", fill)] {
                    #expect(SMSSegmenter.segment(text) == Self.reference(text), "byte \(byte), \(fill) a's")
                }
            }
        }
    }

    @Test func theReferenceAgreesWithTheHandCounts() {
        for (text, expected) in Self.segmentationCases where text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Self.reference(text) == expected, "\(text.debugDescription)")
        }
    }

    // MARK: - Opt-out language

    @Test(arguments: [
        "Replying STOP is the only way to opt out",
        "The only means to unsubscribe is replying STOP",
        "Our only method to cancel: text STOP",
        "Your only option to end these texts is STOP",
        "The sole way to quit is STOP",
        "Opt out exclusively by replying STOP",
        "ONLY WAY TO UNSUBSCRIBE: reply END",
        "Unsubscribing? Only way: reply here",
        "only-way to opt-out",
        "the only\r\nway to stop",
        "Exclusively via STOP.",
        "Le only way pour se désabonner: STOP",
    ])
    func exclusiveMeansWithAnOptOutVerbIsClaimed(text: String) {
        #expect(OptOutLanguage.claimsExclusiveMeans(OptOutLanguage.words(text)))
    }

    @Test(arguments: [
        "This is the only way to save 10% today",
        "The only option left in your size",
        "Exclusively for you: 10% off",
        "Only the way to opt out",
        "The only ways to opt out",
        "Sole means to opt out",
        "Solely by replying STOP",
        "Exclusive deals; reply STOP to opt out",
        "Reply STOP to opt out",
        "onlyway to opt out",
        "way only to opt out",
        "Reply STOP to opt out, only",
        "sole, the way to unsubscribe",
        "",
    ])
    func exclusiveMeansIsNotClaimedWithoutAVerbOrAdjacentWords(text: String) {
        #expect(!OptOutLanguage.claimsExclusiveMeans(OptOutLanguage.words(text)))
    }

    @Test func exclusiveMeansOnWordListsAtTheEdges() {
        #expect(!OptOutLanguage.claimsExclusiveMeans([]))
        #expect(!OptOutLanguage.claimsExclusiveMeans(["only"]))
        #expect(!OptOutLanguage.claimsExclusiveMeans(["stop", "only"]))
        #expect(!OptOutLanguage.claimsExclusiveMeans(["sole", "stop"]))
        #expect(OptOutLanguage.claimsExclusiveMeans(["exclusively", "stop"]))
        #expect(OptOutLanguage.claimsExclusiveMeans(["stop", "only", "way"]))
        #expect(OptOutLanguage.claimsExclusiveMeans(["unsubscribed", "sole", "way"]))
        #expect(!OptOutLanguage.claimsExclusiveMeans(["only", "way", "subscribe"]))
    }

    // MARK: - Brand mentions

    @Test(arguments: [
        ("Café Olé", "Thanks for shopping at CAFE OLE!", true),
        ("CAFE OLE", "Merci de la part de Café Olé", true),
        ("Crème Brûlée Co", "CRÈME BRÛLÉE CO: your cart is waiting", true),
        ("Zoë", "zoe's picks are back", true),
        ("Ñandú", "NANDU outdoor: 10% off", true),
        ("Bäckerei Müller", "bäckerei mueller", false),
        ("Bäckerei Müller", "BACKEREI MULLER", true),
        ("Cafe\u{301}", "CAFÉ", true),
        ("Café", "cafe\u{301}", true),
        ("Élan", "élan vital", true),
        ("northwind", "NorthWind Outfitters", true),
        ("NORTHWIND", "Hi from northwind", true),
        ("  Northwind  ", "northwind", true),
        ("Northwind", "North wind", false),
        ("Northwind", "Northwin", false),
        ("Northwind", "", false),
        ("", "anything", false),
        ("   ", "anything", false),
        ("Shop 😜", "the SHOP 😜 sale", true),
        ("Shop 😜", "the shop sale", false),
        ("Café", "Caf", false),
    ])
    func mentionsIgnoresCaseAndAccents(brand: String, text: String, mentioned: Bool) {
        #expect(MessageRules.mentions(brand, in: text) == mentioned)
        // As before the fast path: Foundation's folding of both, then a substring search.
        let needle = Self.foundationFold(brand).trimmingCharacters(in: .whitespaces)
        #expect(MessageRules.mentions(brand, in: text) == (!needle.isEmpty && Self.foundationFold(text).contains(needle)))
    }

    /// Folding strips accents but does not compose Hangul: the ASCII byte search must not be used for such text,
    /// or a composed brand is missed in decomposed copy and vice versa.
    @Test func mentionsMatchesCanonicallyEquivalentHangul() {
        let composed = "한국"
        let decomposed = "한국".decomposedStringWithCanonicalMapping
        #expect(composed == decomposed && composed.utf8.count != decomposed.utf8.count)
        #expect(Self.foundationFold(decomposed + " shop").contains(composed))
        #expect(MessageRules.mentions(composed, in: decomposed + " shop"))
        #expect(MessageRules.mentions(decomposed, in: composed + " shop"))
    }
}
