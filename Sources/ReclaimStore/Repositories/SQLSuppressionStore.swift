import Foundation
import ReclaimCore
import SQLKit

/// The do-not-message list in SQL, keyed by `(storeID, channel, addressHash)`.
///
/// Callers compute `addressHash` as the installation's keyed hash of the normalised address (E.164 phone,
/// lower-cased email; see ``AddressHashKey``), the same value ``Suppression/addressHash`` carries; this
/// store never hashes, so the hash function lives in one place outside it.
public struct SQLSuppressionStore: Sendable {
    /// The database the list lives in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Adds `suppression` unless the address is already suppressed on the channel.
    ///
    /// The first entry wins: a later STOP does not replace the reason or time of an earlier one.
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the stored entry.
    public func add(_ suppression: Suppression) async throws -> InsertOutcome<Suppression> {
        let inserted = try await self.database.insert(into: Suppression.sqlTable).record(suppression.sqlRecord())
            .ignoringConflicts(with: ["store_id", "channel", "address_hash"])
            .returning(sqlColumns(Suppression.sqlColumns))
            .first().map(Suppression.init(sqlRow:))
        if let inserted { return .inserted(inserted) }
        let existing = try await self.find(
            storeID: suppression.storeID, channel: suppression.channel, addressHash: suppression.addressHash)
        guard let existing else { throw RepositoryError.vanished(table: Suppression.sqlTable, key: suppression.addressHash) }
        return .duplicate(existing)
    }

    /// Whether the address (by hash) must not be messaged on the channel.
    public func isSuppressed(storeID: StoreID, channel: Channel, addressHash: String) async throws -> Bool {
        try await self.database.select().column(SQLLiteral.numeric("1")).from(Suppression.sqlTable)
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address_hash", .equal, addressHash)
            .first() != nil
    }

    /// The entry for the address (by hash) on the channel, if any.
    public func find(storeID: StoreID, channel: Channel, addressHash: String) async throws -> Suppression? {
        try await self.selectEntries()
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address_hash", .equal, addressHash)
            .first().map(Suppression.init(sqlRow:))
    }

    /// The store's entries, newest first, optionally for one channel.
    public func list(
        storeID: StoreID, channel: Channel? = nil, limit: Int = 100, offset: Int = 0
    ) async throws
        -> [Suppression]
    {
        let query = self.selectEntries().where("store_id", .equal, storeID)
        if let channel { query.where("channel", .equal, channel.rawValue) }
        return try await query.orderBy("created_at", .descending).orderBy("address_hash")
            .limit(limit).offset(offset).all().map(Suppression.init(sqlRow:))
    }

    /// Clears the plain address of the entry for erasure; the hash stays, so the address stays suppressed.
    /// - Returns: `true` when an entry exists.
    public func erase(storeID: StoreID, channel: Channel, addressHash: String) async throws -> Bool {
        try await self.database.update(Suppression.sqlTable)
            .set("address", to: SQLLiteral.null)
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address_hash", .equal, addressHash)
            .returning("address_hash").first() != nil
    }

    /// The entries for these addresses (by hash) on the channel, by hash: one query for a batch of sends.
    public func find(storeID: StoreID, channel: Channel, addressHashes: [String]) async throws -> [String: Suppression] {
        guard !addressHashes.isEmpty else { return [:] }
        let entries = try await self.selectEntries()
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address_hash", .in, Array(Set(addressHashes)))
            .all().map(Suppression.init(sqlRow:))
        return Dictionary(entries.map { ($0.addressHash, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func selectEntries() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Suppression.sqlColumns)).from(Suppression.sqlTable)
    }
}
