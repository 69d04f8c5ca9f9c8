import Foundation
import ReclaimCore
import SQLKit

extension SQLConversationStore {
    /// The newest turn of each conversation, for an inbox page: one query whatever the page size.
    ///
    /// Of turns written at the same instant, the one with the greatest `id` wins (ids are time-ordered).
    /// - Parameter conversationIDs: The conversations of the page.
    /// - Returns: The newest turn by conversation id; conversations without turns are absent.
    public func lastTurns(conversationIDs: [String]) async throws -> [String: Turn] {
        guard !conversationIDs.isEmpty else { return [:] }
        let latest = SQLSubquery.select {
            $0.column(SQLFunction("MAX", args: SQLColumn("created_at", table: "latest")))
                .from(SQLAlias(SQLIdentifier(Turn.sqlTable), as: SQLIdentifier("latest")))
                .where(SQLColumn("conversation_id", table: "latest"), .equal, SQLColumn("conversation_id", table: Turn.sqlTable))
        }
        let rows = try await self.database.select().columns(sqlColumns(Turn.sqlColumns)).from(Turn.sqlTable)
            .where("conversation_id", .in, conversationIDs)
            .where(SQLColumn("created_at", table: Turn.sqlTable), .equal, latest)
            .all().map(Turn.init(sqlRow:))
        var newest: [String: Turn] = [:]
        for turn in rows where newest[turn.conversationID].map({ turn.id > $0.id }) ?? true {
            newest[turn.conversationID] = turn
        }
        return newest
    }
}
