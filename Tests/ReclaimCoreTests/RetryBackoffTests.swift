import Foundation
import ReclaimCore
import Testing

@Suite struct RetryBackoffTests {
    @Test(arguments: [
        (1, 5.0), (2, 10.0), (3, 20.0), (4, 40.0), (5, 80.0), (6, 160.0), (7, 320.0), (8, 640.0),
        (9, 1_280.0), (10, 2_560.0), (11, 3_600.0), (12, 3_600.0), (100, 3_600.0), (10_000, 3_600.0),
    ])
    func standardDelaysDoubleUpToTheCap(_ attempt: Int, _ expected: TimeInterval) {
        #expect(RetryBackoff.standard.delay(attempt: attempt) == expected)
    }

    @Test(arguments: [0, -1, Int.min])
    func attemptsBelowOneCountAsTheFirst(_ attempt: Int) {
        #expect(RetryBackoff.standard.delay(attempt: attempt) == 5)
    }

    @Test(arguments: [
        (0.0, 40.0), (0.5, 30.0), (1.0, 20.0),
        (-3.0, 40.0), (7.0, 20.0), (Double.nan, 40.0),  // clamped
    ])
    func jitterShortensTheDelayByUpToTheSpread(_ jitter: Double, _ expected: TimeInterval) {
        #expect(RetryBackoff.standard.delay(attempt: 4, jitter: jitter) == expected)
    }

    @Test func jitterNeverExceedsTheCap() {
        let backoff = RetryBackoff(base: 1, cap: 60, jitterSpread: 0.25)
        for attempt in 1...40 {
            for jitter in stride(from: 0.0, through: 1.0, by: 0.125) {
                let delay = backoff.delay(attempt: attempt, jitter: jitter)
                #expect(delay <= 60)
                #expect(delay >= 0.75 * min(60, pow(2, Double(attempt - 1))))
            }
        }
    }

    @Test func retryDateAddsTheDelayToNow() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let backoff = RetryBackoff(base: 2, cap: 10, jitterSpread: 0)
        #expect(backoff.retryDate(attempt: 3, jitter: 1, now: now) == now.addingTimeInterval(8))
        #expect(backoff.retryDate(attempt: 9, now: now) == now.addingTimeInterval(10))
    }

    @Test func outOfRangeSettingsAreClamped() {
        let backoff = RetryBackoff(base: -5, cap: -1, jitterSpread: 3)
        #expect(backoff.base == 0)
        #expect(backoff.cap == 0)
        #expect(backoff.jitterSpread == 1)
        #expect(backoff.delay(attempt: 3) == 0)
    }
}
