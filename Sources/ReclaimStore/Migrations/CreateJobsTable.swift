import SQLKit

/// Creates `jobs`, the durable job queue behind ``JobQueue``.
///
/// Columns: `id` TEXT (UUID), `kind`, `payload` (JSON text), `state`
/// (`pending`, `running`, `done`, `dead`, `cancelled`), `run_at`, `attempts`, `max_attempts`,
/// `unique_key` (nullable), `lease_owner`, `lease_expires_at`, `last_error`, `created_at`, `updated_at`;
/// times are BIGINT epoch milliseconds.
///
/// Partial indexes, so that finished rows never slow the queue down:
/// - `jobs_live_run_at (run_at, state, lease_expires_at)` on live rows (`state IN ('pending', 'running')`):
///   the claim scan in due order, which skips running rows with unexpired leases from the index alone;
///   also answers the live half of ``JobQueue/counts(now:)``;
/// - `jobs_live_unique_key (unique_key)` UNIQUE on live rows that have a key: at most one live job per key;
/// - `jobs_finished_state_updated_at (state, updated_at)` on finished rows: retention and counts.
public struct CreateJobsTable: Migration {
    /// `CreateJobsTable`.
    public var name: String { "CreateJobsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "jobs")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("kind", type: .text, .notNull)
            .column("payload", type: .text, .notNull)
            .column("state", type: .text, .notNull)
            .column("run_at", type: .bigint, .notNull)
            .column("attempts", type: .bigint, .notNull, .default(0))
            .column("max_attempts", type: .bigint, .notNull)
            .column("unique_key", type: .text)
            .column("lease_owner", type: .text)
            .column("lease_expires_at", type: .bigint)
            .column("last_error", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
        // Partial indexes: SQLKit's index builder has no WHERE clause. The predicates are spelled exactly as
        // in the queue's queries: SQLite uses a partial index only when the query repeats its WHERE term.
        try await database.raw(
            """
            CREATE INDEX jobs_live_run_at ON jobs (run_at, state, lease_expires_at) \
            WHERE state IN ('pending', 'running')
            """
        ).run()
        // Jobs without a key (most of them) stay out of this index.
        try await database.raw(
            """
            CREATE UNIQUE INDEX jobs_live_unique_key ON jobs (unique_key) \
            WHERE state IN ('pending', 'running') AND unique_key IS NOT NULL
            """
        ).run()
        try await database.raw(
            """
            CREATE INDEX jobs_finished_state_updated_at ON jobs (state, updated_at) \
            WHERE state IN ('done', 'dead', 'cancelled')
            """
        ).run()
    }
}
