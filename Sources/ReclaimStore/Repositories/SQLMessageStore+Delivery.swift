import Foundation
import ReclaimCore
import SQLKit

extension SQLMessageStore {
    /// Applies a delivery change to the message with `id`, in one statement.
    /// - Parameters:
    ///   - change: The new status and provider facts; nil fields keep what is stored.
    ///   - now: The time of the change (`updatedAt`).
    ///   - expected: Apply only when the current status is one of these, so a late `sent` callback cannot
    ///     overwrite `delivered`; any status when `nil`.
    /// - Returns: The updated message, or `nil` when none matched.
    public func update(
        id: String, _ change: MessageUpdate, at now: Date, from expected: Set<MessageStatus>? = nil
    )
        async throws -> Message?
    {
        try await self.apply(change, at: now, from: expected) { $0.where("id", .equal, id) }
    }

    /// Applies the same delivery change to each of the messages with `ids`, in one statement.
    /// - Parameters: as ``update(id:_:at:from:)``.
    /// - Returns: The updated messages (those whose status was not one of `expected` are left alone and absent).
    public func update(
        ids: [String], _ change: MessageUpdate, at now: Date, from expected: Set<MessageStatus>? = nil
    )
        async throws -> [Message]
    {
        guard !ids.isEmpty else { return [] }
        return try await self.applyAll(change, at: now, from: expected) { $0.where("id", .in, Array(Set(ids))) }
    }

    /// Applies each message's own delivery change (as ``update(id:_:at:from:)`` would, one by one), in one
    /// statement per 500 messages (`UPDATE … FROM` a list of values).
    /// - Parameters:
    ///   - changes: The message ids with their changes; one entry per message.
    ///   - now: The time of the changes (`updatedAt`).
    ///   - expected: Apply only to messages whose current status is one of these.
    /// - Returns: The ids of the messages changed.
    public func update(
        _ changes: [(id: String, change: MessageUpdate)], at now: Date, from expected: Set<MessageStatus>
    )
        async throws -> Set<String>
    {
        guard !expected.isEmpty else { return [] }
        var changed = Set<String>()
        for chunk in changes.chunks(of: SQLBatch.rowsPerStatement) {
            var rows: [SQLQueryString] = []
            for (id, change) in chunk {
                let decision = try change.decision.map { try SQLJSON.encode($0) }
                rows.append(
                    """
                    (CAST(\(bind: id) AS TEXT), CAST(\(bind: change.status.rawValue) AS TEXT), CAST(\(bind: change.providerID) AS TEXT), \
                    CAST(\(bind: change.errorCode) AS TEXT), CAST(\(bind: change.segments) AS BIGINT), \
                    CAST(\(bind: change.cost?.minor) AS BIGINT), CAST(\(bind: change.cost?.currency) AS TEXT), \
                    CAST(\(bind: SQLTime.millis(change.sentAt)) AS BIGINT), CAST(\(bind: decision) AS TEXT))
                    """)
            }
            // Only the facts a change carries are written; NULL keeps the stored value, as one at a time.
            let query: SQLQueryString = """
                WITH v (id, status, provider_id, error_code, segments, cost_minor, cost_currency, sent_at, decision) \
                AS (VALUES \(rows.joined(separator: ", "))) \
                UPDATE messages SET status = v.status, updated_at = \(bind: SQLTime.millis(now)), \
                provider_id = COALESCE(v.provider_id, messages.provider_id), error_code = COALESCE(v.error_code, messages.error_code), \
                segments = COALESCE(v.segments, messages.segments), cost_minor = COALESCE(v.cost_minor, messages.cost_minor), \
                cost_currency = COALESCE(v.cost_currency, messages.cost_currency), sent_at = COALESCE(v.sent_at, messages.sent_at), \
                decision = COALESCE(v.decision, messages.decision) \
                FROM v WHERE messages.id = v.id AND messages.status IN (\(binds: expected.map(\.rawValue).sorted())) \
                RETURNING messages.id
                """
            for row in try await self.database.raw(query).all() { changed.insert(try row.decode(column: "id", as: String.self)) }
        }
        return changed
    }

