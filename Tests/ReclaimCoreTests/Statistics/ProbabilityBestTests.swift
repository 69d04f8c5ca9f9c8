import Foundation
import ReclaimCore
import Testing

/// References integrated independently (SciPy 1.17 `integrate.quad` of fᵢ(x)·∏Fⱼ(x) with
/// `stats.beta(1 + s, 1 + f)`), to four decimals.
@Suite struct ProbabilityBestTests {
    @Test(arguments: [
        ([(10, 100), (20, 100)], [0.0248, 0.9752]),
        ([(0, 13), (3, 33)], [0.2383, 0.7617]),
        ([(10, 100), (20, 100), (15, 100)], [0.0147, 0.8105, 0.1749]),
        ([(5, 50), (5, 50)], [0.5, 0.5]),
    ])
    func matchesIntegratedReferences(_ variants: [(Int, Int)], _ expected: [Double]) {
        let probabilities = ProbabilityBest.probabilities(variants.map { (successes: $0.0, trials: $0.1) })
        #expect(probabilities.count == expected.count)
        for (value, reference) in zip(probabilities, expected) { #expect(abs(value - reference) < 0.0005) }
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-9)
    }

    @Test func largeSamplesStayAccurate() {
        // Two arms of a million: 10.0% vs 10.1% is a z of about 2.36, so P(second best) ≈ Φ(2.36) = 0.9908.
        let probabilities = ProbabilityBest.probabilities([(100_000, 1_000_000), (101_000, 1_000_000)])
        #expect(abs(probabilities[1] - 0.9908) < 0.002)
    }

    @Test func noVariantsOrOne() {
        #expect(ProbabilityBest.probabilities([]) == [])
        #expect(ProbabilityBest.probabilities([(successes: 3, trials: 9)]) == [1])
    }
}
