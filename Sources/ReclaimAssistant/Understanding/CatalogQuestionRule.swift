/// The catalog's second look at a question the lexicon could not place, or placed only weakly as a
/// product or variant question: one that names a catalog product, a word of a product's description
/// or an option value is a question the store's data may answer, not small talk.
///
/// - an option value (`sage`, `long`, `espresso`, `14oz`) in an unplaced question → ``AssistantIntent/variant``;
///   a weak product or variant reading that names one is kept as it is;
/// - otherwise a product (`boots`), a description word (`leather`) or a "do you have / sell X" question
///   → ``AssistantIntent/product`` (the composer answers only when the data holds the answer);
/// - a question about options (`what sizes?`) keeps its variant reading.
///
/// ```swift
/// // "are the boots leather?" → .product   "is the regular one in stock" → .variant
/// ```
struct CatalogQuestionRule: Sendable {
    /// The score the rule gives the intent it decides: above the lexicon's weak hints, below the
    /// escalation score, so an escalation never loses to it.
    static let score = 0.9

    private let index: CatalogIndex

    /// Creates the rule over a store's catalog.
    init(index: CatalogIndex) {
        self.index = index
    }

    /// The intent the catalog suggests and the word that showed it, or `nil` to keep the lexicon's reading.
    /// - Parameters:
    ///   - text: the normalised reply.
    ///   - primary: the lexicon's primary intent.
    ///   - scores: the lexicon's scores.
    func refine(
        _ text: NormalizedText, primary: AssistantIntent,
        scores: [AssistantIntent: Double]
    ) -> (intent: AssistantIntent, evidence: String)? {
        let undecided = primary == .other && scores[.other] == nil
        // "tienen …?" / "do you have …?" read as a product or variant question only on weak hints.
        let weak = (primary == .variant || primary == .product) && (scores[primary] ?? 0) < IntentClassifier.escalationScore
        guard undecided || weak else { return nil }
        let asksWhetherCarried = CarriedItemQuestion.matches(text.tokens)
        guard text.isQuestion || asksWhetherCarried else { return nil }
        let terms = SearchText.terms(text.tokens.joined(separator: " ")).filter { !Self.generic.contains($0) }
        let value = text.tokens.first { OptionVocabulary.kind(of: $0) != nil } ?? terms.first(where: self.index.namesOptionValue)
        if let value { return undecided ? (.variant, "option:\(value)") : nil }
        if Self.optionWords.contains(where: text.tokens.contains) { return nil }
        if let product = terms.first(where: self.index.namesProduct) { return (.product, "product:\(product)") }
        if let detail = terms.first(where: self.index.describes) { return (.product, "detail:\(detail)") }
        return asksWhetherCarried ? (.product, "carried") : nil
    }

    // Words that ask about options ("what sizes?"), which keep a variant reading.
    private static let optionWords: Set<String> = OptionVocabulary.Kind.allCases.reduce(into: Set<String>()) {
        $0.formUnion($1.optionNames)
    }.union(["colors", "colours", "tallas", "tailles", "couleurs", "stock", "available", "instock", "restock", "soldout"])

    // Question and chat words that also occur in descriptions and must not count as product words.
    private static let generic: Set<String> = [
        "good", "make", "made", "work", "time", "hour", "year", "day", "week", "back", "into", "over", "only", "from",
        "than", "then", "they", "them", "their", "here", "just", "really", "very", "like", "know", "think", "open",
        "close", "call", "text", "store", "order", "ship", "send", "link", "help", "guy", "guys", "sell", "carry",
        "right", "left", "well", "sure", "okay", "thank", "hello", "what", "when", "where", "which", "while",
    ]
}