    /// Applies a delivery change to the outbound message the provider knows by `providerID` (status callbacks).
    /// - Parameters: as ``update(id:_:at:from:)``.
    /// - Returns: The updated message, or `nil` when none matched.
    public func update(
        providerID: String, _ change: MessageUpdate, at now: Date, from expected: Set<MessageStatus>? = nil
    )
        async throws -> Message?
    {
        try await self.apply(change, at: now, from: expected) {
            $0.where("provider_id", .equal, providerID).where("direction", .equal, MessageDirection.outbound.rawValue)
        }
    }

    /// Counts outbound messages to `address` on `channel` created at or after `since`, for frequency caps.
    /// - Parameters:
    ///   - storeID: Count one store's messages; every store's when `nil`.
    ///   - statuses: Which statuses count; by default ``capCountedStatuses`` (blocked, deferred, failed and
    ///     undelivered messages never reached the shopper).
    public func countOutbound(
        channel: Channel = .sms, address: String, since: Date, storeID: StoreID? = nil,
        statuses: Set<MessageStatus> = SQLMessageStore.capCountedStatuses
    ) async throws -> Int {
        if statuses.isEmpty { return 0 }
        let query = self.database.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Message.sqlTable)
            .where("address", .equal, address)
            .where("created_at", .greaterThanOrEqual, SQLTime.millis(since))
            .where("channel", .equal, channel.rawValue)
            .where("direction", .equal, MessageDirection.outbound.rawValue)
            .where("status", .in, statuses.map(\.rawValue).sorted())
        if let storeID { query.where("store_id", .equal, storeID) }
        return try await query.first()?.integer("n") ?? 0
    }

    /// ``countOutbound(channel:address:since:storeID:statuses:)`` for several addresses in one query, by
    /// address (addresses with none are absent).
    public func countOutbound(
        channel: Channel = .sms, addresses: [String], since: Date, storeID: StoreID? = nil,
        statuses: Set<MessageStatus> = SQLMessageStore.capCountedStatuses
    ) async throws -> [String: Int] {
        if statuses.isEmpty || addresses.isEmpty { return [:] }
        let query = self.database.select()
            .column("address")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Message.sqlTable)
            .where("address", .in, Array(Set(addresses)))
            .where("created_at", .greaterThanOrEqual, SQLTime.millis(since))
            .where("channel", .equal, channel.rawValue)
            .where("direction", .equal, MessageDirection.outbound.rawValue)
            .where("status", .in, statuses.map(\.rawValue).sorted())
        if let storeID { query.where("store_id", .equal, storeID) }
        var counts: [String: Int] = [:]
        for row in try await query.groupBy("address").all() {
            counts[try row.text("address")] = try row.integer("n")
        }
        return counts
    }

    private func apply(
        _ change: MessageUpdate, at now: Date, from expected: Set<MessageStatus>?,
        matching filter: (SQLUpdateBuilder) -> SQLUpdateBuilder
    ) async throws -> Message? {
        try await self.applyAll(change, at: now, from: expected, matching: filter).first
    }

    private func applyAll(
        _ change: MessageUpdate, at now: Date, from expected: Set<MessageStatus>?,
        matching filter: (SQLUpdateBuilder) -> SQLUpdateBuilder
    ) async throws -> [Message] {
        if let expected, expected.isEmpty { return [] }
        let update = self.database.update(Message.sqlTable)
            .set("status", to: change.status.rawValue)
            .set("updated_at", to: SQLTime.millis(now))
        // Only the facts this change carries are written; nil keeps the stored value.
        if let providerID = change.providerID { update.set("provider_id", to: providerID) }
        if let errorCode = change.errorCode { update.set("error_code", to: errorCode) }
        if let segments = change.segments { update.set("segments", to: segments) }
        if let cost = change.cost { update.set("cost_minor", to: cost.minor).set("cost_currency", to: cost.currency) }
        if let sentAt = change.sentAt { update.set("sent_at", to: SQLTime.millis(sentAt)) }
        if let decision = change.decision { update.set("decision", to: try SQLJSON.encode(decision)) }
        _ = filter(update)
        if let expected { update.where("status", .in, expected.map(\.rawValue).sorted()) }
        return try await update.returning(sqlColumns(Message.sqlColumns)).all().map(Message.init(sqlRow:))
    }
}
