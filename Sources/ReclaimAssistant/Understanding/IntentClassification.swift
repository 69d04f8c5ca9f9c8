/// The classifier's reading of one text.
public struct IntentClassification: Sendable, Hashable {
    /// The intent that decides the action.
    public var primary: AssistantIntent
    /// Other intents present, strongest first.
    public var secondary: [AssistantIntent]
    /// Confidence in ``primary``, 0…1.
    public var confidence: Double
    /// Evidence score per intent that had any.
    public var scores: [AssistantIntent: Double]
    /// The language the text is written in, or the context's when the text does not show one.
    public var language: AssistantLanguage
    /// The compliance rule that decided an opt-out, HELP or START (`keyword:stop`), if one did.
    public var complianceRule: String?
    /// The normalised text.
    public var normalized: NormalizedText
    /// Patterns that matched, as written, for explanations and evaluation.
    public var evidence: [String]

    /// Creates a classification.
    public init(
        primary: AssistantIntent, secondary: [AssistantIntent], confidence: Double,
        scores: [AssistantIntent: Double], language: AssistantLanguage, complianceRule: String?,
        normalized: NormalizedText, evidence: [String]
    ) {
        self.primary = primary
        self.secondary = secondary
        self.confidence = confidence
        self.scores = scores
        self.language = language
        self.complianceRule = complianceRule
        self.normalized = normalized
        self.evidence = evidence
    }
}
