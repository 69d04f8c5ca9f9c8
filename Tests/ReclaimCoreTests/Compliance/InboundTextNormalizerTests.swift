import Testing

@testable import ReclaimCore

/// Typo tolerance and shorthand in the inbound normaliser: misspelt opt-out words are read as meant,
/// ordinary words one edit away from them are left alone.
@Suite struct InboundTextNormalizerTests {
    @Test(arguments: [
        ("unsusbcribe", "unsubscribe"), ("unsubscirbe", "unsubscribe"), ("mesages", "messages"), ("txting", "txting"),
        ("texitng", "texting"), ("remvoe", "remove"), ("delet", "delete"), ("numbr", "number"), ("stahp", "stop"),
        ("stopp", "stop"), ("stooop", "stop"), ("pleeease", "please"), ("freee", "free"), ("u", "you"), ("ur", "your"),
        ("pls", "please"), ("testing", "testing"), ("texted", "texted"), ("pending", "pending"), ("store", "store"),
        ("canada", "canada"), ("bigger", "bigger"), ("other", "other"), ("massage", "massage"), ("mandame", "mandame"),
        ("texts", "texts"), ("removed", "removed"),
    ])
    func wordsAreReadAsMeant(word: String, canonical: String) {
        #expect(InboundTextNormalizer.canonical(word) == canonical)
    }

    @Test func clausesSplitAtPunctuationAndExpandShorthand() {
        #expect(InboundTextNormalizer.clauses("pls stop w/ the txts!! thx") == [["please", "stop", "with", "the", "txts"], ["thx"]])
    }

    @Test(arguments: [
        ("stop with _ texts", "stop with all the texts", true), ("stop with _ texts", "stop with texts", true),
        ("stop with _ texts", "stop with all of the texts", false), ("dont want these $", "dont want these", true),
        ("dont want these $", "dont want these boots", false), ("dont want these anymore|$", "dont want these", true),
        ("dont want these anymore|$", "dont want these anymore", true), ("dont want these anymore|$", "dont want these boots", false),
    ])
    func phrasePatternGapsAndEnds(pattern: String, text: String, matches: Bool) {
        let words = text.split(separator: " ").map(String.init)
        #expect((PhrasePattern("test", pattern).firstMatch(in: words) != nil) == matches, "\(pattern) / \(text)")
    }
}
