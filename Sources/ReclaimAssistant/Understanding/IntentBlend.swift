/// How ``IntentClassifier`` combines its rules with ``IntentModel``.
///
/// The rules keep the last word where the law or money needs certainty: opt-outs, wrong numbers, START,
/// HELP and payment problems (card data included) are never changed, and the model can predict none of the
/// first three. Otherwise the model's top intent replaces the rules' when the model names an escalation
/// (a person, anger, an order or payment problem) with probability ≥ ``urgentProbability`` while the rules
/// did not, or when the rules found nothing (`other`) or are unsure (confidence < ``ruleConfidence``) and
/// the model's probability is ≥ ``modelProbability``. The first two were chosen by 5-fold grouped
/// cross-validation on the training sets (`scripts/train-intent-model --cv`, docs/assistant.md); the
/// escalation one from the model's out-of-fold precision when it names an escalation (≥ 95% there), because
/// the rules were tuned on those sets and cross-validation cannot see what they miss. Keep `combine` in the
/// script in step with ``override(rule:confidence:model:)``.
enum IntentBlend {
    /// Below this rule confidence the model may decide.
    static let ruleConfidence = 0.8
    /// The model decides only at or above this probability.
    static let modelProbability = 0.8
    /// An escalation the rules missed is taken from the model at or above this probability.
    static let urgentProbability = 0.8

    /// Intents the rules alone decide.
    static let ruleOnly: Set<AssistantIntent> = [.optOut, .wrongNumber, .optIn, .help, .paymentIssue]

    /// The intent to use, or nil to keep the rules'.
    static func override(
        rule: AssistantIntent, confidence: Double, model: [(intent: AssistantIntent, probability: Double)]
    ) -> (intent: AssistantIntent, probability: Double)? {
        guard !self.ruleOnly.contains(rule), let top = model.first, top.intent != rule,
            top.intent != .optOut, top.intent != .wrongNumber, top.intent != .optIn
        else { return nil }
        if !rule.alwaysEscalates, top.intent.alwaysEscalates, top.probability >= self.urgentProbability { return top }
        if rule == .other || confidence < self.ruleConfidence, top.probability >= self.modelProbability { return top }
        return nil
    }
}
