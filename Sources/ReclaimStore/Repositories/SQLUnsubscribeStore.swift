import Foundation
import ReclaimCore
import SQLKit

/// Unsubscribe tokens (unique by token), in SQL.
public struct SQLUnsubscribeStore: Sendable {
    static let table = "unsubscribe_tokens"
    static let columns = [
        "token", "store_id", "channel", "address_hash", "contact_id", "message_id", "created_at", "used_at",
    ]

    /// The database the tokens live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Stores a new token.
    /// - Returns: `false` when the token already exists (a collision to regenerate).
    @discardableResult
    public func create(_ token: UnsubscribeToken) async throws -> Bool {
        try await self.database.insert(into: Self.table).record(Self.record(token))
            .ignoringConflicts(with: ["token"])
            .returning("token")
            .first() != nil
    }

    /// Stores new tokens with one multi-row statement, skipping any that already exist.
    /// - Returns: The tokens stored.
    @discardableResult
    public func create(_ tokens: [UnsubscribeToken]) async throws -> Set<String> {
        var stored = Set<String>()
        for chunk in tokens.chunks(of: SQLBatch.rowsPerStatement) {
            let insert = self.database.insert(into: Self.table).columns(sqlColumns(Self.columns))
            for token in chunk { insert.values(Self.record(token).map(\.value)) }
            for row in try await insert.ignoringConflicts(with: ["token"]).returning("token").all() {
                stored.insert(try row.decode(column: "token", as: String.self))
            }
        }
        return stored
    }

    private static func record(_ token: UnsubscribeToken) -> SQLRecord {
        [
            ("token", token.token), ("store_id", token.storeID), ("channel", token.channel.rawValue),
            ("address_hash", token.addressHash), ("contact_id", token.contactID), ("message_id", token.messageID),
            ("created_at", SQLTime.millis(token.createdAt)), ("used_at", SQLTime.millis(token.usedAt)),
        ]
    }

    /// The token record, if any.
    public func resolve(token: String) async throws -> UnsubscribeToken? {
        try await self.first { $0.where("token", .equal, token) }
    }

    /// The token issued with a message (for its `List-Unsubscribe` header), if any.
    public func find(messageID: String) async throws -> UnsubscribeToken? {
        try await self.first { $0.where("message_id", .equal, messageID) }
    }

    private func first(_ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> UnsubscribeToken? {
        try await filter(self.database.select().columns(sqlColumns(Self.columns)).from(Self.table))
            .first()
            .map { row in
                UnsubscribeToken(
                    token: try row.text("token"), storeID: try row.text("store_id"),
                    channel: try row.enumeration("channel"), addressHash: try row.text("address_hash"),
                    contactID: try row.optionalText("contact_id"), messageID: try row.optionalText("message_id"),
                    createdAt: try row.date("created_at"), usedAt: try row.optionalDate("used_at"))
            }
    }

    /// Records that the token was used.
    public func markUsed(token: String, at now: Date) async throws {
        try await self.database.update(Self.table).set("used_at", to: SQLTime.millis(now))
            .where("token", .equal, token).run()
    }
}
