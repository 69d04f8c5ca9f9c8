import Foundation
import ReclaimChannels
import Testing

@Suite struct TokenBucketTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    /// (capacity, rate, sends at offsets, expected send offsets)
    static let cases: [(String, Double, Double, [Double], [Double])] = [
        ("long code: one per second", 1, 1, [0, 0, 0], [0, 1, 2]),
        ("burst of three then paced", 3, 3, [0, 0, 0, 0, 0], [0, 0, 0, 1.0 / 3, 2.0 / 3]),
        ("idle time refills up to capacity only", 2, 1, [0, 0, 10, 10, 10], [0, 0, 10, 10, 11]),
        ("late caller waits behind earlier reservations", 1, 1, [0, 0, 0.5], [0, 1, 2]),
        ("after the queue drains, sends go at once", 1, 1, [0, 0, 5], [0, 1, 5]),
    ]

    @Test(arguments: Self.cases)
    func reservationsFollowTheRate(_ example: (String, Double, Double, [Double], [Double])) {
        let (_, capacity, rate, offsets, expected) = example
        var bucket = TokenBucket(capacity: capacity, refillPerSecond: rate, now: self.t0)
        let got = offsets.map { bucket.reserve(now: self.t0.addingTimeInterval($0)).timeIntervalSince(self.t0) }
        for (a, b) in zip(got, expected) { #expect(abs(a - b) < 1e-6, "\(example.0): \(got) vs \(expected)") }
    }
}

@Suite struct PacingTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func segmentsCostTokens() {
        var bucket = TokenBucket(throughput: .longCode, now: self.t0)
        #expect(bucket.reserve(now: self.t0, cost: 3) == self.t0.addingTimeInterval(2))
        #expect(bucket.reserve(now: self.t0, cost: 1) == self.t0.addingTimeInterval(3))
    }

    @Test func pauseAfterRateLimitDelaysTheNextSend() {
        var bucket = TokenBucket(throughput: .tollFree, now: self.t0)
        bucket.pause(until: self.t0.addingTimeInterval(10), now: self.t0)
        let next = bucket.reserve(now: self.t0.addingTimeInterval(1))
        #expect(abs(next.timeIntervalSince(self.t0) - (10 + 1.0 / 3)) < 1e-6)
    }

    @Test func tryTakeSkipsWithoutDebt() {
        var bucket = TokenBucket(capacity: 1, refillPerSecond: 1, now: self.t0)
        let first = bucket.tryTake(now: self.t0)
        let second = bucket.tryTake(now: self.t0.addingTimeInterval(0.5))
        let third = bucket.tryTake(now: self.t0.addingTimeInterval(1))
        #expect([first, second, third] == [true, false, true])
    }

    @Test func stateRoundTripsThroughJSON() throws {
        var bucket = TokenBucket(throughput: .shortCode, now: self.t0)
        _ = bucket.reserve(now: self.t0, cost: 150)
        let decoded = try JSONDecoder().decode(TokenBucket.self, from: JSONEncoder().encode(bucket))
        #expect(decoded == bucket)
        var copy = decoded
        #expect(copy.reserve(now: self.t0) == self.t0.addingTimeInterval(0.51))
    }

    @Test func twoProcessesSharingTheStateStayUnderTheRate() {
        // Each "process" loads the stored state, reserves, and stores it back (as through the database).
        var stored = TokenBucket(throughput: .longCode, now: self.t0)
        var times: [Date] = []
        for index in 0..<10 {
            var loaded = stored
            times.append(loaded.reserve(now: self.t0.addingTimeInterval(Double(index) * 0.1)))
            stored = loaded
        }
        for (earlier, later) in zip(times, times.dropFirst()) {
            #expect(later.timeIntervalSince(earlier) >= 1 - 1e-6)
        }
    }

    @Test(arguments: [
        (SenderType.longCode, 1.0), (.tollFree, 3.0), (.shortCode, 100.0),
    ])
    func defaultsFollowTheReference(type: SenderType, rate: Double) {
        #expect(SenderThroughput.default(for: type).segmentsPerSecond == rate)
    }

    @Test(arguments: [
        ("+15017122661", SenderType.longCode), ("+18885551234", .tollFree), ("+18335550000", .tollFree),
        ("12345", .shortCode), ("+447700900123", .longCode),
    ])
    func senderTypeIsGuessedFromTheNumber(number: String, type: SenderType) {
        #expect(SenderThroughput.senderType(of: number) == type)
    }
}
