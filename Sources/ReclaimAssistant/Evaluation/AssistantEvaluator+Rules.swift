import ReclaimCore

extension AssistantEvaluator {
    /// The rules' own reading of one reply, without the statistical model.
    public struct RuleReading: Sendable, Hashable {
        /// The reply text.
        public var text: String
        /// The rules' primary intent (`payment_issue` when the text carried card data).
        public var intent: AssistantIntent
        /// The rules' confidence.
        public var confidence: Double
    }

    /// Classifies every reply with the rules alone, as the assistant would before blending in
    /// ``IntentModel``: for `scripts/train-intent-model --cv`, which chooses the blend.
    public func ruleReadings(_ replies: [LabeledReply]) -> [RuleReading] {
        let classifier = IntentClassifier(catalog: CatalogIndex(self.store.catalog), model: nil)
        return replies.map { reply in
            let redaction = PaymentDataGuard.redact(reply.text)
            let hint = AssistantLanguage(localeHint: self.store.context(for: reply)?.localeHint)
            let reading = classifier.classify(redaction.text, languageHint: hint)
            return redaction.containsCardData
                ? RuleReading(text: reply.text, intent: .paymentIssue, confidence: 1)
                : RuleReading(text: reply.text, intent: reading.primary, confidence: reading.confidence)
        }
    }
}
