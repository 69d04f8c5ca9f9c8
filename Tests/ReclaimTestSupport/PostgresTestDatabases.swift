import Foundation
import Logging
import ReclaimStore
import SQLKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a fresh PostgreSQL database per test from a template migrated once per process.
actor PostgresTestDatabases {
    static let shared = PostgresTestDatabases()

    private var template: Task<String, any Error>?

    /// `reclaim_t_<host>_<pid>_…`: the host and process make leftovers of crashed runs recognisable.
    private static let prefix: String = {
        let host = ProcessInfo.processInfo.hostName
        var hash: UInt32 = 2_166_136_261  // FNV-1a: stable across runs, unlike Hasher
        for byte in host.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(format: "%08x_%d", hash, getpid())
    }()

    nonisolated func withDatabase<T>(migrated: Bool, _ body: (ReclaimDatabase) async throws -> T) async throws -> T {
        try await self.withDatabaseURL(migrated: migrated) { url in
            let database = try await ReclaimDatabase.open(url: url, logger: testLogger(), maxConnections: 4)
            return try await withShutdown(database) { try await body(database) }
        }
    }

    /// Creates a database (from the migrated template when `migrated`), runs `body` with its URL, drops it.
    nonisolated func withDatabaseURL<T>(migrated: Bool, _ body: (String) async throws -> T) async throws -> T {
        let configuration = try Self.configuration()
        let template: String
        if migrated {
            template = try await self.migratedTemplate(configuration)
        } else {
            template = "template1"
        }
        let name = "reclaim_t_\(Self.prefix)_\(Self.randomSuffix())"
        let admin = try await ReclaimDatabase.open(
            url: configuration.url(database: configuration.adminDatabase), logger: testLogger(), maxConnections: 1
        )
        return try await withShutdown(admin) {
            try await admin.sql.raw("CREATE DATABASE \(ident: name) TEMPLATE \(ident: template)").run()
            do {
                let result = try await body(configuration.url(database: name))
                try await admin.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                return result
            } catch {
                try? await admin.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                throw error
            }
        }
    }

    /// The migrated template's name; built on first use.
    private func migratedTemplate(_ configuration: PostgresTestConfiguration) async throws -> String {
        if let template = self.template { return try await template.value }
        let task = Task { try await Self.buildTemplate(configuration) }
        self.template = task
        return try await task.value
    }

    private static func buildTemplate(_ configuration: PostgresTestConfiguration) async throws -> String {
        let name = "reclaim_tpl_\(Self.prefix)_\(Self.randomSuffix())"
        let admin = try await ReclaimDatabase.open(
            url: configuration.url(database: configuration.adminDatabase), logger: testLogger(), maxConnections: 1
        )
        try await withShutdown(admin) {
            try await Self.dropLeftovers(admin)
            try await admin.sql.raw("CREATE DATABASE \(ident: name)").run()
        }
        let template = try await ReclaimDatabase.open(url: configuration.url(database: name), logger: testLogger())
        // Shutting down closes every connection: CREATE DATABASE … TEMPLATE needs the template idle.
        try await withShutdown(template) {
            try await Migrator(database: template, logger: testLogger()).migrate()
        }
        return name
    }

    /// Drops test databases left by crashed runs on this host: our prefix, a process that no longer exists.
    private static func dropLeftovers(_ admin: ReclaimDatabase) async throws {
        let host = String(Self.prefix.prefix(8))
        let rows = try await admin.sql.raw(
            "SELECT datname FROM pg_database WHERE datname LIKE \(bind: "reclaim\\_t%\\_\(host)\\_%")"
        ).all()
        for row in rows {
            let name = try row.decode(column: "datname", as: String.self)
            let parts = name.split(separator: "_")
            // reclaim, t|tpl, host, pid, suffix
            guard parts.count == 5, let pid = Int32(parts[3]), pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }
            try? await admin.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        }
    }

    private static func configuration() throws -> PostgresTestConfiguration {
        guard let configuration = PostgresTestConfiguration.fromEnvironment() else {
            throw TestDatabaseError.postgresNotConfigured
        }
        guard configuration.isLocal else { throw TestDatabaseError.postgresNotLocal(configuration.host) }
        return configuration
    }

    private static func randomSuffix() -> String {
        String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased())
    }
}
