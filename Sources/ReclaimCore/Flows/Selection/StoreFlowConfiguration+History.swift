import Foundation

extension StoreFlowConfiguration {
    /// Whether choosing or running these flows reads the shopper's history with the store (earlier
    /// orders; clicks or replies on other carts). When none does, the scheduler skips the queries that
    /// would compute it: they are a tenth of a step's statements.
    public var readsShopperHistory: Bool {
        let candidates = self.flows + FlowPreset.allCases.map(\.definition)
        return candidates.contains(where: \.readsShopperHistory)
    }
}

extension FlowDefinition {
    /// Whether the segment or any step condition reads the shopper's history.
    public var readsShopperHistory: Bool {
        if self.segment?.readsShopperHistory == true { return true }
        return self.steps.contains { step in
            step.conditions.contains { condition in
                if case .firstTimeShopper = condition { return true }
                return false
            }
        }
    }
}

extension FlowSegment {
    /// Whether matching needs first-time/returning or earlier responsiveness.
    public var readsShopperHistory: Bool {
        self.shopper != nil || self.clickedBefore != nil || self.repliedBefore != nil || self.respondedBefore != nil
    }
}
