/// Every weighted pattern the built-in classifier knows, in English, Spanish and French.
///
/// Weights: about 1 is decisive alone, 0.5 is a hint that needs company, negative vetoes an intent
/// in a context that looks like it but is not (`tax refund` is not an order issue).
enum IntentLexicon {
    /// All patterns.
    static let patterns: [IntentPattern] = shopping + answers + conversation + escalation + optionHints

    /// Every word the patterns name, for typo correction.
    static let vocabulary: Set<String> = patterns.reduce(into: Set<String>()) { $0.formUnion($1.words) }
        .union(OptionVocabulary.words)

    // A color, size or weight named on its own hints at a variant question.
    static let optionHints: [IntentPattern] = {
        let colors = OptionVocabulary.colors.keys.sorted().joined(separator: "|")
        let sizes = OptionVocabulary.sizes.sorted().joined(separator: "|")
        return [
            IntentPattern(.variant, 0.5, colors),
            IntentPattern(.variant, 0.5, sizes),
            IntentPattern(.variant, 0.9, "in|en \(colors)|\(sizes)"),
            IntentPattern(.variant, 0.9, "size|talla|taille number? 1*|2*|3*|4*|5*|6*|7*|8*|9*"),
        ]
    }()
}
