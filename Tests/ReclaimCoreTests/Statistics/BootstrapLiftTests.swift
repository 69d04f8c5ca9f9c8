import Foundation
import ReclaimCore
import Testing

@Suite struct BootstrapLiftTests {
    /// With no variation the interval is the point: every resample of identical carts has the same mean.
    @Test func constantArmsGiveAPointInterval() throws {
        var random = SeededRandom(seed: 7)
        let result = try #require(
            BootstrapLift.lift(
                treated: .init(carts: 4, revenues: [500, 500, 500, 500]), control: .init(carts: 3, revenues: [200, 200, 200]),
                using: &random))
        #expect(result.lift == 300)
        #expect(result.interval.low == 300)
        #expect(result.interval.high == 300)
        #expect(result.interval.method == "percentile_bootstrap")
    }

    /// Revenue per cart 20 of 100 carts at 5,000 vs 10 of 100 at 5,000: lift 500 a cart. The difference of two
    /// binomial proportions times 5,000 has a standard error of 5,000 × √(0.2·0.8/100 + 0.1·0.9/100) = 250,
    /// so the 95% interval is close to 500 ± 490; the bootstrap must land within 60 of both ends.
    @Test func agreesWithTheNormalApproximationOnALargeishSample() throws {
        var random = SeededRandom(seed: 2026)
        let treated = BootstrapLift.Arm(carts: 100, revenues: Array(repeating: 5_000, count: 20))
        let control = BootstrapLift.Arm(carts: 100, revenues: Array(repeating: 5_000, count: 10))
        let result = try #require(BootstrapLift.lift(treated: treated, control: control, resamples: 4_000, using: &random))
        #expect(result.lift == 500)
        #expect(abs(result.interval.low - 10) < 60)
        #expect(abs(result.interval.high - 990) < 60)
    }

    @Test func theSameSeedGivesTheSameInterval() throws {
        let treated = BootstrapLift.Arm(carts: 30, revenues: [1_200, 3_400, 800])
        let control = BootstrapLift.Arm(carts: 13, revenues: [])
        var one = SeededRandom(seed: 42)
        var two = SeededRandom(seed: 42)
        let first = try #require(BootstrapLift.lift(treated: treated, control: control, using: &one))
        let second = try #require(BootstrapLift.lift(treated: treated, control: control, using: &two))
        #expect(first.interval == second.interval)
    }

    /// From 40,000 carts in the two arms the normal interval replaces the bootstrap (and answers at once): 2,000 of 20,000
    /// carts at 5,000 vs 1,000 of 20,000 → lift 250; variances 5,000² × 0.1 × 0.9 × 20,000/19,999 and
    /// 5,000² × 0.05 × 0.95 × 20,000/19,999, so the half-width is 1.959964 × √((2,250,112.5 + 1,187,559.4) / 20,000) = 25.70.
    @Test func largeArmsUseTheNormalInterval() throws {
        var random = SeededRandom(seed: 3)
        let treated = BootstrapLift.Arm(carts: 20_000, revenues: Array(repeating: 5_000, count: 2_000))
        let control = BootstrapLift.Arm(carts: 20_000, revenues: Array(repeating: 5_000, count: 1_000))
        let result = try #require(BootstrapLift.lift(treated: treated, control: control, using: &random))
        #expect(result.lift == 250)
        #expect(result.interval.method == "normal")
        #expect(abs(result.interval.low - (250 - 25.70)) < 0.01)
        #expect(abs(result.interval.high - (250 + 25.70)) < 0.01)
    }

    /// One huge arm is enough: the bootstrap would draw a million carts a thousand times.
    @Test func aHugeArmBesideASmallOneUsesTheNormalInterval() throws {
        var random = SeededRandom(seed: 4)
        let treated = BootstrapLift.Arm(carts: 1_000_000, revenues: Array(repeating: 5_000, count: 50_000))
        let control = BootstrapLift.Arm(carts: 500, revenues: Array(repeating: 5_000, count: 20))
        let result = try #require(BootstrapLift.lift(treated: treated, control: control, using: &random))
        #expect(result.interval.method == "normal")
        #expect(abs(result.lift - 50) < 1e-9)
    }

    @Test func anEmptyArmHasNoLift() {
        var random = SeededRandom(seed: 1)
        #expect(BootstrapLift.lift(treated: .init(carts: 0, revenues: []), control: .init(carts: 5, revenues: [1]), using: &random) == nil)
    }

    /// SplitMix64's first outputs for seed 0 (the reference sequence of Vigna's splitmix64.c).
    @Test func seededRandomIsSplitMix64() {
        var random = SeededRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
