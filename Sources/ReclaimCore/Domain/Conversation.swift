import Foundation

/// Who is answering a conversation.
public enum ConversationStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// The assistant answers.
    case assistant
    /// Waiting for a person; the journey is paused.
    case escalated
    /// A person has taken over.
    case human
    /// Nothing open.
    case closed
}

/// The SMS thread between a store and one shopper, with its escalation state.
///
/// Unique per store by `contactID`.
public struct Conversation: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// The shopper.
    public var contactID: String
    /// The cart being discussed, usually the latest abandoned one.
    public var cartID: String?
    /// Who answers.
    public var status: ConversationStatus
    /// Why it was escalated.
    public var escalationReason: String?
    /// Last turn time.
    public var updatedAt: Date
    /// First turn time.
    public var createdAt: Date

    /// Creates a conversation.
    public init(
        id: String, storeID: StoreID, contactID: String, cartID: String? = nil, status: ConversationStatus = .assistant,
        escalationReason: String? = nil, updatedAt: Date, createdAt: Date
    ) {
        self.id = id
        self.storeID = storeID
        self.contactID = contactID
        self.cartID = cartID
        self.status = status
        self.escalationReason = escalationReason
        self.updatedAt = updatedAt
        self.createdAt = createdAt
    }
}

/// Who wrote a turn.
public enum TurnAuthor: String, Codable, Sendable, Hashable, CaseIterable {
    case shopper, assistant, agent, system
}

/// One message in a conversation, as shown in the inbox. Text is stored already redacted.
public struct Turn: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// The conversation.
    public var conversationID: String
    /// Who wrote it.
    public var author: TurnAuthor
    /// The text, card data redacted.
    public var text: String
    /// Classified intent for shopper turns.
    public var intent: String?
    /// The action the assistant took.
    public var action: String?
    /// The message row carrying it, if sent or received.
    public var messageID: String?
    /// The person who wrote an `agent` turn (or acted, for a `system` turn), as they named themselves.
    public var agent: String?
    /// When.
    public var createdAt: Date

    /// Creates a turn.
    public init(
        id: String, conversationID: String, author: TurnAuthor, text: String, intent: String? = nil,
        action: String? = nil, messageID: String? = nil, agent: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.conversationID = conversationID
        self.author = author
        self.text = text
        self.intent = intent
        self.action = action
        self.messageID = messageID
        self.agent = agent
        self.createdAt = createdAt
    }
}
