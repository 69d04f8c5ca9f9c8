import ReclaimCore

/// The assistant that needs no external service: redacts card data, classifies with
/// ``IntentClassifier``, finds products and option values with ``EntityMatcher`` and answers from the
/// store's data with ``AnswerComposer``.
///
/// Order of decisions: card data is redacted first; compliance opt-outs (and assistant-detected
/// opt-outs) win; a text carrying card data is a payment issue for a person; otherwise the primary
/// intent decides, and anything the data cannot answer is escalated rather than guessed.
public struct BuiltInAssistant: Assistant {
    /// Below this confidence a question is not answered but escalated.
    public static let minimumAnswerConfidence = 0.5

    private let index: CatalogIndex
    let policies: StorePolicies
    private let classifier: IntentClassifier
    private let matcher: EntityMatcher
    private let composer: AnswerComposer

    /// Creates the assistant for one store.
    /// - Parameters:
    ///   - index: the store's catalog, indexed once.
    ///   - policies: the store's policies.
    public init(index: CatalogIndex, policies: StorePolicies) {
        self.index = index
        self.policies = policies
        self.classifier = IntentClassifier(catalog: index)
        self.matcher = EntityMatcher(index: index)
        self.composer = AnswerComposer(index: index, policies: policies)
    }

    /// Creates the assistant from an unindexed catalog.
    public init(catalog: AssistantCatalog, policies: StorePolicies) {
        self.init(index: CatalogIndex(catalog), policies: policies)
    }

    /// Decides what to do with one inbound text.
    public func respond(to text: String, context: AssistantContext) async -> AssistantResponse {
        self.respondNow(to: text, context: context)
    }

    /// The synchronous core of ``respond(to:context:)``, for benchmarks and callers outside async code.
    public func respondNow(to text: String, context: AssistantContext) -> AssistantResponse {
        let redaction = PaymentDataGuard.redact(text)
        let classification = self.classifier.classify(redaction.text, languageHint: AssistantLanguage(localeHint: context.localeHint))
        let t = ReplyTemplates(language: classification.language)
        var intent = classification.primary
        var secondary = classification.secondary
        var answer: ComposedAnswer
        var confidence = classification.confidence
        if intent == .optOut || intent == .wrongNumber {
            answer = ComposedAnswer(action: .optOut, reply: "")
            if (classification.scores[.frustrated] ?? 0) >= IntentClassifier.escalationScore
                || (classification.scores[.orderIssue] ?? 0) >= IntentClassifier.escalationScore
            {
                answer.escalationReason = "opt_out_with_complaint"
            }
        } else if redaction.containsCardData {
            if intent != .paymentIssue { secondary = [intent] + secondary.filter { $0 != .paymentIssue } }
            intent = .paymentIssue
            confidence = 1
            answer = self.composer.cardDataSent(context: context, t: t)
        } else {
            let entities = self.matcher.match(classification.normalized, cart: context.cartLines)
            answer = self.composer.compose(classification, entities: entities, context: context)
            if intent.isQuestion, confidence < Self.minimumAnswerConfidence, !answer.escalates {
                answer = self.composer.noFact(context, t: t, reason: "low_confidence")
            } else if intent.isQuestion, answer.escalates, context.unansweredQuestions >= 1 {
                answer.escalationReason = "second_unanswered_question"
            }
            // "Does it come in blue? If so send the link": answer, then the link when it still fits.
            if answer.action == .answer, secondary.contains(.purchase), let link = context.checkoutLink,
                !answer.reply.contains(link)
            {
                answer.reply = SegmentFitter.fit(required: [answer.reply], optional: [t.checkout(link)])
                if answer.reply.contains(link) { answer.facts.append(AssistantFact(key: "cart.link", text: link, source: .cart)) }
            }
        }
        return AssistantResponse(
            intent: intent, secondaryIntents: secondary.filter { $0 != intent }, action: answer.action,
            reply: answer.reply, escalate: answer.escalates, escalationReason: answer.escalationReason,
            redactedText: redaction.text, confidence: (confidence * 100).rounded() / 100,
            facts: answer.facts)
    }
}
