import Foundation

extension IntentEvaluation {
    /// A Markdown report: headline figures, the per-intent table and the confusion summary.
    /// - Parameter misses: how many misclassified texts to list at the end.
    public func report(misses: Int = 0) -> String {
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        var lines = [
            "Replies: \(self.outcomes.count)",
            "Overall intent accuracy: \(percent(self.accuracy))",
            "Action accuracy: \(percent(self.actionAccuracy))",
            "Opt-out recall: \(percent(self.optOutRecall))",
            "Escalation recall (frustrated/order/payment/human): \(percent(self.urgentEscalationRecall))",
            "Escalation recall (all escalate labels): \(percent(self.escalationRecall)), precision \(percent(self.escalationPrecision))",
            "",
            "| intent | n | precision | recall | F1 |",
            "|---|---:|---:|---:|---:|",
        ]
        for score in self.perIntent {
            lines.append(
                "| \(score.intent.rawValue) | \(score.support) | \(percent(score.precision)) | "
                    + "\(percent(score.recall)) | \(percent(score.f1)) |")
        }
        lines.append("")
        lines.append("Confusions (expected → predicted):")
        for confusion in self.confusions.prefix(15) {
            lines.append("  \(confusion.expected.rawValue) → \(confusion.predicted.rawValue): \(confusion.count)")
        }
        if misses > 0 {
            lines.append("")
            lines.append("Misclassified:")
            for outcome in self.outcomes.filter({ $0.expected != $0.predicted || $0.expectedEscalate != $0.predictedEscalate })
                .prefix(misses)
            {
                lines.append(
                    "  [\(outcome.expected.rawValue)/\(outcome.expectedEscalate ? "esc" : "-")] → "
                        + "[\(outcome.predicted.rawValue)/\(outcome.predictedEscalate ? "esc" : "-")/\(outcome.action.rawValue)] "
                        + outcome.text)
            }
        }
        return lines.joined(separator: "\n")
    }
}
