import Foundation

/// A tracked link placed in one message: `/r/{token}` redirects to `targetURL`.
///
/// Unique by `token`.
public struct TrackedLink: Codable, Sendable, Hashable {
    /// Unguessable token in the short URL.
    public var token: String
    /// Owning store.
    public var storeID: StoreID
    /// The message that carries the link.
    public var messageID: String?
    /// The cart it restores.
    public var cartID: String?
    /// Where the shopper lands (the recovery URL, with a discount applied when one is attached).
    public var targetURL: String
    /// When the link was minted.
    public var createdAt: Date

    /// Creates a tracked link.
    public init(
        token: String, storeID: StoreID, messageID: String? = nil, cartID: String? = nil, targetURL: String,
        createdAt: Date
    ) {
        self.token = token
        self.storeID = storeID
        self.messageID = messageID
        self.cartID = cartID
        self.targetURL = targetURL
        self.createdAt = createdAt
    }
}

/// One visit to a tracked link.
public struct Click: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// The link's token.
    public var token: String
    /// The message that carried the link.
    public var messageID: String?
    /// The cart.
    public var cartID: String?
    /// Visitor IP.
    public var ip: String?
    /// Visitor browser; used to discount link-preview bots.
    public var userAgent: String?
    /// When.
    public var clickedAt: Date

    /// Creates a click.
    public init(
        id: String, storeID: StoreID, token: String, messageID: String? = nil, cartID: String? = nil,
        ip: String? = nil, userAgent: String? = nil, clickedAt: Date
    ) {
        self.id = id
        self.storeID = storeID
        self.token = token
        self.messageID = messageID
        self.cartID = cartID
        self.ip = ip
        self.userAgent = userAgent
        self.clickedAt = clickedAt
    }
}
