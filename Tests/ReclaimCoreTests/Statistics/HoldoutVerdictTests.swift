import Foundation
import ReclaimCore
import Testing

@Suite struct HoldoutVerdictTests {
    static func interval(_ low: Double, _ high: Double) -> ConfidenceInterval {
        ConfidenceInterval(low: low, high: high, level: 0.95, method: "newcombe_hybrid_score")
    }

    @Test(arguments: [
        (100, 13, 0.05, 0.10, false),  // a held-out arm under 30 carts
        (29, 400, 0.05, 0.10, false),  // a messaged arm under 30 carts
        (200, 200, -0.12, 0.15, false),  // spans zero, 27 points wide
        (200, 200, -0.05, 0.10, true),  // spans zero, 15 points wide: says the effect is small
        (200, 200, 0.02, 0.30, true),  // wide but above zero
        (30, 30, 0.01, 0.05, true),
    ])
    func theRule(_ treated: Int, _ control: Int, _ low: Double, _ high: Double, _ enough: Bool) {
        #expect(HoldoutVerdict.enoughData(treated: treated, control: control, interval: Self.interval(low, high)) == enough)
    }

    @Test func sentences() {
        #expect(
            HoldoutVerdict.sentence(treated: 100, control: 13, interval: Self.interval(-0.01, 0.33))
                == "Not enough data: 100 messaged and 13 held-out carts (each group needs 30); the lift could be anywhere from −1.0% to 33.0%."
        )
        #expect(
            HoldoutVerdict.sentence(treated: 300, control: 300, interval: Self.interval(0.02, 0.08))
                == "Messages raised recovery by 2.0% to 8.0% (95% interval).")
        #expect(HoldoutVerdict.sentence(treated: 0, control: 5, interval: nil).hasPrefix("Not enough data"))
        #expect(HoldoutVerdict.enoughData(treated: 100, control: 100, interval: nil) == false)
    }
}
