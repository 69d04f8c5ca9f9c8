import SQLKit

/// Which SQL engine a ``ReclaimDatabase`` talks to.
///
/// Repositories are written once against `any SQLDatabase`; where the engines differ (locking,
/// upsert details), branch on this value in one small named helper.
public enum DatabaseDialect: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// An embedded SQLite file (one machine, one process family).
    case sqlite
    /// A PostgreSQL server shared by any number of `reclaim serve` processes.
    case postgres

    /// The engine's display name (`SQLite`, `PostgreSQL`).
    public var description: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }
}

extension DatabaseDialect {
    /// The dialect of an SQLKit database from SQLiteKit or PostgresKit.
    init(_ sql: any SQLDatabase) {
        self = sql.dialect.name == "sqlite" ? .sqlite : .postgres
    }
}
