import SQLKit

/// Adds `journeys.progress`: the flow engine's state of the journey as JSON (planned steps, outcomes,
/// facts seen, pause and end reasons), so a restart resumes every journey exactly where it was.
public struct AddJourneyProgress: Migration {
    /// `AddJourneyProgress`.
    public var name: String { "AddJourneyProgress" }

    /// Creates the migration.
    public init() {}

    /// Adds the column and an index for the scheduler's scans of live journeys.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "journeys").column("progress", type: .text).run()
        try await database.create(index: "journeys_state_idx").on("journeys").column("state").run()
    }
}
