/// Precision, recall and F1 per intent, plus the acceptance figures, for predictions on a labeled set.
public struct IntentEvaluation: Sendable {
    /// One labeled reply with what the assistant decided.
    public struct Outcome: Sendable, Hashable {
        /// The reply text.
        public var text: String
        /// The labeled intent.
        public var expected: AssistantIntent
        /// The predicted intent.
        public var predicted: AssistantIntent
        /// The labeled escalation.
        public var expectedEscalate: Bool
        /// Whether the assistant escalated (flag or action).
        public var predictedEscalate: Bool
        /// The predicted action.
        public var action: AssistantAction

        /// Creates an outcome.
        public init(
            text: String, expected: AssistantIntent, predicted: AssistantIntent, expectedEscalate: Bool,
            predictedEscalate: Bool, action: AssistantAction
        ) {
            self.text = text
            self.expected = expected
            self.predicted = predicted
            self.expectedEscalate = expectedEscalate
            self.predictedEscalate = predictedEscalate
            self.action = action
        }
    }

    /// Scores for one intent.
    public struct IntentScore: Sendable, Hashable {
        /// The intent.
        public var intent: AssistantIntent
        /// Labeled replies with this intent.
        public var support: Int
        /// Correct predictions / all predictions of this intent (1 when never predicted).
        public var precision: Double
        /// Correct predictions / labeled replies.
        public var recall: Double

        /// Harmonic mean of precision and recall.
        public var f1: Double { self.precision + self.recall == 0 ? 0 : 2 * self.precision * self.recall / (self.precision + self.recall) }
    }

    /// Every outcome.
    public let outcomes: [Outcome]

    /// Evaluates outcomes.
    public init(outcomes: [Outcome]) {
        self.outcomes = outcomes
    }

    /// Share of replies whose primary intent matches the label.
    public var accuracy: Double { self.share(self.outcomes) { $0.expected == $0.predicted } }

    /// Share of replies whose predicted intent maps to the labeled intent's action (``AssistantIntent/mappedAction``).
    public var actionAccuracy: Double {
        self.share(self.outcomes) { $0.expected.mappedAction == $0.predicted.mappedAction }
    }

    /// Share of replies labeled opt-out that were classified opt-out.
    public var optOutRecall: Double { self.share(self.outcomes.filter { $0.expected == .optOut }) { $0.predicted == .optOut } }

    /// Share of escalation-labeled frustrated, order, payment and human replies that were escalated.
    public var urgentEscalationRecall: Double {
        self.share(self.outcomes.filter { $0.expected.alwaysEscalates && $0.expectedEscalate }) { $0.predictedEscalate }
    }

    /// Share of all escalation-labeled replies that were escalated.
    public var escalationRecall: Double {
        self.share(self.outcomes.filter(\.expectedEscalate)) { $0.predictedEscalate }
    }

    /// Share of escalations that were labeled as such.
    public var escalationPrecision: Double {
        self.share(self.outcomes.filter(\.predictedEscalate)) { $0.expectedEscalate }
    }

    /// Scores per intent in ``AssistantIntent/allCases`` order.
    public var perIntent: [IntentScore] {
        AssistantIntent.allCases.map { intent in
            let labeled = self.outcomes.filter { $0.expected == intent }
            let predicted = self.outcomes.filter { $0.predicted == intent }
            let correct = labeled.filter { $0.predicted == intent }.count
            return IntentScore(
                intent: intent, support: labeled.count,
                precision: predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count),
                recall: labeled.isEmpty ? 1 : Double(correct) / Double(labeled.count))
        }
    }

    /// Misclassifications grouped as (expected, predicted) with counts, most frequent first.
    public var confusions: [(expected: AssistantIntent, predicted: AssistantIntent, count: Int)] {
        var counts: [String: (AssistantIntent, AssistantIntent, Int)] = [:]
        for outcome in self.outcomes where outcome.expected != outcome.predicted {
            let key = "\(outcome.expected.rawValue)>\(outcome.predicted.rawValue)"
            counts[key, default: (outcome.expected, outcome.predicted, 0)].2 += 1
        }
        return counts.values.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0.rawValue < $1.0.rawValue }
            .map { (expected: $0.0, predicted: $0.1, count: $0.2) }
    }

    private func share(_ outcomes: [Outcome], _ passes: (Outcome) -> Bool) -> Double {
        outcomes.isEmpty ? 1 : Double(outcomes.filter(passes).count) / Double(outcomes.count)
    }
}
