import ReclaimCore

/// Classifies a shopper's reply into a primary intent, secondary intents and a confidence.
///
/// The compliance engine's keyword classifier (``InboundKeywordClassifier``) runs first, so every
/// STOP, HELP and START it recognises is an opt-out, help or opt-in here too; then weighted patterns
/// (``IntentLexicon``) score every intent over the normalised words. Escalation intents (payment,
/// order, human, frustrated) and opt-out phrasings win over shopping questions when strong.
///
/// The lexicon's own opt-out phrasings count only where the compliance engine saw something stop-ish
/// (``InboundClassification/needsReview``) and not an exclamation: a text it read as a look-alike
/// ("Don't stop sending me deals!", "arrête, c'est trop beau") is never an opt-out here either.
///
/// Last, the statistical ``IntentModel`` is blended in (``IntentBlend``): where the rules found nothing or
/// are unsure, or missed an escalation, a sure model decides; opt-outs, wrong numbers, START, HELP and
/// payment problems stay the rules'.
///
/// ```swift
/// let classifier = IntentClassifier()
/// classifier.classify("pleeease send teh link").primary   // .purchase
/// ```
public struct IntentClassifier: Sendable {
    /// Below this score nothing is claimed and the intent is ``AssistantIntent/other``.
    public static let minimumScore = 0.45
    /// Escalation intents at or above this score override shopping intents.
    public static let escalationScore = 0.8

    private let normalizer: TextNormalizer
    private let patterns: [IntentPattern]
    private let catalogRule: CatalogQuestionRule?
    private let model: IntentModel?

    /// Creates a classifier with the built-in lexicon.
    /// - Parameters:
    ///   - extraKeywords: more words to correct typos towards (catalog option values, titles).
    ///   - catalog: the store's catalog; when given, its words are never typo-corrected, and a question the lexicon cannot place that names a
    ///     product, description word or option value is read as a product or variant question
    ///     (``CatalogQuestionRule``).
    ///   - model: the statistical model blended with the rules (``IntentBlend``); nil for the rules alone.
    public init(extraKeywords: Set<String> = [], catalog: CatalogIndex? = nil, model: IntentModel? = .shared) {
        self.normalizer = TextNormalizer(
            keywords: IntentLexicon.vocabulary.union(extraKeywords),
            knownWords: catalog?.words ?? [])
        self.patterns = IntentLexicon.patterns
        self.catalogRule = catalog.map(CatalogQuestionRule.init(index:))
        self.model = model
    }

    /// The normaliser the classifier uses, for the entity matcher to share.
    public var textNormalizer: TextNormalizer { self.normalizer }

    /// Classifies one (already redacted) text.
    /// - Parameters:
    ///   - text: the inbound body with card data removed.
    ///   - languageHint: the language to assume when the text does not show one.
    /// - Returns: the primary intent and the evidence.
    public func classify(_ text: String, languageHint: AssistantLanguage = .english) -> IntentClassification {
        let normalized = self.normalizer.normalize(text)
        let language = LanguageDetector.detect(normalized.tokens) ?? languageHint
        var (scores, evidence) = self.score(normalized)
        let compliance = InboundKeywordClassifier.classify(text)
        switch compliance.kind {
        case .optOut:
            let reassigned = compliance.possibleReassignedNumber || (scores[.wrongNumber] ?? 0) >= Self.escalationScore
            let primary: AssistantIntent = reassigned ? .wrongNumber : .optOut
            scores[primary] = max(scores[primary] ?? 0, 2)
            let secondary = Self.secondary(scores, excluding: primary)
            return IntentClassification(
                primary: primary, secondary: secondary, confidence: 1, scores: scores,
                language: language, complianceRule: compliance.rule, normalized: normalized,
                evidence: evidence + [compliance.rule ?? "compliance"])
        case .help, .optIn:
            let primary: AssistantIntent = compliance.kind == .help ? .help : .optIn
            return IntentClassification(
                primary: primary, secondary: [], confidence: 1, scores: [primary: 2],
                language: language, complianceRule: compliance.rule, normalized: normalized,
                evidence: [compliance.rule ?? "compliance"])
        case .none:
            // A lone Stop! before praise, or an opt-out phrase the shopper contradicts ("unsubscribe from
            // these? lol never, keep em coming"): a review, never the assistant's own opt-out.
            let notARequest = ["review:exclamation", "review:keep_wish"].contains { compliance.rule?.hasPrefix($0) == true }
            if !compliance.needsReview || notARequest, scores[.optOut] != nil {
                scores[.optOut] = nil
                evidence.append("opt_out:look-alike")
            }
        }
        var primary = Self.primary(scores)
        if let refined = self.catalogRule?.refine(normalized, primary: primary, scores: scores) {
            primary = refined.intent
            scores[primary] = max(scores[primary] ?? 0, CatalogQuestionRule.score)
            evidence.append("catalog:\(refined.evidence)")
        }
        var confidence = Self.confidence(scores, primary: primary, normalized: normalized)
        if let model = self.model,
            let chosen = IntentBlend.override(rule: primary, confidence: confidence, model: model.probabilities(text))
        {
            evidence.append("model:\(chosen.intent.rawValue)@\((chosen.probability * 100).rounded() / 100) over rules:\(primary.rawValue)")
            primary = chosen.intent
            confidence = chosen.probability
        }
        return IntentClassification(
            primary: primary, secondary: Self.secondary(scores, excluding: primary),
            confidence: confidence, scores: scores, language: language, complianceRule: nil,
            normalized: normalized, evidence: evidence)
    }

