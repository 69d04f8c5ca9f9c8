import Foundation
import ReclaimAssistant

// Usage: reclaim-assistant-eval [labeled_replies.jsonl] [store.json] [--misses N]
let arguments = Array(CommandLine.arguments.dropFirst())
let fixtures = "Tests/ReclaimAssistantTests/Fixtures"
let positional = arguments.filter { !$0.hasPrefix("--") && Int($0) == nil }
let repliesPath = positional.first ?? "\(fixtures)/labeled_replies.jsonl"
let storePath = positional.dropFirst().first ?? "\(fixtures)/summit_store.json"
let misses = arguments.firstIndex(of: "--misses").flatMap { arguments.count > $0 + 1 ? Int(arguments[$0 + 1]) : nil } ?? 0
let replies = try LabeledReply.parseLines(try Data(contentsOf: URL(fileURLWithPath: repliesPath)))
let store = try JSONDecoder().decode(EvaluationStore.self, from: try Data(contentsOf: URL(fileURLWithPath: storePath)))
// --dump-rules: the rules' own reading of every reply (no model), one JSON line each, for
// `scripts/train-intent-model --cv`.
if arguments.contains("--dump-rules") {
    for reading in AssistantEvaluator(store: store).ruleReadings(replies) {
        let text = String(decoding: try JSONEncoder().encode(reading.text), as: UTF8.self)
        print("{\"text\":\(text),\"intent\":\"\(reading.intent.rawValue)\",\"confidence\":\(reading.confidence)}")
    }
    exit(0)
}
let evaluation = await AssistantEvaluator(store: store).evaluate(replies)
print(evaluation.report(misses: misses))

// --replies: every reply as composed, for review.
if arguments.contains("--replies") {
    let assistant = BuiltInAssistant(catalog: store.catalog, policies: store.policies)
    for reply in replies {
        guard let context = store.context(for: reply) else { continue }
        let response = await assistant.respond(to: reply.text, context: context)
        print(
            "\(reply.text)\n  → \(response.intent.rawValue)/\(response.action.rawValue)\(response.escalate ? "/esc" : ""): \(response.reply)"
        )
    }
}
