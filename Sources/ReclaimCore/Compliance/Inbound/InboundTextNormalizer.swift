import Foundation

/// Reduces an inbound text to lower-case, accent-free words grouped in clauses, so that case,
/// punctuation, whitespace, emoji, full-width letters and curly apostrophes never matter
/// (CTIA §5.1.3: "de minimis variances"), and neither do stretched letters (`stooop`), SMS shorthand
/// (`u`, `ur`, `pls`, `w/`) or one typo in a long word (`unsusbcribe`, `mesages`, `txting`; see
/// ``typoCorrected(_:)``).
enum InboundTextNormalizer {
    /// Word pairs merged into one token before matching (negations, two-word keywords).
    private static let joins: [(String, String, String)] = [
        ("opt", "out", "optout"), ("no", "mas", "nomas"), ("don", "t", "dont"), ("do", "not", "dont"),
        ("can", "t", "cant"), ("can", "not", "cant"), ("cannot", "", "cant"), ("won", "t", "wont"),
        ("will", "not", "wont"), ("didn", "t", "didnt"), ("did", "not", "didnt"), ("doesn", "t", "doesnt"),
        ("does", "not", "doesnt"), ("por", "favor", "porfavor"), ("un", "subscribe", "unsubscribe"),
        ("stop", "all", "stopall"),
    ]

    /// Clauses of a text (split at sentence punctuation and line breaks), each a list of words.
    static func clauses(_ text: String) -> [[String]] {
        var prepared = text.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "🛑", with: " stop ")
            .replacingOccurrences(of: "#", with: " number ")
        prepared = prepared.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var clauses: [[String]] = []
        var current = ""
        for character in prepared {
            // Emoji end a clause like punctuation: "oh joy, another text 🙄 stop".
            if ".!?,;:\n\r¡¿".contains(character) || character.unicodeScalars.contains(where: \.properties.isEmojiPresentation) {
                clauses.append(self.words(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        clauses.append(self.words(current))
        clauses = clauses.filter { !$0.isEmpty }
        // "S.T.O.P" → one clause "stop"
        if clauses.count > 2, clauses.allSatisfy({ $0.count == 1 && $0[0].count == 1 }) {
            return [[clauses.map { $0[0] }.joined()]]
        }
        return clauses
    }

    /// Words of one clause: letters and digits only, apostrophes and hyphens split words, known
    /// pairs merged, and a word spelled out letter by letter (`s t o p`) put back together.
    static func words(_ text: String) -> [String] {
        var words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { self.canonical(String($0)) }
        if words.count > 2, words.allSatisfy({ $0.count == 1 }) { words = [words.joined()] }
        var merged: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            if let join = self.joins.first(where: { $0.0 == word && ($0.1 == next || $0.1.isEmpty) }) {
                merged.append(join.2)
                index += join.1.isEmpty ? 1 : 2
            } else {
                merged.append(word)
                index += 1
            }
        }
        // "s il vous plait" / "s il te plait" → "svp"
        return self.replace(
            ["s", "il", "vous", "plait"], with: "svp",
            in: self.replace(
                ["s", "il", "te", "plait"],
                with: "svp", in: merged))
    }

    /// One raw word in canonical form: stretched letters shortened (`stooop`, `pleeease`), shorthand
    /// and misspelt short keywords spelled out (`u` → `you`, `stahp` → `stop`, `kiero q` → `quiero que`), a
    /// dropped g put back (`sendin`), else one typo corrected
    /// towards the opt-out vocabulary.
    static func canonical(_ word: String) -> String {
        let collapsed = self.collapseLongRuns(word)
        if let spelled = self.shorthand[collapsed] { return spelled }
        // A dropped g: "sendin", "gettin", "messagin".
        if collapsed.count >= 5, collapsed.hasSuffix("in"), OptOutVocabulary.knownWords.contains(collapsed + "g") {
            return collapsed + "g"
        }
        return self.typoCorrected(collapsed)
    }

    /// `word`, or the opt-out vocabulary word of six or more letters one edit away from it
    /// (``EditDistance``). Words the vocabulary already knows, and ordinary words one edit from a
    /// vocabulary word, are never changed.
    static func typoCorrected(_ word: String) -> String {
        guard word.count >= 5, !OptOutVocabulary.knownWords.contains(word), !self.protectedWords.contains(word),
            word.allSatisfy(\.isLetter)
        else { return word }
        return OptOutVocabulary.typoTargets.first { abs($0.count - word.count) <= 1 && EditDistance.isWithinOne(word, $0) }
            ?? word
    }

    /// Runs of three or more equal letters shortened to two (`freee` → `free`), or to one when that
    /// gives a keyword (`stooop` → `stop`) or only that gives a known word (`pleeease` → `please`).
    private static func collapseLongRuns(_ word: String) -> String {
        var double = ""
        var single = ""
        var run: [Character] = []
        for character in word + " " {
            if character == run.last || run.isEmpty {
                run.append(character)
                continue
            }
            double += run.count >= 3 ? String(run.prefix(2)) : String(run)
            single += run.count >= 3 ? String(run[0]) : String(run)
            run = [character]
        }
        if OptOutVocabulary.keywords.contains(single) { return single }
        let known = { (word: String) in OptOutVocabulary.knownWords.contains(word) || self.shorthand[word] != nil }
        return !known(double) && known(single) ? single : double
    }

    /// Shorthand and common misspellings of short words, which edit distance cannot tell apart
    /// from other words (`stpo` is one swap from `stop`, but so is `spot`).
    private static let shorthand: [String: String] = [
        "u": "you", "ur": "your", "pls": "please", "plz": "please", "plse": "please", "pleas": "please",
        "plez": "please", "w": "with", "stopp": "stop", "stahp": "stop", "sotp": "stop", "stpo": "stop", "sstop": "stop",
        "msges": "messages", "mssg": "msg", "txs": "texts", "mor": "more", "moar": "more",
        // Informal Spanish spelling: "kiero q dejen d mandarme msjs", "desuscribirme porfa".
        "kiero": "quiero", "kieres": "quieres", "q": "que", "xq": "porque", "porfa": "porfavor", "porfis": "porfavor",
        "xfa": "porfavor", "xfavor": "porfavor", "mensajs": "mensajes", "msjes": "msjs",
    ]

    /// Everyday words one edit away from a vocabulary word that must stay as written.
    private static let protectedWords: Set<String> = [
        "testing", "tested", "tester", "texted", "textile", "removed", "remote", "deleted", "massage", "massages",
        "numbers", "mandame", "enviame", "escribeme", "recibo", "envoye",
    ]

    private static func replace(_ phrase: [String], with token: String, in words: [String]) -> [String] {
        guard words.count >= phrase.count else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + phrase.count <= words.count, Array(words[index..<(index + phrase.count)]) == phrase {
                result.append(token)
                index += phrase.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
