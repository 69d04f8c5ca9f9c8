import PostgresKit
import SQLKit
import SQLiteKit

/// Driver-specific error inspection, kept in one place so repositories stay dialect-neutral.
enum SQLErrors {
    /// Whether `error` is a unique-constraint (or primary-key) violation on SQLite or PostgreSQL.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            switch error.reason {
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed: return true
            // Without extended result codes every constraint failure is `.constraint`; the message tells which.
            case .constraint: return error.message.hasPrefix("UNIQUE constraint failed")
            default: return false
            }
        }
        if let error = error as? PSQLError {
            return error.serverInfo?[.sqlState] == "23505"
        }
        return false
    }
}
