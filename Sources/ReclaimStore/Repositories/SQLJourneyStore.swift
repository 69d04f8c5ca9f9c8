import Foundation
import ReclaimCore
import SQLKit

/// Journeys in SQL: one per cart, updated with an optimistic check.
public struct SQLJourneyStore: Sendable {
    /// The database the journeys live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Creates the cart's journey, unless the cart already has one.
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the cart's existing
    ///   journey (unchanged): a cart never walks two journeys.
    public func create(_ journey: Journey) async throws -> InsertOutcome<Journey> {
        let inserted = try await self.database.insert(into: Journey.sqlTable).record(journey.sqlRecord())
            .ignoringConflicts()
            .returning(sqlColumns(Journey.sqlColumns))
            .first().map(Journey.init(sqlRow:))
        if let inserted { return .inserted(inserted) }
        guard let existing = try await self.find(cartID: journey.cartID) else {
            throw RepositoryError.conflict(table: Journey.sqlTable, key: journey.id)
        }
        return .duplicate(existing)
    }

    /// The journey with `id`, if any.
    public func get(id: String) async throws -> Journey? {
        try await self.selectJourneys().where("id", .equal, id).first().map(Journey.init(sqlRow:))
    }

    /// The cart's journey, if any.
    public func find(cartID: String) async throws -> Journey? {
        try await self.selectJourneys().where("cart_id", .equal, cartID).first().map(Journey.init(sqlRow:))
    }

    /// The contact's journeys, oldest first.
    public func list(contactID: String) async throws -> [Journey] {
        try await self.selectJourneys().where("contact_id", .equal, contactID)
            .orderBy("started_at").orderBy("id").all().map(Journey.init(sqlRow:))
    }

    /// Writes the journey's progress (`state`, `nextStep`, `reason`, `contactID`, `updatedAt`, `endedAt`, `progress`,
    /// and the experiment arm: `variant`, `holdout`) only if
    /// the stored row still has `expected`'s state, next step and update time (compare-and-set).
    ///
    /// Two workers that read the same journey and both try to advance it: exactly one succeeds.
    ///
    /// ```swift
    /// var next = journey
    /// next.nextStep += 1
    /// next.updatedAt = now
    /// guard try await journeys.update(next, expected: journey) != nil else { return } // someone else moved it
    /// ```
    /// - Parameters:
    ///   - journey: The new values; `id` names the row. Identity fields (store, cart, flow, start) are never
    ///     changed.
    ///   - expected: The journey as read before the change.
    /// - Returns: The stored journey, or `nil` when it changed since `expected` was read (or does not exist).
    public func update(_ journey: Journey, expected: Journey) async throws -> Journey? {
        try await self.database.update(Journey.sqlTable)
            .set("state", to: journey.state.rawValue)
            .set("next_step", to: journey.nextStep)
            .set("reason", to: journey.reason)
            .set("contact_id", to: journey.contactID)
            .set("updated_at", to: SQLTime.millis(journey.updatedAt))
            .set("ended_at", to: SQLTime.millis(journey.endedAt))
            .set("progress", to: try SQLJSON.encodeIfPresent(journey.progress))
            .set("variant", to: journey.variant)
            .set("holdout", to: journey.holdout ? 1 : 0)
            .where("id", .equal, journey.id)
            .where("state", .equal, expected.state.rawValue)
            .where("next_step", .equal, expected.nextStep)
            .where("updated_at", .equal, SQLTime.millis(expected.updatedAt))
            .returning(sqlColumns(Journey.sqlColumns))
            .first().map(Journey.init(sqlRow:))
    }

    /// ``update(_:expected:)`` without reading the row back: `true` when it was written. One prepared
    /// text (no statement builder) and no JSON decode, for the flow scheduler's batches.
    public func updateIfUnchanged(_ journey: Journey, expected: Journey) async throws -> Bool {
        let progress = try SQLJSON.encodeIfPresent(journey.progress)
        let rows = try await self.database.raw(
            """
            UPDATE journeys SET state = \(bind: journey.state.rawValue), next_step = \(bind: journey.nextStep), \
            reason = \(bind: journey.reason), contact_id = \(bind: journey.contactID), \
            updated_at = \(bind: SQLTime.millis(journey.updatedAt)), ended_at = \(bind: SQLTime.millis(journey.endedAt)), \
            progress = \(bind: progress), variant = \(bind: journey.variant), holdout = \(bind: journey.holdout ? 1 : 0) \
            WHERE id = \(bind: journey.id) AND state = \(bind: expected.state.rawValue) \
            AND next_step = \(bind: expected.nextStep) AND updated_at = \(bind: SQLTime.millis(expected.updatedAt)) \
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// ``updateIfUnchanged(_:expected:)`` for many journeys, in one statement per 500 (`UPDATE … FROM` a list of
    /// values). Each journey is written or not on its own, exactly as one call would decide.
    /// - Parameter changes: New values and the version each replaces; one entry per journey.
    /// - Returns: The ids of the journeys written.
    public func updateIfUnchanged(_ changes: [(journey: Journey, expected: Journey)]) async throws -> Set<String> {
        var written = Set<String>()
        for chunk in changes.chunks(of: SQLBatch.rowsPerStatement) {
            var rows: [SQLQueryString] = []
            for (journey, expected) in chunk {
                let progress = try SQLJSON.encodeIfPresent(journey.progress)
                rows.append(
                    """
                    (CAST(\(bind: journey.id) AS TEXT), CAST(\(bind: journey.state.rawValue) AS TEXT), \
                    CAST(\(bind: journey.nextStep) AS BIGINT), CAST(\(bind: journey.reason) AS TEXT), \
                    CAST(\(bind: journey.contactID) AS TEXT), CAST(\(bind: SQLTime.millis(journey.updatedAt)) AS BIGINT), \
                    CAST(\(bind: SQLTime.millis(journey.endedAt)) AS BIGINT), CAST(\(bind: progress) AS TEXT), \
                    CAST(\(bind: journey.variant) AS TEXT), CAST(\(bind: journey.holdout ? 1 : 0) AS BIGINT), \
                    CAST(\(bind: expected.state.rawValue) AS TEXT), CAST(\(bind: expected.nextStep) AS BIGINT), \
                    CAST(\(bind: SQLTime.millis(expected.updatedAt)) AS BIGINT))
                    """)
            }
            let query: SQLQueryString = """
                WITH v (id, state, next_step, reason, contact_id, updated_at, ended_at, progress, variant, holdout, \
                expected_state, expected_next_step, expected_updated_at) AS (VALUES \(rows.joined(separator: ", "))) \
                UPDATE journeys SET state = v.state, next_step = v.next_step, reason = v.reason, contact_id = v.contact_id, \
                updated_at = v.updated_at, ended_at = v.ended_at, progress = v.progress, variant = v.variant, holdout = v.holdout \
                FROM v WHERE journeys.id = v.id AND journeys.state = v.expected_state \
                AND journeys.next_step = v.expected_next_step AND journeys.updated_at = v.expected_updated_at \
                RETURNING journeys.id
                """
            for row in try await self.database.raw(query).all() { written.insert(try row.decode(column: "id", as: String.self)) }
        }
        return written
    }

    /// The journeys with these ids, by id (unknown ids are absent): one query for a batch of due steps.
    public func get(ids: [String]) async throws -> [String: Journey] {
        guard !ids.isEmpty else { return [:] }
        let journeys = try await self.selectJourneys().where("id", .in, Array(Set(ids))).all().map(Journey.init(sqlRow:))
        return Dictionary(journeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func selectJourneys() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Journey.sqlColumns)).from(Journey.sqlTable)
    }
}
