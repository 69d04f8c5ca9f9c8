import SQLKit

/// Adds `turns.agent`: the name of the person who wrote an `agent` turn (or handed a conversation
/// back, for a `system` turn), as the inbox shows it.
public struct TurnsAddAgent: Migration {
    /// `TurnsAddAgent`.
    public var name: String { "TurnsAddAgent" }

    /// Creates the migration.
    public init() {}

    /// Adds the column.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "turns").column("agent", type: .text).run()
    }
}
