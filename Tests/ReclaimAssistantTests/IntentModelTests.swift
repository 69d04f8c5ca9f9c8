import Foundation
import Testing

@testable import ReclaimAssistant

/// The statistical intent model (``IntentModel``) and its blend with the rules (``IntentBlend``).
@Suite struct IntentModelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `scripts/train-intent-model` with arguments; returns its exit status and output.
    static func script(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: self.python ?? "/usr/bin/python3")
        process.arguments = [self.root.appendingPathComponent("scripts/train-intent-model").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: python != nil, "needs python3")) func committedWeightsAreWhatTheScriptProduces() throws {
        let run = try Self.script(["--check"])
        #expect(run.status == 0, "IntentModel+Weights.swift is stale: run scripts/train-intent-model")
    }

    /// Swift folds and scores exactly as the script does (accents, emoji, stretched letters, case, digits).
    @Test(.enabled(if: python != nil, "needs python3")) func predictsAsTheTrainingScript() throws {
        let texts = [
            "when will it get here", "¿Cuándo llega?? 😡😡", "pleeeease send teh LINK", "je veux parler à quelqu'un",
            "ok", "Mi tarjeta fue rechazada 3 veces", "TENT ARRIVED RIPPED!!!", "ça coûte combien la livraison ?",
            "do u have the 32oz in slate", "",
        ]
        let lines = try Self.script(["--predict"] + texts).output.split(separator: "\n")
        #expect(lines.count == texts.count)
        for (text, line) in zip(texts, lines) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let top = IntentModel.shared.probabilities(text)[0]
            #expect(top.intent.rawValue == object?["intent"] as? String, "\(text)")
            #expect(abs(top.probability - (object?["probability"] as? Double ?? -1)) < 1e-4, "\(text)")
        }
    }

    @Test func neverPredictsWhatOnlyTheComplianceRulesDecide() {
        #expect(!IntentModel.shared.intents.contains(.optOut))
        #expect(!IntentModel.shared.intents.contains(.wrongNumber))
        #expect(!IntentModel.shared.intents.contains(.optIn))
        let sum = IntentModel.shared.probabilities("stop texting me").map(\.probability).reduce(0, +)
        #expect(abs(sum - 1) < 1e-9)
    }

    struct BlendCase: Sendable, CustomStringConvertible {
        var rule: AssistantIntent
        var confidence: Double
        var model: AssistantIntent
        var probability: Double
        var expected: AssistantIntent?
        var description: String { "\(rule.rawValue)@\(confidence) vs \(model.rawValue)@\(probability)" }
    }

    @Test(arguments: [
        // The rules found nothing, the model is sure: the model's intent.
        BlendCase(rule: .other, confidence: 0.3, model: .frustrated, probability: 0.85, expected: .frustrated),
        BlendCase(rule: .other, confidence: 0.8, model: .defer, probability: 0.9, expected: .defer),
        // The model is unsure: the rules'.
        BlendCase(rule: .other, confidence: 0.3, model: .defer, probability: 0.7, expected: nil),
        // The rules are confident: they keep a shopping intent, but an escalation the model is sure of wins.
        BlendCase(rule: .shipping, confidence: 0.9, model: .returns, probability: 0.99, expected: nil),
        BlendCase(rule: .shipping, confidence: 0.9, model: .orderIssue, probability: 0.85, expected: .orderIssue),
        BlendCase(rule: .human, confidence: 0.9, model: .orderIssue, probability: 0.99, expected: nil),
        // Unsure rules give way to a sure model.
        BlendCase(rule: .product, confidence: 0.7, model: .variant, probability: 0.81, expected: .variant),
        // Compliance and card data are the rules' alone, whatever the model says.
        BlendCase(rule: .optOut, confidence: 0.5, model: .purchase, probability: 0.99, expected: nil),
        BlendCase(rule: .wrongNumber, confidence: 0.5, model: .human, probability: 0.99, expected: nil),
        BlendCase(rule: .optIn, confidence: 0.5, model: .other, probability: 0.99, expected: nil),
        BlendCase(rule: .help, confidence: 0.5, model: .product, probability: 0.99, expected: nil),
        BlendCase(rule: .paymentIssue, confidence: 0.5, model: .price, probability: 0.99, expected: nil),
    ])
    func blend(_ example: BlendCase) {
        let chosen = IntentBlend.override(
            rule: example.rule, confidence: example.confidence, model: [(example.model, example.probability)])
        #expect(chosen?.intent == example.expected)
    }

    /// Every text of every set, opt-outs and look-alikes alike: the blended classifier reads an opt-out (or
    /// wrong number) exactly where the rules alone do. The model can neither create nor remove one.
    @Test func neverCreatesOrRemovesAnOptOut() throws {
        let index = CatalogIndex(TestStore.store.catalog)
        let rules = IntentClassifier(catalog: index, model: nil)
        let blended = IntentClassifier(catalog: index)
        var texts: [String] = []
        for file in [
            "labeled_replies.jsonl", "heldout_replies.jsonl", "blind_replies.jsonl", "assistant_blind_v3.jsonl",
            "revocation_blind_v1.jsonl", "revocation_blind_v2.jsonl",
        ] {
            let data = try Data(contentsOf: TestStore.fixture(file))
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                texts.append(object?["text"] as? String ?? "")
            }
        }
        #expect(texts.count > 1300)
        let optOut: Set<AssistantIntent> = [.optOut, .wrongNumber]
        for text in texts {
            let before = rules.classify(text).primary
            let after = blended.classify(text).primary
            #expect(optOut.contains(before) == optOut.contains(after), "\(text): \(before.rawValue) → \(after.rawValue)")
        }
    }

    /// Where the rules find nothing or are unsure, a sure model decides (both wrong with the rules alone).
    @Test(arguments: [
        ("je ne suis plus intéressé", AssistantIntent.notInterested),
        ("already grabbed one last week", AssistantIntent.alreadyPurchased),
    ])
    func modelDecidesWhereTheRulesAreUnsure(_ text: String, _ expected: AssistantIntent) {
        let index = CatalogIndex(TestStore.store.catalog)
        #expect(IntentClassifier(catalog: index, model: nil).classify(text).primary != expected)
        let reading = IntentClassifier(catalog: index).classify(text)
        #expect(reading.primary == expected)
        #expect(reading.evidence.contains { $0.hasPrefix("model:") })
    }
}
