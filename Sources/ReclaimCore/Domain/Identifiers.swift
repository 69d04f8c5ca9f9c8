/// Identifier of a merchant's store, the `{store}` segment in routes (`northwind`).
public typealias StoreID = String

/// A machine-readable reason with a human sentence, attached to every decision Reclaim makes
/// (send, defer, block, escalate), so the merchant can always see why.
public struct Reason: Codable, Sendable, Hashable {
    /// Stable code such as `quiet_hours` or `consent_missing`.
    public var code: String
    /// One sentence a merchant can read.
    public var message: String

    /// Creates a reason.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
