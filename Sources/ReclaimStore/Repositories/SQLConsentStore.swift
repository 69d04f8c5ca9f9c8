import Foundation
import ReclaimCore
import SQLKit

/// The append-only consent log in SQL.
///
/// Records are never updated or deleted; a revocation is a new record. The only change allowed is
/// erasure, which clears the personal data of a record while its kind, source, disclosure and times stay.
/// Records are ordered by `occurredAt`, then `recordedAt`, then `id`.
public struct SQLConsentStore: Sendable {
    /// The database the log lives in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Appends `record` to the log. Appending the same `id` again changes nothing.
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the stored record.
    public func append(_ record: ConsentRecord) async throws -> InsertOutcome<ConsentRecord> {
        let inserted = try await self.database.insert(into: ConsentRecord.sqlTable).record(record.sqlRecord())
            .ignoringConflicts(with: ["id"])
            .returning(sqlColumns(ConsentRecord.sqlColumns))
            .first().map(ConsentRecord.init(sqlRow:))
        if let inserted { return .inserted(inserted) }
        guard let existing = try await self.get(id: record.id) else {
            throw RepositoryError.vanished(table: ConsentRecord.sqlTable, key: record.id)
        }
        return .duplicate(existing)
    }

    /// The record with `id`, if any.
    public func get(id: String) async throws -> ConsentRecord? {
        try await self.selectRecords().where("id", .equal, id).first().map(ConsentRecord.init(sqlRow:))
    }

    /// The most recent record for the address on the channel: the one that decides consent now.
    /// - Parameter address: E.164 phone or email (compared as given; callers normalise).
    public func latest(storeID: StoreID, channel: Channel, address: String) async throws -> ConsentRecord? {
        try await self.selectRecords(storeID: storeID, channel: channel, address: address)
            .orderBy("occurred_at", .descending).orderBy("recorded_at", .descending).orderBy("id", .descending)
            .first().map(ConsentRecord.init(sqlRow:))
    }

    /// Every record for the address on the channel, oldest first.
    public func history(storeID: StoreID, channel: Channel, address: String) async throws -> [ConsentRecord] {
        try await self.ordered(self.selectRecords(storeID: storeID, channel: channel, address: address))
            .all().map(ConsentRecord.init(sqlRow:))
    }

    /// The store's records for export, oldest first, optionally within `[from, to)` by `occurredAt`.
    /// - Parameters:
    ///   - limit: At most this many; page with `offset`.
    public func export(
        storeID: StoreID, from: Date? = nil, to: Date? = nil, limit: Int = 1000, offset: Int = 0
    ) async throws -> [ConsentRecord] {
        let query = self.selectRecords().where("store_id", .equal, storeID)
        if let from { query.where("occurred_at", .greaterThanOrEqual, SQLTime.millis(from)) }
        if let to { query.where("occurred_at", .lessThan, SQLTime.millis(to)) }
        return try await self.ordered(query).limit(limit).offset(offset).all().map(ConsentRecord.init(sqlRow:))
    }

    /// Erases the personal data (address, IP, user agent, page URL) of every record for the address.
    /// - Returns: How many records were erased.
    public func erase(storeID: StoreID, channel: Channel, address: String) async throws -> Int {
        try await self.eraseStatement()
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address", .equal, address)
            .returning("id").all().count
    }

    /// Erases the personal data of every record linked to the contact.
    /// - Returns: How many records were erased.
    public func erase(contactID: String) async throws -> Int {
        try await self.eraseStatement().where("contact_id", .equal, contactID).returning("id").all().count
    }

    private func eraseStatement() -> SQLUpdateBuilder {
        self.database.update(ConsentRecord.sqlTable)
            .set("address", to: SQLLiteral.null)
            .set("ip", to: SQLLiteral.null)
            .set("user_agent", to: SQLLiteral.null)
            .set("page_url", to: SQLLiteral.null)
    }

    /// The most recent record for each of `addresses` on the channel, by address (see
    /// ``latest(storeID:channel:address:)``): one query for a batch of sends.
    public func latest(storeID: StoreID, channel: Channel, addresses: [String]) async throws -> [String: ConsentRecord] {
        guard !addresses.isEmpty else { return [:] }
        let records = try await self.selectRecords()
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address", .in, Array(Set(addresses)))
            .all().map(ConsentRecord.init(sqlRow:))
        var latest: [String: ConsentRecord] = [:]
        for record in records {
            if let current = latest[record.address],
                (current.occurredAt, current.recordedAt, current.id) >= (record.occurredAt, record.recordedAt, record.id)
            {
                continue
            }
            latest[record.address] = record
        }
        return latest
    }

    private func selectRecords() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(ConsentRecord.sqlColumns)).from(ConsentRecord.sqlTable)
    }

    private func selectRecords(storeID: StoreID, channel: Channel, address: String) -> SQLSelectBuilder {
        self.selectRecords()
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address", .equal, address)
    }

    private func ordered(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
        query.orderBy("occurred_at").orderBy("recorded_at").orderBy("id")
    }
}
