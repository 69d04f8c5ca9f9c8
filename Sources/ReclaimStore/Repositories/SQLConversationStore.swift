import Foundation
import ReclaimCore
import SQLKit

/// Conversations (one per shopper per store) and their turns, in SQL.
public struct SQLConversationStore: Sendable {
    /// The database the conversations live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// The shopper's conversation, created from `conversation` when the shopper has none.
    ///
    /// Concurrent calls for the same shopper all return the same row.
    /// - Parameter conversation: The conversation to create if needed; its `storeID` and `contactID` select it.
    /// - Returns: The stored conversation (unchanged when it existed).
    public func getOrCreate(_ conversation: Conversation) async throws -> Conversation {
        if let existing = try await self.find(storeID: conversation.storeID, contactID: conversation.contactID) {
            return existing
        }
        let inserted = try await self.database.insert(into: Conversation.sqlTable).record(conversation.sqlRecord())
            .ignoringConflicts()
            .returning(sqlColumns(Conversation.sqlColumns))
            .first().map(Conversation.init(sqlRow:))
        if let inserted { return inserted }
        guard let existing = try await self.find(storeID: conversation.storeID, contactID: conversation.contactID) else {
            throw RepositoryError.conflict(table: Conversation.sqlTable, key: conversation.id)
        }
        return existing
    }

    /// The conversation with `id`, if any.
    public func get(id: String) async throws -> Conversation? {
        try await self.selectConversations().where("id", .equal, id).first().map(Conversation.init(sqlRow:))
    }

    /// The shopper's conversation, if any.
    public func find(storeID: StoreID, contactID: String) async throws -> Conversation? {
        try await self.selectConversations()
            .where("store_id", .equal, storeID).where("contact_id", .equal, contactID)
            .first().map(Conversation.init(sqlRow:))
    }

    /// The store's conversations, most recently active first (the inbox).
    public func list(
        storeID: StoreID, status: ConversationStatus? = nil, limit: Int = 100, offset: Int = 0
    )
        async throws -> [Conversation]
    {
        let query = self.selectConversations().where("store_id", .equal, storeID)
        if let status { query.where("status", .equal, status.rawValue) }
        return try await query.orderBy("updated_at", .descending).orderBy("id", .descending)
            .limit(limit).offset(offset).all().map(Conversation.init(sqlRow:))
    }

    /// How many of the store's conversations have each status (statuses with none are left out).
    public func countByStatus(storeID: StoreID) async throws -> [ConversationStatus: Int] {
        let rows = try await self.database.select()
            .column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("conversations").where("store_id", .equal, storeID).groupBy("status").all()
        var counts: [ConversationStatus: Int] = [:]
        for row in rows {
            guard let status = ConversationStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            counts[status] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// Changes who answers the conversation, and optionally the cart it is about.
    /// - Parameters:
    ///   - escalationReason: Why it was escalated; stored as given (`nil` clears it).
    ///   - cartID: The cart being discussed; `nil` keeps the stored one.
    /// - Returns: The updated conversation, or `nil` when none has `id`.
    public func updateStatus(
        id: String, to status: ConversationStatus, escalationReason: String? = nil, cartID: String? = nil, at now: Date
    ) async throws -> Conversation? {
        let update = self.database.update(Conversation.sqlTable)
            .set("status", to: status.rawValue)
            .set("escalation_reason", to: escalationReason)
            .set("updated_at", to: SQLTime.millis(now))
        if let cartID { update.set("cart_id", to: cartID) }
        return try await update.where("id", .equal, id)
            .returning(sqlColumns(Conversation.sqlColumns))
            .first().map(Conversation.init(sqlRow:))
    }

    /// Appends a turn and moves the conversation's `updatedAt` to the turn's time (never backwards).
    /// Appending the same turn `id` again changes nothing.
    /// - Returns: `true` when the turn was new.
    @discardableResult
    public func appendTurn(_ turn: Turn) async throws -> Bool {
        let inserted =
            try await self.database.insert(into: Turn.sqlTable).record(turn.sqlRecord())
            .ignoringConflicts(with: ["id"])
            .returning("id")
            .first() != nil
        guard inserted else { return false }
        try await self.database.update(Conversation.sqlTable)
            .set("updated_at", to: SQLTime.millis(turn.createdAt))
            .where("id", .equal, turn.conversationID)
            .where("updated_at", .lessThan, SQLTime.millis(turn.createdAt))
            .run()
        return true
    }

    /// The conversation's turns, oldest first, the last `limit` of them.
    public func turns(conversationID: String, limit: Int = 200) async throws -> [Turn] {
        let newest = try await self.database.select().columns(sqlColumns(Turn.sqlColumns)).from(Turn.sqlTable)
            .where("conversation_id", .equal, conversationID)
            .orderBy("created_at", .descending).orderBy("id", .descending).limit(limit)
            .all().map(Turn.init(sqlRow:))
        return newest.reversed()
    }

    private func selectConversations() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Conversation.sqlColumns)).from(Conversation.sqlTable)
    }
}
