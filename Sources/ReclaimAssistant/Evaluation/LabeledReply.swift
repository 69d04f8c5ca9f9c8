import Foundation

/// One hand-labeled shopper reply: `{"text", "intent", "escalate", "cart"?}` per line of a JSONL file.
public struct LabeledReply: Codable, Sendable, Hashable {
    /// The reply as a shopper would send it.
    public var text: String
    /// The intent a person assigns.
    public var intent: AssistantIntent
    /// Whether a person should take over.
    public var escalate: Bool
    /// The cart (by id in the evaluation store) the reply answers; the first cart when absent.
    public var cart: String?

    /// Creates a labeled reply.
    public init(text: String, intent: AssistantIntent, escalate: Bool, cart: String? = nil) {
        self.text = text
        self.intent = intent
        self.escalate = escalate
        self.cart = cart
    }

    /// Parses a JSONL document, one reply per non-empty line.
    /// - Parameter data: the file's bytes.
    /// - Returns: the replies in file order.
    /// - Throws: `DecodingError` naming the first bad line.
    public static func parseLines(_ data: Data) throws -> [LabeledReply] {
        let decoder = JSONDecoder()
        return try String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { try decoder.decode(LabeledReply.self, from: Data($0.utf8)) }
    }
}

/// A store to evaluate against: catalog, policies and one context per cart id.
public struct EvaluationStore: Codable, Sendable {
    /// The catalog.
    public var catalog: AssistantCatalog
    /// The policies.
    public var policies: StorePolicies
    /// Conversation context per cart id.
    public var contexts: [String: AssistantContext]

    /// Creates an evaluation store.
    public init(catalog: AssistantCatalog, policies: StorePolicies, contexts: [String: AssistantContext]) {
        self.catalog = catalog
        self.policies = policies
        self.contexts = contexts
    }

    /// The context for a reply: its cart's, or the first cart's by id.
    public func context(for reply: LabeledReply) -> AssistantContext? {
        if let cart = reply.cart, let context = self.contexts[cart] { return context }
        return self.contexts.keys.sorted().first.flatMap { self.contexts[$0] }
    }
}
