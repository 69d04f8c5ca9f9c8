import Foundation
import ReclaimCore
import Testing

@Suite struct ExperimentAssignmentTests {
    static let ids = (0..<10_000).map { "cart-\($0)" }

    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func fnv1aMatchesTheReferenceVectors(_ text: String, _ expected: UInt64) {
        #expect(StableHash.fnv1a64(text) == expected)
    }

    @Test func assignmentIsTheSameEveryTime() {
        for id in Self.ids.prefix(500) {
            let first = ExperimentAssignment(cartID: id, flowName: "carrier-safe")
            let second = ExperimentAssignment(cartID: id, flowName: "carrier-safe")
            #expect(first.holdoutPoint == second.holdoutPoint)
            #expect(first.isHoldout(percent: 10) == second.isHoldout(percent: 10))
        }
    }

    @Test func assignmentsArePinnedAcrossReleases() {
        // If these change, carts already assigned would move between arms after an upgrade.
        let holdouts = Self.ids.prefix(200).filter { ExperimentAssignment(cartID: $0, flowName: "carrier-safe").isHoldout(percent: 10) }
        #expect(holdouts == Self.pinnedHoldouts)
    }

    static let pinnedHoldouts = [
        "cart-6", "cart-41", "cart-47", "cart-48", "cart-63", "cart-70", "cart-74", "cart-83", "cart-88", "cart-91",
        "cart-93", "cart-101", "cart-102", "cart-103", "cart-116", "cart-122", "cart-124", "cart-141", "cart-159",
        "cart-181", "cart-192",
    ]

    @Test(arguments: [0.0, 5.0, 10.0, 25.0, 50.0, 90.0])
    func holdoutShareIsWithinOnePointFive(_ percent: Double) {
        let held = Self.ids.filter { ExperimentAssignment(cartID: $0, flowName: "carrier-safe").isHoldout(percent: percent) }
        let share = Double(held.count) / Double(Self.ids.count) * 100
        #expect(abs(share - percent) <= 1.5, "\(share)% held out for \(percent)%")
    }

    @Test func noneAndAllAreExact() {
        #expect(!Self.ids.contains { ExperimentAssignment(cartID: $0, flowName: "f").isHoldout(percent: 0) })
        #expect(Self.ids.allSatisfy { ExperimentAssignment(cartID: $0, flowName: "f").isHoldout(percent: 100) })
    }

    @Test(arguments: [[1.0, 1.0], [3.0, 1.0], [1.0, 1.0, 2.0], [0.2, 0.8]])
    func variantsFollowTheirWeights(_ weights: [Double]) {
        let variants = weights.enumerated().map { FlowStepVariant(label: "v\($0.offset)", weight: $0.element) }
        var counts: [String: Int] = [:]
        for id in Self.ids {
            let label = ExperimentAssignment(cartID: id, flowName: "hybrid").variant(among: variants)?.label ?? "none"
            counts[label, default: 0] += 1
        }
        let total = weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            let share = Double(counts["v\(index)", default: 0]) / Double(Self.ids.count)
            #expect(abs(share - weight / total) <= 0.015, "v\(index): \(share)")
        }
    }

    @Test func variantsWithoutPositiveWeightAreNeverChosen() {
        let assignment = ExperimentAssignment(cartID: "cart-1", flowName: "f")
        #expect(assignment.variant(among: []) == nil)
        #expect(assignment.variant(among: [FlowStepVariant(label: "a", weight: 0)]) == nil)
        #expect(assignment.variant(among: [FlowStepVariant(label: "a", weight: 0), FlowStepVariant(label: "b")])?.label == "b")
    }

    @Test func holdoutAndVariantAreIndependent() {
        let variants = [FlowStepVariant(label: "A"), FlowStepVariant(label: "B")]
        let held = Self.ids.map { ExperimentAssignment(cartID: $0, flowName: "f") }.filter { $0.isHoldout(percent: 20) }
        let inB = held.filter { $0.variant(among: variants)?.label == "B" }.count
        let share = Double(inB) / Double(held.count)
        #expect(abs(share - 0.5) <= 0.05, "\(share) of held-out carts in B")
    }

    @Test func theFlowNameSaltsTheAssignment() {
        let differing = Self.ids.prefix(1_000).filter {
            ExperimentAssignment(cartID: $0, flowName: "a").isHoldout(percent: 50)
                != ExperimentAssignment(cartID: $0, flowName: "b").isHoldout(percent: 50)
        }
        #expect(differing.count > 400 && differing.count < 600)
    }

    @Test func unitIntervalStaysInRange() {
        for id in Self.ids {
            let point = StableHash.unitInterval(id)
            #expect(point >= 0 && point < 1)
        }
    }
}
