import ReclaimCore

/// What a store's configuration still lacks before consent from its platform can count, in one place:
/// the start-up warning, the dashboard banner and `reclaim connect` all print ``problems``.
///
/// ```swift
/// for problem in StoreReadiness(store).problems { print("\(problem.key): \(problem.message)") }
/// ```
public struct StoreReadiness: Sendable {
    /// One thing to fix.
    public struct Problem: Sendable, Hashable {
        /// The configuration key to set (`consent.platform_disclosure`).
        public var key: String
        /// What goes wrong without it and what to do, in one sentence.
        public var message: String
    }

    /// The store judged.
    public let store: StoreConfiguration

    /// Judges `store`.
    public init(_ store: StoreConfiguration) {
        self.store = store
    }

    /// Every problem, most important first; empty when the store is ready.
    public var problems: [Problem] {
        var problems: [Problem] = []
        if let platform = self.store.platformName, self.store.consent?.wording == nil {
            problems.append(
                Problem(
                    key: "consent.platform_disclosure",
                    message: "consent from \(platform) has no disclosure wording: set consent.platform_disclosure to the exact "
                        + "text your checkout shows next to its SMS box; until then no text goes out on \(platform)'s consent"))
        }
        return problems
    }
}

extension StoreConfiguration {
    /// The commerce platform this store is connected to (`shopify`, `woocommerce`, `bigcommerce`), the
    /// first configured; `nil` for a store fed only through the events API.
    public var platformName: String? {
        if self.shopify != nil { return CommerceSource.shopify.rawValue }
        if self.woocommerce != nil { return CommerceSource.woocommerce.rawValue }
        if self.bigcommerce != nil { return CommerceSource.bigcommerce.rawValue }
        return nil
    }
}
