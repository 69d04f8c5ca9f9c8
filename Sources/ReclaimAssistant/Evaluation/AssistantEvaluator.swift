/// Runs labeled replies through the built-in assistant against an evaluation store.
public struct AssistantEvaluator: Sendable {
    let store: EvaluationStore
    private let assistant: BuiltInAssistant

    /// Creates an evaluator.
    public init(store: EvaluationStore) {
        self.store = store
        self.assistant = BuiltInAssistant(catalog: store.catalog, policies: store.policies)
    }

    /// Evaluates every reply.
    /// - Parameter replies: the labeled set.
    /// - Returns: outcomes and metrics.
    public func evaluate(_ replies: [LabeledReply]) async -> IntentEvaluation {
        var outcomes: [IntentEvaluation.Outcome] = []
        for reply in replies {
            let context = self.store.context(for: reply) ?? AssistantContext(brand: "Store", currency: "USD")
            let response = await self.assistant.respond(to: reply.text, context: context)
            outcomes.append(
                IntentEvaluation.Outcome(
                    text: reply.text, expected: reply.intent, predicted: response.intent, expectedEscalate: reply.escalate,
                    predictedEscalate: response.escalate || response.action == .escalate, action: response.action))
        }
        return IntentEvaluation(outcomes: outcomes)
    }
}
