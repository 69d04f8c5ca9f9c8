import Foundation
import ReclaimCore
import Testing

/// Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
/// methods", Statistics in Medicine 17:857–872, Table I, method 3 (score interval without continuity
/// correction), 95%, to four decimals.
@Suite struct WilsonIntervalTests {
    @Test(arguments: [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (29, 29, 0.8830, 1.0000),
    ])
    func matchesNewcombeTableI(_ successes: Int, _ trials: Int, _ low: Double, _ high: Double) throws {
        let interval = try #require(WilsonInterval.interval(successes: successes, trials: trials))
        #expect(abs(interval.low - low) < 0.00005)
        #expect(abs(interval.high - high) < 0.00005)
        #expect(interval.level == 0.95)
        #expect(interval.method == "wilson")
    }

    @Test func boundsAtZeroAndAllAreExact() throws {
        #expect(try #require(WilsonInterval.interval(successes: 0, trials: 13)).low == 0)
        #expect(try #require(WilsonInterval.interval(successes: 13, trials: 13)).high == 1)
    }

    @Test(arguments: [(0, 0), (-1, 10), (11, 10), (1, -5)])
    func meaninglessCountsHaveNoInterval(_ successes: Int, _ trials: Int) {
        #expect(WilsonInterval.interval(successes: successes, trials: trials) == nil)
    }

    @Test func theNinetyFivePercentQuantileIsOnePointNineSix() {
        #expect(abs(ConfidenceInterval.z(level: 0.95) - 1.959964) < 1e-6)
        #expect(abs(ConfidenceInterval.z(level: 0.99) - 2.575829) < 1e-6)
    }
}
