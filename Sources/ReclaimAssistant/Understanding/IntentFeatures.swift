import Foundation

/// The features the statistical intent model reads: word unigrams (`w:`), word bigrams (`b:`) and
/// character 3- to 5-grams (`c:`) of a plainly folded text (lowercase, accents stripped, only a–z and 0–9,
/// a letter repeated three or more times kept twice).
///
/// `scripts/train-intent-model` folds and extracts the same way in Python; change both together.
enum IntentFeatures {
    /// The folded words of a text.
    static func fold(_ text: String) -> [String] {
        let decomposed = text.lowercased().decomposedStringWithCompatibilityMapping
        var plain = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            plain.append(keep ? scalar : " ")
        }
        return String(plain).split(separator: " ").map { word in
            var out: [Character] = []
            for character in word {
                if out.count >= 2, out[out.count - 1] == character, out[out.count - 2] == character { continue }
                out.append(character)
            }
            return String(out)
        }
    }

    /// The set of features of a text.
    static func extract(_ text: String) -> Set<String> {
        let tokens = self.fold(text)
        var found = Set<String>()
        for token in tokens { found.insert("w:" + token) }
        for (first, second) in zip(tokens, tokens.dropFirst()) { found.insert("b:" + first + "_" + second) }
        let joined = Array("_" + tokens.joined(separator: "_") + "_")
        for length in 3...5 where joined.count >= length {
            for start in 0...(joined.count - length) { found.insert("c:" + String(joined[start..<(start + length)])) }
        }
        return found
    }
}
