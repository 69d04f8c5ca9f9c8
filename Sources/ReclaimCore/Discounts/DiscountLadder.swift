import Foundation

/// The rungs of discount a flow may give one cart, lowest first (none → 10 % → 15 %).
///
/// Built from a flow's steps: every step's offer and every variant's offer, by ``DiscountOffer/tier``.
/// Two arms of an experiment may offer different things at the same tier; the ladder keeps the step's
/// own offer first, so ``offer(tier:)`` answers with the one the flow was written with.
///
/// ```swift
/// let ladder = DiscountLadder(flow: FlowPreset.threeTouchSMS.definition)
/// ladder.tiers.map(\.value)          // [10, 15]
/// ladder.next(after: 1)?.value       // 15
/// ```
public struct DiscountLadder: Sendable, Hashable {
    /// The offers, ordered by tier (and, within a tier, as written).
    public var offers: [DiscountOffer]

    /// A ladder of the given offers.
    /// - Parameter offers: The rungs, in any order.
    public init(offers: [DiscountOffer]) {
        self.offers = offers.enumerated().sorted { ($0.element.tier, $0.offset) < ($1.element.tier, $1.offset) }.map(\.element)
    }

    /// The ladder of a flow: its steps' offers, then its variants' offers.
    /// - Parameter flow: A parsed flow.
    public init(flow: FlowDefinition) {
        let own = flow.steps.compactMap(\.discount)
        let arms = flow.steps.flatMap { $0.variants.compactMap(\.discount) }
        self.init(offers: own + arms)
    }

    /// One offer per tier (the first written), lowest first.
    public var tiers: [DiscountOffer] {
        var seen: Set<Int> = []
        return self.offers.filter { seen.insert($0.tier).inserted }
    }

    /// Whether the flow gives any discount.
    public var isEmpty: Bool { self.offers.isEmpty }

    /// The offer at `tier`, if the ladder has one.
    public func offer(tier: Int) -> DiscountOffer? {
        self.offers.first { $0.tier == tier }
    }

    /// The lowest rung above `tier` (above nothing when `tier` is `nil` or 0).
    public func next(after tier: Int?) -> DiscountOffer? {
        self.tiers.first { $0.tier > (tier ?? 0) }
    }
}
