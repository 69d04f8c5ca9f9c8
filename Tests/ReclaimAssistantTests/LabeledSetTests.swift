import ReclaimAssistant
import Testing

@Suite struct LabeledSetTests {
    @Test func labeledSetIsLargeAndCoversEveryIntent() throws {
        let replies = try TestStore.replies("labeled_replies.jsonl")
        #expect(replies.count >= 320)
        for intent in AssistantIntent.allCases {
            #expect(replies.filter { $0.intent == intent }.count >= 10, "\(intent.rawValue) has fewer than 10 replies")
        }
    }

    @Test(arguments: ["labeled_replies.jsonl", "heldout_replies.jsonl"])
    func optOutRecallIsComplete(file: String) async throws {
        let evaluation = await AssistantEvaluator(store: TestStore.store).evaluate(try TestStore.replies(file))
        let missed = evaluation.outcomes.filter { $0.expected == .optOut && ($0.predicted != .optOut || $0.action != .optOut) }
        #expect(missed.isEmpty, "missed opt-outs: \(missed.map(\.text))")
    }

    @Test(arguments: ["labeled_replies.jsonl", "heldout_replies.jsonl"])
    func escalationRecallIsAtLeast95Percent(file: String) async throws {
        let evaluation = await AssistantEvaluator(store: TestStore.store).evaluate(try TestStore.replies(file))
        #expect(evaluation.urgentEscalationRecall >= 0.95)
        #expect(evaluation.escalationRecall >= 0.9)
    }

    @Test(arguments: ["labeled_replies.jsonl", "heldout_replies.jsonl"])
    func overallAccuracyIsAtLeast85Percent(file: String) async throws {
        let evaluation = await AssistantEvaluator(store: TestStore.store).evaluate(try TestStore.replies(file))
        #expect(evaluation.accuracy >= 0.85, "\(evaluation.report(misses: 20))")
    }

    @Test func everyOptOutAndWrongNumberSuppresses() async throws {
        for reply in try TestStore.replies("labeled_replies.jsonl") where reply.intent == .wrongNumber {
            let context = TestStore.store.context(for: reply)!
            #expect(await TestStore.assistant.respond(to: reply.text, context: context).action == .optOut, "\(reply.text)")
        }
    }

    @Test func reportHasOneRowPerIntent() async throws {
        let evaluation = await AssistantEvaluator(store: TestStore.store).evaluate(try TestStore.replies("labeled_replies.jsonl"))
        let report = evaluation.report()
        #expect(AssistantIntent.allCases.allSatisfy { report.contains("| \($0.rawValue) |") })
    }
}
