import Foundation

/// Chooses the flow for an abandoned cart from the store's flows.
///
/// Order: the first flow (as written) whose segment matches the cart; else the flow marked
/// `default: true`; else the first flow without a segment; else, when the store configured no
/// usable flow, the jurisdiction's preset (``FlowPreset/fallback(forCountry:)``: carrier-safe).
public struct FlowSelector: Sendable {
    /// The store's flow configuration.
    public var configuration: StoreFlowConfiguration

    /// Creates a selector.
    /// - Parameter configuration: The store's parsed flows.
    public init(configuration: StoreFlowConfiguration) {
        self.configuration = configuration
    }

    /// The flow for this cart.
    /// - Parameter context: The cart and shopper.
    /// - Returns: The chosen flow.
    public func select(for context: FlowContext) -> FlowDefinition {
        let flows = self.configuration.flows
        if let segmented = flows.first(where: { $0.segment?.matches(context) ?? false }) {
            return segmented
        }
        if let fallback = self.configuration.defaultFlow ?? flows.first(where: { $0.segment == nil }) {
            return fallback
        }
        return FlowPreset.fallback(forCountry: context.recipientCountry).definition
    }
}
