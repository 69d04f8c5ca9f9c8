import Foundation

/// What `reclaim connect` does to a platform's webhook subscriptions so that each wanted topic has exactly one
/// correct subscription: keep a correct one, correct one of Reclaim's that is wrong, create what is missing.
///
/// A subscription is *correct* when it delivers to `url`, is active and (where the platform shows it) carries
/// Reclaim's secret. One of Reclaim's that is wrong is recognised by its path (`/webhooks/{platform}/{store}`)
/// on any host, e.g. after `public_url` changed. Subscriptions of other apps or plugins are never touched.
/// Running the plan twice changes nothing the second time.
public struct WebhookPlan: Sendable, Hashable {
    /// What happens to one topic.
    public enum Action: String, Sendable, Hashable {
        /// A correct subscription exists.
        case keep = "kept"
        /// One of Reclaim's exists but is wrong (URL, inactive, secret): it is updated.
        case correct = "corrected"
        /// None exists: one is created.
        case create = "created"
    }

    /// One topic's step.
    public struct Step: Sendable, Hashable {
        /// The topic or scope.
        public var topic: String
        /// What happens.
        public var action: Action
        /// The subscription kept or corrected.
        public var subscription: WebhookSubscription?
    }

    /// One step per wanted topic, in the order wanted.
    public var steps: [Step]

    /// Plans the changes.
    /// - Parameters:
    ///   - wanted: The topics Reclaim needs.
    ///   - url: The callback URL (`{public_url}/webhooks/{platform}/{store}`).
    ///   - existing: What the platform lists.
    public init(wanted: [String], url: String, existing: [WebhookSubscription]) {
        let path = Self.path(url)
        var used: Set<String> = []
        self.steps = wanted.map { topic in
            let candidates = existing.filter { $0.topic.lowercased() == topic.lowercased() && !used.contains($0.id) }
            if let right = candidates.first(where: { $0.url == url && $0.active && $0.secretMatches != false }) {
                used.insert(right.id)
                return Step(topic: topic, action: .keep, subscription: right)
            }
            if let ours = candidates.first(where: { $0.url == url || (!path.isEmpty && Self.path($0.url) == path) }) {
                used.insert(ours.id)
                return Step(topic: topic, action: .correct, subscription: ours)
            }
            return Step(topic: topic, action: .create, subscription: nil)
        }
    }

    /// Whether applying the plan changes anything.
    public var changesSomething: Bool { self.steps.contains { $0.action != .keep } }

    static func path(_ url: String) -> String {
        let path = URLComponents(string: url)?.path ?? ""
        return path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
