import Foundation
import ReclaimCore
import Testing

/// Newcombe (1998), "Interval estimation for the difference between independent proportions:
/// comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score
/// interval, no continuity correction), 95%, to four decimals, examples (a) to (h).
@Suite struct NewcombeDifferenceTests {
    @Test(arguments: [
        (56, 70, 48, 80, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.1705, 0.8090),
        (6, 7, 2, 7, 0.0582, 0.8062),
        (5, 56, 0, 29, -0.0381, 0.1926),
        (0, 10, 0, 20, -0.1611, 0.2775),
        (0, 10, 0, 10, -0.2775, 0.2775),
        (10, 10, 0, 20, 0.6791, 1.0000),
        (10, 10, 0, 10, 0.6075, 1.0000),
    ])
    func matchesNewcombeTableII(_ a: Int, _ m: Int, _ b: Int, _ n: Int, _ low: Double, _ high: Double) throws {
        let interval = try #require(NewcombeDifference.interval(first: (a, m), second: (b, n)))
        #expect(abs(interval.low - low) < 0.00005)
        #expect(abs(interval.high - high) < 0.00005)
        #expect(interval.method == "newcombe_hybrid_score")
    }

    /// The case: 0 recoveries out of 13 held-out carts must not give a narrow interval.
    @Test func zeroOfThirteenHeldOutIsWide() throws {
        let interval = try #require(NewcombeDifference.interval(first: (25, 100), second: (0, 13)))
        #expect(interval.low < 0.05)
        #expect(interval.width > 0.2)
    }

    @Test func anEmptyArmHasNoInterval() {
        #expect(NewcombeDifference.interval(first: (0, 0), second: (1, 10)) == nil)
        #expect(NewcombeDifference.interval(first: (1, 10), second: (0, 0)) == nil)
    }
}
