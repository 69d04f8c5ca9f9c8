import Foundation
import ReclaimCore
import SQLKit

extension SQLMessageStore {
    /// Outbound messages in one of `statuses`, oldest first: what a restarted dispatcher must pick up
    /// (`pending` rows whose job may be lost, `sending` rows to reconcile with the provider).
    /// - Parameters:
    ///   - statuses: The statuses to list.
    ///   - limit: At most this many.
    public func listOutbound(statuses: Set<MessageStatus>, limit: Int = 1000) async throws -> [Message] {
        if statuses.isEmpty { return [] }
        return try await self.database.select().columns(sqlColumns(Message.sqlColumns)).from(Message.sqlTable)
            .where("direction", .equal, MessageDirection.outbound.rawValue)
            .where("status", .in, statuses.map(\.rawValue).sorted())
            .orderBy("created_at")
            .limit(limit)
            .all().map(Message.init(sqlRow:))
    }
}
