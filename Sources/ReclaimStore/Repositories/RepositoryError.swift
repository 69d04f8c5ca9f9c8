/// Errors raised by the SQL repositories themselves (driver errors pass through unchanged).
public enum RepositoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The value cannot be stored as given (a contact with neither phone nor email).
    case invalid(String)
    /// A stored column holds a value the domain type cannot represent (an unknown enum case).
    case corruptValue(column: String, value: String)
    /// A row the operation depends on vanished between two statements (for example deleted by retention).
    case vanished(table: String, key: String)
    /// The row collides with a stored one on a unique key other than the one the operation deduplicates on
    /// (usually a reused `id`).
    case conflict(table: String, key: String)

    /// One line for logs.
    public var description: String {
        switch self {
        case .invalid(let message): "invalid value: \(message)"
        case .corruptValue(let column, let value): "column \(column) holds unexpected value \"\(value)\""
        case .vanished(let table, let key): "row \(key) in \(table) disappeared during the operation"
        case .conflict(let table, let key): "row \(key) in \(table) collides with a stored row on another unique key"
        }
    }
}
