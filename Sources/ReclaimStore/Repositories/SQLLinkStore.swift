import Foundation
import ReclaimCore
import SQLKit

/// Tracked links (unique by token) and the clicks on them, in SQL.
public struct SQLLinkStore: Sendable {
    /// The database the links live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Stores a new link unless its token is taken.
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the link already
    ///   holding the token (compare it: a different target means a token collision to regenerate).
    public func create(_ link: TrackedLink) async throws -> InsertOutcome<TrackedLink> {
        let inserted = try await self.database.insert(into: TrackedLink.sqlTable).record(link.sqlRecord())
            .ignoringConflicts(with: ["token"])
            .returning(sqlColumns(TrackedLink.sqlColumns))
            .first().map(TrackedLink.init(sqlRow:))
        if let inserted { return .inserted(inserted) }
        guard let existing = try await self.resolve(token: link.token) else {
            throw RepositoryError.vanished(table: TrackedLink.sqlTable, key: link.token)
        }
        return .duplicate(existing)
    }

    /// Stores new links with one multi-row statement, skipping any whose token is taken.
    /// - Returns: The tokens stored.
    @discardableResult
    public func create(_ links: [TrackedLink]) async throws -> Set<String> {
        guard let first = links.first else { return [] }
        let columns = sqlColumns(first.sqlRecord().map(\.column))
        var stored = Set<String>()
        for chunk in links.chunks(of: SQLBatch.rowsPerStatement) {
            let insert = self.database.insert(into: TrackedLink.sqlTable).columns(columns)
            for link in chunk { insert.values(link.sqlRecord().map(\.value)) }
            for row in try await insert.ignoringConflicts(with: ["token"]).returning("token").all() {
                stored.insert(try row.decode(column: "token", as: String.self))
            }
        }
        return stored
    }

    /// The link behind `token`, if any.
    public func resolve(token: String) async throws -> TrackedLink? {
        try await self.database.select().columns(sqlColumns(TrackedLink.sqlColumns)).from(TrackedLink.sqlTable)
            .where("token", .equal, token)
            .first().map(TrackedLink.init(sqlRow:))
    }

    /// The links a message carries, oldest first.
    public func links(messageID: String) async throws -> [TrackedLink] {
        try await self.database.select().columns(sqlColumns(TrackedLink.sqlColumns)).from(TrackedLink.sqlTable)
            .where("message_id", .equal, messageID)
            .orderBy("created_at")
            .all().map(TrackedLink.init(sqlRow:))
    }

    /// Records a click. Recording the same click `id` again changes nothing.
    /// - Returns: `true` when the click was new.
    /// - Throws: a foreign-key error when `click.token` names no link.
    @discardableResult
    public func recordClick(_ click: Click) async throws -> Bool {
        try await self.database.insert(into: Click.sqlTable).record(click.sqlRecord())
            .ignoringConflicts(with: ["id"])
            .returning("id")
            .first() != nil
    }

    /// Clicks on links of the cart, oldest first.
    public func clicks(cartID: String) async throws -> [Click] {
        try await self.clicks { $0.where("cart_id", .equal, cartID) }
    }

    /// Clicks on links carried by the message, oldest first.
    public func clicks(messageID: String) async throws -> [Click] {
        try await self.clicks { $0.where("message_id", .equal, messageID) }
    }

    /// Clicks on the link, oldest first.
    public func clicks(token: String) async throws -> [Click] {
        try await self.clicks { $0.where("token", .equal, token) }
    }

    private func clicks(_ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Click] {
        try await filter(self.database.select().columns(sqlColumns(Click.sqlColumns)).from(Click.sqlTable))
            .orderBy("clicked_at").orderBy("id").all().map(Click.init(sqlRow:))
    }
}
