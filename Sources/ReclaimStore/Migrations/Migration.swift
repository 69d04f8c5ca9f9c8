import SQLKit

/// One versioned schema change, applied once and recorded in the `reclaim_migrations` table.
///
/// A shipped migration is never edited: fix forward with a new one. Migrations speak SQL only,
/// through SQLKit builders, never app model types, so they read the same on SQLite and PostgreSQL.
public protocol Migration: Sendable {
    /// Unique, stable name recorded once applied (`CreateJobsTable`).
    var name: String { get }

    /// Applies the change. Runs inside the migrator's transaction where the dialect allows.
    /// - Parameter database: The database to change.
    func prepare(on database: any SQLDatabase) async throws
}
