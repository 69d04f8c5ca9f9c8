/// One fact from the store's data that an answer relied on, for audit and for checking LLM output.
public struct AssistantFact: Codable, Sendable, Hashable {
    /// Where the fact came from.
    public enum Source: String, Codable, Sendable, Hashable {
        /// A product or variant in the catalog.
        case catalog
        /// The store's shipping, returns or warranty policy.
        case policy
        /// A store FAQ answer.
        case faq
        /// The shopper's cart: lines, link, discount state.
        case cart
        /// The store's brand and support contact.
        case store
    }

    /// Stable key (`shipping.free_over`, `variant.ASJ-BLU-L.available`, `faq.2`).
    public var key: String
    /// The fact as one sentence or value (`Free shipping on orders over $75`).
    public var text: String
    /// Where it came from.
    public var source: Source

    /// Creates a fact.
    public init(key: String, text: String, source: Source) {
        self.key = key
        self.text = text
        self.source = source
    }
}
