import Foundation

/// The PostgreSQL server tests may use, from `POSTGRES_HOSTNAME`, `POSTGRES_PORT`, `POSTGRES_USER`,
/// `POSTGRES_PASSWORD` and `POSTGRES_DB`. Only a local host is accepted: tests create and drop databases.
struct PostgresTestConfiguration: Sendable {
    var host: String
    var port: Int
    var user: String
    var password: String
    /// The database used for administration (creating and dropping test databases).
    var adminDatabase: String

    /// The configuration, or `nil` when `POSTGRES_HOSTNAME` is unset or empty.
    static func fromEnvironment() -> PostgresTestConfiguration? {
        let environment = ProcessInfo.processInfo.environment
        guard let host = environment["POSTGRES_HOSTNAME"], !host.isEmpty else { return nil }
        let user = environment["POSTGRES_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        return PostgresTestConfiguration(
            host: host,
            port: environment["POSTGRES_PORT"].flatMap(Int.init) ?? 5432,
            user: user,
            password: environment["POSTGRES_PASSWORD"] ?? "",
            adminDatabase: environment["POSTGRES_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? user
        )
    }

    /// Whether `host` is this machine.
    var isLocal: Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(self.host.lowercased())
    }

    /// A connection URL for `database`.
    func url(database: String) -> String {
        func escape(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
        }
        let host = self.host.contains(":") && !self.host.hasPrefix("[") ? "[\(self.host)]" : self.host
        return "postgres://\(escape(self.user)):\(escape(self.password))@\(host):\(self.port)/\(database)?sslmode=disable"
    }
}
