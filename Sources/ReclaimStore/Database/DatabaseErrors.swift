import Foundation
import PostgresKit
import SQLiteKit

/// Turns driver errors into one readable line for logs and error messages.
///
/// PostgresNIO deliberately hides details in `PSQLError.description`; this digs out the server's
/// message, or the network cause, without ever including a password.
public enum DatabaseErrors {
    /// One line describing `error` (`connection refused`,
    /// `password authentication failed for user "reclaim"`, `UNIQUE constraint failed: jobs.id`).
    /// - Parameter error: Any error thrown by SQLKit, SQLiteNIO or PostgresNIO (others are described as-is).
    /// - Returns: A single line of text.
    public static func describe(_ error: any Error) -> String {
        oneLine(rawDescription(error))
    }

    private static func rawDescription(_ error: any Error) -> String {
        switch error {
        case let error as DatabaseOpenError: return error.description
        case let error as SQLiteError: return sqliteDescription(error)
        case let error as PSQLError: return postgresDescription(error)
        case let error as NIOConnectionError: return connectionDescription(error)
        case let error as IOError: return errnoDescription(error.errnoCode)
        case let error as ChannelError: return channelDescription(error)
        default: return String(describing: error)
        }
    }

    private static func sqliteDescription(_ error: SQLiteError) -> String {
        switch error.reason {
        // SQLiteNIO reports open failures with its own wording; use SQLite's.
        case .cantOpen: "unable to open database file"
        case .notADatabase: "file is not a database"
        default: error.message
        }
    }

    private static func postgresDescription(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + state
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .failedToAddSSLHandler:
            if let underlying = error.underlying { return rawDescription(underlying) }
            return error.code == .serverClosedConnection ? "the server closed the connection" : "connection failed"
        case .sslUnsupported:
            return "the server does not support TLS (sslmode=require)"
        case .authMechanismRequiresPassword:
            return "the server requires a password"
        case .unsupportedAuthMechanism:
            return "the server asks for an unsupported authentication method"
        case .saslError:
            return "SCRAM authentication failed"
        case .clientClosedConnection:
            return "the connection was closed"
        default:
            if let underlying = error.underlying { return "\(error.code): \(rawDescription(underlying))" }
            return "\(error.code)"
        }
    }

    private static func connectionDescription(_ error: NIOConnectionError) -> String {
        if let first = error.connectionErrors.first { return rawDescription(first.error) }
        if let dnsError = error.dnsAError ?? error.dnsAAAAError {
            return "cannot resolve host \(error.host): \(dnsError)"
        }
        return "cannot resolve host \(error.host)"
    }

    private static func channelDescription(_ error: ChannelError) -> String {
        switch error {
        case .connectTimeout(let amount): "connection timed out after \(amount.nanoseconds / 1_000_000_000) s"
        case .alreadyClosed, .ioOnClosedChannel, .outputClosed, .inputClosed, .eof: "the connection was closed"
        default: "\(error)"
        }
    }

    private static func errnoDescription(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text).lowercased()
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
