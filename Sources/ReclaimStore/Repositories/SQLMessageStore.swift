import Foundation
import ReclaimCore
import SQLKit

/// The outbox and inbox in SQL.
///
/// Outbound messages are unique per store by `idempotencyKey`; inbound messages by the provider's id, so a
/// redelivered webhook inserts nothing.
public struct SQLMessageStore: Sendable {
    /// The database the messages live in.
    public let database: any SQLDatabase

    /// Statuses that count toward frequency caps: queued or on its way to the shopper.
    public static let capCountedStatuses: Set<MessageStatus> = [.pending, .sending, .accepted, .sent, .delivered]

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts an outbound message unless the store already holds one with its `idempotencyKey`.
    ///
    /// This is what makes a second send of the same step impossible: of any number of concurrent calls with
    /// the same key, exactly one returns ``InsertOutcome/inserted(_:)``.
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the stored message.
    /// - Throws: ``RepositoryError/invalid(_:)`` when the message is not outbound or has no idempotency key.
    public func insertOutbound(_ message: Message) async throws -> InsertOutcome<Message> {
        guard message.direction == .outbound, let key = message.idempotencyKey else {
            throw RepositoryError.invalid("an outbound message needs an idempotency key")
        }
        if let inserted = try await self.insertIfAbsent(message) { return .inserted(inserted) }
        guard let existing = try await self.find(storeID: message.storeID, idempotencyKey: key) else {
            throw RepositoryError.conflict(table: Message.sqlTable, key: message.id)
        }
        return .duplicate(existing)
    }

    /// Inserts an inbound message unless one with the same provider id is stored (a redelivered webhook).
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the stored message.
    /// - Throws: ``RepositoryError/invalid(_:)`` when the message is not inbound.
    public func insertInbound(_ message: Message) async throws -> InsertOutcome<Message> {
        guard message.direction == .inbound else { throw RepositoryError.invalid("not an inbound message") }
        if let inserted = try await self.insertIfAbsent(message) { return .inserted(inserted) }
        if let providerID = message.providerID,
            let existing = try await self.find(providerID: providerID, direction: .inbound, storeID: message.storeID)
        {
            return .duplicate(existing)
        }
        throw RepositoryError.conflict(table: Message.sqlTable, key: message.id)
    }

    /// The message with `id`, if any.
    public func get(id: String) async throws -> Message? {
        try await self.selectMessages().where("id", .equal, id).first().map(Message.init(sqlRow:))
    }

    /// The messages with these ids, by id (unknown ids are absent): one query for a batch of dispatches.
    public func get(ids: [String]) async throws -> [String: Message] {
        guard !ids.isEmpty else { return [:] }
        let messages = try await self.selectMessages().where("id", .in, Array(Set(ids))).all().map(Message.init(sqlRow:))
        return Dictionary(messages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The store's outbound message with this idempotency key, if any.
    public func find(storeID: StoreID, idempotencyKey: String) async throws -> Message? {
        try await self.selectMessages()
            .where("store_id", .equal, storeID).where("idempotency_key", .equal, idempotencyKey)
            .first().map(Message.init(sqlRow:))
    }

    /// The message the provider knows by `providerID` (status callbacks carry only this), if any.
    /// - Parameters:
    ///   - direction: Outbound for status callbacks, inbound for received messages.
    ///   - storeID: Narrow to one store; any store when `nil`.
    public func find(
        providerID: String, direction: MessageDirection = .outbound, storeID: StoreID? = nil
    )
        async throws -> Message?
    {
        let query = self.selectMessages()
            .where("provider_id", .equal, providerID).where("direction", .equal, direction.rawValue)
        if let storeID { query.where("store_id", .equal, storeID) }
        return try await query.first().map(Message.init(sqlRow:))
    }

    /// The cart's messages, oldest first.
    public func list(cartID: String) async throws -> [Message] {
        try await self.listOrdered(self.selectMessages().where("cart_id", .equal, cartID))
    }

    /// The journey's messages, oldest first.
    public func list(journeyID: String) async throws -> [Message] {
        try await self.listOrdered(self.selectMessages().where("journey_id", .equal, journeyID))
    }

    /// The contact's messages (both directions), oldest first, the last `limit` of them.
    public func list(contactID: String, limit: Int = 200) async throws -> [Message] {
        let newest = try await self.selectMessages().where("contact_id", .equal, contactID)
            .orderBy("created_at", .descending).orderBy("id", .descending).limit(limit)
            .all().map(Message.init(sqlRow:))
        return newest.reversed()
    }

    /// The messages of each of these carts, oldest first, by cart id (carts without messages are absent):
    /// one query for a batch of due steps.
    public func list(cartIDs: [String]) async throws -> [String: [Message]] {
        guard !cartIDs.isEmpty else { return [:] }
        let messages = try await self.listOrdered(self.selectMessages().where("cart_id", .in, Array(Set(cartIDs))))
        return Dictionary(grouping: messages, by: { $0.cartID ?? "" })
    }

    /// Inserts outbound messages with one multi-row statement, skipping any whose idempotency key (or id)
    /// the store already holds, as ``insertOutbound(_:)`` does one at a time.
    /// - Returns: The ids of the messages inserted.
    /// - Throws: ``RepositoryError/invalid(_:)`` when one is not outbound or has no idempotency key.
    public func insertOutbound(_ messages: [Message]) async throws -> Set<String> {
        guard let first = messages.first else { return [] }
        guard messages.allSatisfy({ $0.direction == .outbound && $0.idempotencyKey != nil }) else {
            throw RepositoryError.invalid("an outbound message needs an idempotency key")
        }
        let columns = sqlColumns(try first.sqlRecord().map(\.column))
        var inserted = Set<String>()
        // 24 parameters a row: chunks stay far below PostgreSQL's 65,535 parameters a statement.
        for chunk in messages.chunks(of: SQLBatch.rowsPerStatement) {
            let insert = self.database.insert(into: Message.sqlTable).columns(columns)
            for message in chunk { insert.values(try message.sqlRecord().map(\.value)) }
            for row in try await insert.ignoringConflicts().returning("id").all() {
                inserted.insert(try row.decode(column: "id", as: String.self))
            }
        }
        return inserted
    }

    func insertIfAbsent(_ message: Message) async throws -> Message? {
        try await self.database.insert(into: Message.sqlTable).record(try message.sqlRecord())
            .ignoringConflicts()
            .returning(sqlColumns(Message.sqlColumns))
            .first().map(Message.init(sqlRow:))
    }

    func selectMessages() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Message.sqlColumns)).from(Message.sqlTable)
    }

    private func listOrdered(_ query: SQLSelectBuilder) async throws -> [Message] {
        try await query.orderBy("created_at").orderBy("id").all().map(Message.init(sqlRow:))
    }
}
