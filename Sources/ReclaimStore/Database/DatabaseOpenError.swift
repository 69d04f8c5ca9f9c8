/// Why ``ReclaimDatabase/open(url:logger:maxConnections:eventLoopGroup:threadPool:)`` failed.
///
/// The ``description`` is one line fit for a startup error message; it never contains the
/// password from the URL.
///
/// ```
/// cannot open SQLite database at /srv/reclaim/data.sqlite: unable to open database file
/// cannot connect to PostgreSQL at 127.0.0.1:5432: connection refused
/// ```
public enum DatabaseOpenError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The URL is not one of the supported forms; the value says what is wrong.
    case invalidURL(String)
    /// The SQLite file could not be opened or configured.
    case sqlite(path: String, reason: String)
    /// The PostgreSQL server could not be reached, refused the login, or failed the first query.
    case postgres(location: String, reason: String)

    /// One readable line.
    public var description: String {
        switch self {
        case .invalidURL(let reason):
            "invalid database URL: \(reason)"
        case .sqlite(let path, let reason):
            "cannot open SQLite database at \(path): \(reason)"
        case .postgres(let location, let reason):
            "cannot connect to PostgreSQL at \(location): \(reason)"
        }
    }
}

/// Misuse of a ``ReclaimDatabase`` detected at run time.
public enum DatabaseUsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ``ReclaimDatabase/sql`` was used inside ``ReclaimDatabase/transaction(_:)``'s body; use the
    /// database passed to the body instead (the pool's connection is pinned by the transaction).
    case poolUsedInsideTransaction
    /// ``ReclaimDatabase/transaction(_:)`` was called inside another transaction of the same database.
    case nestedTransaction
    /// The database was shut down.
    case shutDown

    /// One readable line.
    public var description: String {
        switch self {
        case .poolUsedInsideTransaction:
            "ReclaimDatabase.sql used inside transaction { db in … }: use the `db` passed to the body"
        case .nestedTransaction:
            "ReclaimDatabase.transaction called inside another transaction of the same database"
        case .shutDown:
            "the database has been shut down"
        }
    }
}
