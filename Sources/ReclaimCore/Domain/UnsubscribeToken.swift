import Foundation

/// The unguessable token behind an email's unsubscribe link and `List-Unsubscribe` header.
///
/// It names the store, the channel and the hashed address to suppress, so the `/u/{token}` pages work
/// without a login and without the address itself in the URL.
public struct UnsubscribeToken: Codable, Sendable, Hashable {
    /// The token in `/u/{token}`.
    public var token: String
    /// Owning store.
    public var storeID: StoreID
    /// The channel the link unsubscribes from (email for `List-Unsubscribe`).
    public var channel: Channel
    /// Hash of the normalized address (see the suppression list).
    public var addressHash: String
    /// The shopper, for the preference page.
    public var contactID: String?
    /// The message that carried the link.
    public var messageID: String?
    /// When it was issued.
    public var createdAt: Date
    /// When it was last used to unsubscribe.
    public var usedAt: Date?

    /// Creates a token record.
    public init(
        token: String, storeID: StoreID, channel: Channel, addressHash: String, contactID: String? = nil,
        messageID: String? = nil, createdAt: Date, usedAt: Date? = nil
    ) {
        self.token = token
        self.storeID = storeID
        self.channel = channel
        self.addressHash = addressHash
        self.contactID = contactID
        self.messageID = messageID
        self.createdAt = createdAt
        self.usedAt = usedAt
    }
}
