import ReclaimAssistant
import Testing

/// The assistant blind set v3 (`assistant_blind_v3.jsonl`): 319 replies (en/es/fr, typos, run-ons,
/// sarcasm, several questions in one text, emoji) written from scratch by someone who never saw the rules,
/// committed before any issue 21 work and only run, never tuned on (docs/blind-sets/assistant_blind_v3.md).
/// Before the statistical model (rules alone): intent 78.4%, action 80.9%, escalation recall 79.8%, opt-out
/// recall 31/32. With the model blended in, measured once: the floors below. The targets (action
/// ≥ 90%, escalation recall ≥ 95%, opt-out recall 100%) are NOT met yet; docs/assistant.md reports it.
/// These floors keep the figures from sliding back; raising them needs work judged on other data.
@Suite struct AssistantBlindSetV3Tests {
    static let file = "assistant_blind_v3.jsonl"

    @Test func figures() async throws {
        let replies = try TestStore.replies(Self.file)
        #expect(replies.count == 319)
        let evaluation = await AssistantEvaluator(store: TestStore.store).evaluate(replies)
        let outcomes = evaluation.outcomes
        print("assistant blind set v3:\n\(evaluation.report())")
        let actions = outcomes.filter { $0.expected.mappedAction == $0.predicted.mappedAction }.count
        let intents = outcomes.filter { $0.expected == $0.predicted }.count
        let escalations = outcomes.filter(\.expectedEscalate)
        let optOuts = outcomes.filter { $0.expected == .optOut }
        #expect(actions >= 268, "action accuracy \(actions)/319")
        #expect(intents >= 260, "intent accuracy \(intents)/319")
        #expect(escalations.filter(\.predictedEscalate).count >= 73, "escalation recall of \(escalations.count)")
        #expect(optOuts.filter { $0.predicted == .optOut }.count >= 31, "opt-out recall of \(optOuts.count)")
        // Nothing labelled otherwise is read as an opt-out (action), model or not.
        let falseOptOuts = outcomes.filter { $0.action == .optOut && $0.expected.mappedAction != .optOut }
        #expect(falseOptOuts.count <= Self.baselineFalseOptOuts, "\(falseOptOuts.map(\.text))")
    }

    /// Replies labelled neither opt-out nor wrong number that the rules alone already read as opt-outs.
    static let baselineFalseOptOuts = 3
}
