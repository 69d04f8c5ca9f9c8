import Foundation
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// The holdout line of `reclaim demo` (issue 20): Newcombe's interval and the enough-data sentence.
@Suite struct DemoHoldoutLineTests {
    static func report(treated: (Int, Int), holdout: (Int, Int)) -> DemoReport {
        var stats = StoreStats()
        stats.arms = [
            "treated": ["journeys": treated.0, "recovered": treated.1, "revenue": 0],
            "holdout": ["journeys": holdout.0, "recovered": holdout.1, "revenue": 0],
        ]
        return DemoReport(stats: stats, deferred: 0, blocked: [:], replies: 0, answers: 0, escalations: 0, samples: [])
    }

    /// 25 of 100 messaged against 0 of 13 held out: the normal approximation printed 25.0% (16.5% to 33.5%);
    /// Newcombe's interval is 1.0% to 34.3% (checked by hand), and 13 carts are too few to say anything.
    @Test func zeroOfThirteenHeldOutPrintsAWideIntervalAndSaysSo() throws {
        let text = Self.report(treated: (100, 25), holdout: (13, 0)).render(currency: "USD", carts: 113, seconds: 1)
        let lines = text.split(separator: "\n").map(String.init)
        let lift = try #require(lines.first { $0.contains("incremental lift") })
        #expect(lift.hasSuffix("25.0%  (95% CI 1.0% to 34.3%, Newcombe)"))
        let index = try #require(lines.firstIndex(of: lift))
        #expect(
            lines[index + 1]
                == "  Not enough data: 100 messaged and 13 held-out carts (each group needs 30); the lift could be anywhere from 1.0% to 34.3%."
        )
    }

    @Test func aLargeClearDifferenceSaysItPlainly() throws {
        let text = Self.report(treated: (1_000, 250), holdout: (200, 20)).render(currency: "USD", carts: 1_200, seconds: 1)
        #expect(text.contains("Messages raised recovery by "))
        #expect(!text.contains("Not enough data"))
    }
}
