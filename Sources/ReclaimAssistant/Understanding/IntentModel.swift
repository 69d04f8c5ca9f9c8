import Foundation

/// A small statistical intent classifier: binarised multinomial naive Bayes over ``IntentFeatures``,
/// trained by `scripts/train-intent-model` on the labeled, second and blind reply sets. Its counts are
/// committed in `IntentModel+Weights.swift` and parsed once (``shared``).
///
/// It never predicts an opt-out, a wrong number or START: those are the compliance rules' alone.
///
/// ```swift
/// IntentModel.shared.probabilities("when will it get here").first?.intent   // .shipping
/// ```
public struct IntentModel: Sendable {
    /// The committed model, parsed on first use.
    public static let shared = IntentModel(
        classNames: Self.classNames, classDocuments: Self.classDocuments, weights: Self.weights, alpha: Self.alpha,
        temperature: Self.temperature)

    private let classes: [AssistantIntent]
    private let logPriors: [Double]
    /// Per class: log(α) − log(total count + α·vocabulary), the weight of a feature the class never had.
    private let absentWeights: [Double]
    /// Per feature: (class, log(count + α) − log(α)) for the classes that had it.
    private let boosts: [String: [(Int, Double)]]
    private let calibration: Double

    init(classNames: [String], classDocuments: [Int], weights: String, alpha: Double, temperature: Double) {
        self.calibration = temperature
        self.classes = classNames.map { AssistantIntent(rawValue: $0) ?? .other }
        var boosts: [String: [(Int, Double)]] = [:]
        var totals = [Int](repeating: 0, count: classNames.count)
        for line in weights.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            var entries: [(Int, Double)] = []
            for pair in parts[1].split(separator: ",") {
                let fields = pair.split(separator: ":")
                guard fields.count == 2, let index = Int(fields[0]), let count = Int(fields[1]), totals.indices.contains(index)
                else { continue }
                totals[index] += count
                entries.append((index, log(Double(count) + alpha) - log(alpha)))
            }
            boosts[String(parts[0])] = entries
        }
        let vocabulary = Double(boosts.count)
        let documents = Double(classDocuments.reduce(0, +))
        self.boosts = boosts
        self.logPriors = classDocuments.map { log((Double($0) + 1) / (documents + Double(classNames.count))) }
        self.absentWeights = totals.map { log(alpha) - log(Double($0) + alpha * vocabulary) }
    }

    /// The intents the model can predict.
    public var intents: [AssistantIntent] { self.classes }

    /// Posterior probability of each intent for a text, most likely first.
    public func probabilities(_ text: String) -> [(intent: AssistantIntent, probability: Double)] {
        let known = IntentFeatures.extract(text).compactMap { self.boosts[$0] }
        var scores = self.logPriors
        for index in scores.indices { scores[index] += Double(known.count) * self.absentWeights[index] }
        for entries in known {
            for (index, boost) in entries { scores[index] += boost }
        }
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp(($0 - top) / self.calibration) }
        let total = exponentials.reduce(0, +)
        return zip(self.classes, exponentials).map { (intent: $0, probability: $1 / total) }
            .sorted { $0.probability != $1.probability ? $0.probability > $1.probability : $0.intent.rawValue < $1.intent.rawValue }
    }
}
