import Foundation
import Hummingbird
import ReclaimCore

/// A conversation's own fields.
struct ConversationBody: ResponseEncodable, Sendable {
    var id: String
    /// `assistant`, `escalated`, `human` or `closed`.
    var status: String
    var escalationReason: String?
    var cartID: String?
    var createdAt: Date
    var updatedAt: Date
    enum CodingKeys: String, CodingKey {
        case id, status
        case escalationReason = "escalation_reason"
        case cartID = "cart_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ conversation: Conversation) {
        self.id = conversation.id
        self.status = conversation.status.rawValue
        self.escalationReason = conversation.escalationReason
        self.cartID = conversation.cartID
        self.createdAt = conversation.createdAt
        self.updatedAt = conversation.updatedAt
    }
}

/// One turn of a transcript.
struct TurnBody: Codable, Sendable {
    var id: String
    /// `shopper`, `assistant`, `agent` or `system`.
    var author: String
    /// As stored: card data already redacted.
    var text: String
    var intent: String?
    var action: String?
    var agent: String?
    var messageID: String?
    var createdAt: Date
    enum CodingKeys: String, CodingKey {
        case id, author, text, intent, action, agent
        case messageID = "message_id"
        case createdAt = "created_at"
    }
}

extension TurnBody {
    /// The turn as stored.
    init(_ turn: Turn) {
        self.init(
            id: turn.id, author: turn.author.rawValue, text: turn.text, intent: turn.intent, action: turn.action,
            agent: turn.agent, messageID: turn.messageID, createdAt: turn.createdAt)
    }
}

/// The body of `GET …/conversations`.
struct ConversationListResponse: ResponseEncodable, Sendable {
    /// One row: the conversation, who it is with (phone masked) and its newest turn.
    struct Entry: Codable, Sendable {
        var id: String
        var status: String
        var escalationReason: String?
        var contact: Contact?
        var cartID: String?
        var lastTurn: LastTurn?
        var updatedAt: Date
        enum CodingKeys: String, CodingKey {
            case id, status
            case escalationReason = "escalation_reason"
            case contact
            case cartID = "cart_id"
            case lastTurn = "last_turn"
            case updatedAt = "updated_at"
        }
    }

    /// The shopper, with the phone masked (`+1******4567`).
    struct Contact: Codable, Sendable {
        var id: String
        var phone: String?
        var firstName: String?
        enum CodingKeys: String, CodingKey {
            case id, phone
            case firstName = "first_name"
        }
    }

    /// The newest turn.
    struct LastTurn: Codable, Sendable {
        var author: String
        var text: String
        var createdAt: Date
        enum CodingKeys: String, CodingKey {
            case author, text
            case createdAt = "created_at"
        }
    }

    var conversations: [Entry]
    var limit: Int
    var offset: Int

    init(entries: [InboxQueries.Entry], limit: Int, offset: Int) {
        self.conversations = entries.map { entry in
            Entry(
                id: entry.conversation.id, status: entry.conversation.status.rawValue,
                escalationReason: entry.conversation.escalationReason,
                contact: entry.contact.map { Contact(id: $0.id, phone: entry.maskedPhone, firstName: $0.firstName) },
                cartID: entry.conversation.cartID,
                lastTurn: entry.lastTurn.map { LastTurn(author: $0.author.rawValue, text: $0.text, createdAt: $0.createdAt) },
                updatedAt: entry.conversation.updatedAt)
        }
        self.limit = limit
        self.offset = offset
    }
}

/// The body of `POST …/messages`.
struct AgentReplyResponse: ResponseEncodable, Sendable {
    /// The queued text.
    struct MessageBody: Codable, Sendable {
        var id: String
        /// `pending` until the dispatcher hands it to the provider.
        var status: String
        var body: String
        /// When it leaves: now, or the first allowed instant after the shopper's quiet hours.
        var sendAt: Date
        enum CodingKeys: String, CodingKey {
            case id, status, body
            case sendAt = "send_at"
        }
    }

    var conversation: ConversationBody
    var message: MessageBody

    init(_ replied: InboxService.Replied) {
        self.conversation = ConversationBody(replied.conversation)
        self.message = MessageBody(
            id: replied.message.id, status: replied.message.status.rawValue, body: replied.message.body, sendAt: replied.sendAt)
    }
}

/// The body of `POST …/takeover`.
struct TakeOverResponse: ResponseEncodable, Sendable {
    var conversation: ConversationBody
}

/// The body of `POST …/handback`.
struct HandBackResponse: ResponseEncodable, Sendable {
    var conversation: ConversationBody
    /// Whether the journey was asked to resume (the flow engine does it in the background).
    var resumeFlow: Bool
    enum CodingKeys: String, CodingKey {
        case conversation
        case resumeFlow = "resume_flow"
    }
}
