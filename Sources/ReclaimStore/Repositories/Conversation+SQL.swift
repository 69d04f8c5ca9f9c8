import ReclaimCore
import SQLKit

extension Conversation {
    /// The table rows live in.
    static let sqlTable = "conversations"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "contact_id", "cart_id", "status", "escalation_reason", "updated_at", "created_at",
    ]

    /// Reads a conversation from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            contactID: try row.text("contact_id"),
            cartID: try row.optionalText("cart_id"),
            status: try row.enumeration("status"),
            escalationReason: try row.optionalText("escalation_reason"),
            updatedAt: try row.date("updated_at"),
            createdAt: try row.date("created_at")
        )
    }

    /// The row to write for this conversation.
    func sqlRecord() -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("contact_id", self.contactID),
            ("cart_id", self.cartID),
            ("status", self.status.rawValue),
            ("escalation_reason", self.escalationReason),
            ("updated_at", SQLTime.millis(self.updatedAt)),
            ("created_at", SQLTime.millis(self.createdAt)),
        ]
    }
}

extension Turn {
    /// The table rows live in.
    static let sqlTable = "turns"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "conversation_id", "author", "text", "intent", "action", "message_id", "created_at", "agent",
    ]

    /// Reads a turn from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            conversationID: try row.text("conversation_id"),
            author: try row.enumeration("author"),
            text: try row.text("text"),
            intent: try row.optionalText("intent"),
            action: try row.optionalText("action"),
            messageID: try row.optionalText("message_id"),
            agent: try row.optionalText("agent"),
            createdAt: try row.date("created_at")
        )
    }

    /// The row to write for this turn.
    func sqlRecord() -> SQLRecord {
        [
            ("id", self.id),
            ("conversation_id", self.conversationID),
            ("author", self.author.rawValue),
            ("text", self.text),
            ("intent", self.intent),
            ("action", self.action),
            ("message_id", self.messageID),
            ("created_at", SQLTime.millis(self.createdAt)),
            ("agent", self.agent),
        ]
    }
}
