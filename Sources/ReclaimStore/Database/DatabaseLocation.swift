import Foundation
import PostgresKit

/// Where a database URL points, parsed and checked before any connection is made.
///
/// Accepted forms:
/// - `sqlite://relative/path.sqlite`, `sqlite:///absolute/path.sqlite` (also `sqlite:path`);
/// - `sqlite::memory:` or `sqlite://:memory:`;
/// - `postgres://user:password@host:port/database?sslmode=disable|prefer|require|verify-ca|verify-full`
///   with an optional `&sslrootcert=/path/ca.pem` (also `postgresql://`; port defaults to 5432, database to
///   the user name, sslmode to `prefer`; see ``PostgresTLSMode``).
enum DatabaseLocation: Sendable {
    /// A SQLite file at an absolute path.
    case sqliteFile(path: String)
    /// A private in-memory SQLite database.
    case sqliteMemory
    /// A PostgreSQL server; `display` is `host:port`, safe to print.
    case postgres(SQLPostgresConfiguration, display: String)

    /// How connection errors name this place (never with a password).
    var display: String {
        switch self {
        case .sqliteFile(let path): path
        case .sqliteMemory: ":memory:"
        case .postgres(_, let display): display
        }
    }

    static let usage = "use sqlite://PATH, sqlite::memory: or postgres://USER:PASSWORD@HOST:PORT/DATABASE"

    /// Parses `url`.
    /// - Throws: ``DatabaseOpenError/invalidURL(_:)``; the message never repeats the URL, which may hold a password.
    static func parse(
        _ url: String, currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws
        -> DatabaseLocation
    {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw DatabaseOpenError.invalidURL("missing scheme; \(usage)")
        }
        let scheme = trimmed[..<colon].lowercased()
        switch scheme {
        case "sqlite", "sqlite3":
            return try parseSQLite(String(trimmed[trimmed.index(after: colon)...]), currentDirectory: currentDirectory)
        case "postgres", "postgresql":
            return try parsePostgres(trimmed)
        default:
            throw DatabaseOpenError.invalidURL("unsupported scheme \"\(scheme)\"; \(usage)")
        }
    }

    private static func parseSQLite(_ rest: String, currentDirectory: String) throws -> DatabaseLocation {
        var path = rest.hasPrefix("//") ? String(rest.dropFirst(2)) : rest
        if path == ":memory:" || path == ":memory" {
            return .sqliteMemory
        }
        if let query = path.firstIndex(of: "?") {
            path = String(path[..<query])
        }
        path = path.removingPercentEncoding ?? path
        guard !path.isEmpty else {
            throw DatabaseOpenError.invalidURL("missing SQLite file path; \(usage)")
        }
        if path.hasPrefix("~/") {
            path = FileManager.default.homeDirectoryForCurrentUser.path + String(path.dropFirst(1))
        }
        let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        return .sqliteFile(path: URL(fileURLWithPath: absolute).standardizedFileURL.path)
    }

    private static func parsePostgres(_ url: String) throws -> DatabaseLocation {
        guard let components = URLComponents(string: url) else {
            throw DatabaseOpenError.invalidURL("malformed PostgreSQL URL; \(usage)")
        }
        guard let rawHost = components.host, !rawHost.isEmpty else {
            throw DatabaseOpenError.invalidURL("missing host in PostgreSQL URL; \(usage)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw DatabaseOpenError.invalidURL("missing user name in PostgreSQL URL; \(usage)")
        }
        // IPv6 literals may come back with or without their brackets.
        let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]") ? String(rawHost.dropFirst().dropLast()) : rawHost
        let port = components.port ?? SQLPostgresConfiguration.ianaPortNumber
        let databaseName = components.path.split(separator: "/").first.map(String.init)
        let query = components.queryItems ?? []
        let mode = try PostgresTLSMode.parse(
            query.last { ["sslmode", "tlsmode", "ssl", "tls"].contains($0.name.lowercased()) }?.value)
        let rootCertificate = query.last { $0.name.lowercased() == "sslrootcert" }?.value.flatMap { $0.isEmpty ? nil : $0 }
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = try mode.tls(rootCertificate: rootCertificate)
        } catch {
            throw DatabaseOpenError.invalidURL("cannot set up TLS (sslmode=\(mode.rawValue)): \(DatabaseErrors.describe(error))")
        }
        var configuration = SQLPostgresConfiguration(
            hostname: host, port: port, username: user, password: components.password,
            database: databaseName ?? user, tls: tls
        )
        // A dead or unreachable server must fail startup within seconds, not hang.
        configuration.coreConfiguration.options.connectTimeout = .seconds(5)
        // PostgreSQL-compatible distributed databases may not send BackendKeyData (only needed to cancel queries).
        configuration.coreConfiguration.options.requireBackendKeyData = false
        let hostDisplay = host.contains(":") ? "[\(host)]" : host
        return .postgres(configuration, display: "\(hostDisplay):\(port)")
    }
}