    /// Evidence per intent: the strongest match plus a quarter of the others, capped, plus vetoes.
    private func score(_ normalized: NormalizedText) -> ([AssistantIntent: Double], [String]) {
        var positives: [AssistantIntent: [Double]] = [:]
        var negatives: [AssistantIntent: Double] = [:]
        var evidence: [String] = []
        for pattern in self.patterns where pattern.matches(normalized.tokens) {
            evidence.append("\(pattern.intent.rawValue):\(pattern.source)")
            if pattern.weight < 0 {
                negatives[pattern.intent, default: 0] += pattern.weight
            } else {
                positives[pattern.intent, default: []].append(pattern.weight)
            }
        }
        var scores: [AssistantIntent: Double] = [:]
        for (intent, weights) in positives {
            let sorted = weights.sorted(by: >)
            let total = sorted[0] + 0.25 * sorted.dropFirst().reduce(0, +)
            scores[intent] = min(total, 1.8) + (negatives[intent] ?? 0)
        }
        return (scores, evidence)
    }

    /// Tie-break order, most urgent first.
    static let priority: [AssistantIntent] = [
        .optOut, .wrongNumber, .paymentIssue, .orderIssue, .human, .frustrated, .optIn, .alreadyPurchased,
        .notInterested, .discount, .shipping, .returns, .variant, .price, .product, .help, .defer, .purchase, .other,
    ]

    private static let urgent: Set<AssistantIntent> = [.optOut, .wrongNumber, .paymentIssue, .orderIssue, .human, .frustrated]

    static func primary(_ scores: [AssistantIntent: Double]) -> AssistantIntent {
        let rank = { (intent: AssistantIntent) in self.priority.firstIndex(of: intent) ?? self.priority.count }
        let ordered = scores.filter { $0.value >= self.minimumScore }
            .sorted { $0.value != $1.value ? $0.value > $1.value : rank($0.key) < rank($1.key) }
        if let urgent = ordered.first(where: { self.urgent.contains($0.key) && $0.value >= self.escalationScore }) {
            // "My order came damaged, can I talk to someone": the problem names the case, the person is the means.
            if urgent.key == .human,
                let problem = ordered.first(where: {
                    ($0.key == .orderIssue || $0.key == .paymentIssue) && $0.value >= self.escalationScore
                })
            {
                return problem.key
            }
            return urgent.key
        }
        // "I'll buy Friday, is shipping free?": a question the data can answer beats later/link.
        if let top = ordered.first, top.key == .defer || top.key == .purchase,
            let question = ordered.first(where: { $0.key.isQuestion || $0.key == .discount }), question.value >= 0.8
        {
            return question.key
        }
        return ordered.first?.key ?? .other
    }

    static func secondary(_ scores: [AssistantIntent: Double], excluding primary: AssistantIntent) -> [AssistantIntent] {
        scores.filter { $0.key != primary && $0.value >= 0.6 }.sorted { $0.value > $1.value }.map(\.key)
    }

    private static let smallTalk: Set<String> = [
        "ok", "lol", "thanks", "thank", "you", "cool", "haha", "nice", "good", "morning", "great", "merci", "gracias",
        "awesome", "hi", "hello", "hey", "sup", "what", "is", "up", "hmm", "yo", "bonjour", "hola", "love", "wow",
    ]

    private static func confidence(
        _ scores: [AssistantIntent: Double], primary: AssistantIntent,
        normalized: NormalizedText
    ) -> Double {
        guard primary != .other else {
            let chat = !normalized.tokens.isEmpty && normalized.tokens.allSatisfy(self.smallTalk.contains)
            return chat || normalized.tokens.isEmpty ? 0.8 : 0.3
        }
        let top = scores[primary] ?? 0
        let runnerUp = scores.filter { $0.key != primary }.map(\.value).max() ?? 0
        let strength = min(top, 1.2) / 1.2
        let margin = top > 0 ? max(0, 1 - runnerUp / top) : 0
        return min(0.99, 0.25 + 0.6 * strength + 0.15 * margin)
    }
}
