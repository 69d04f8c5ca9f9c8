import Foundation

/// The database engines the conformance suites run against.
///
/// ```swift
/// @Test(arguments: TestBackend.enabledCases)
/// func recordsADeliveryOnce(_ backend: TestBackend) async throws {
///     try await withTestDatabase(backend) { database in … }
/// }
/// ```
public enum TestBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    /// A fresh temporary SQLite file per test.
    case sqlite
    /// A fresh database per test on the local PostgreSQL named by `POSTGRES_*`.
    case postgres

    /// The backends to test: SQLite always, PostgreSQL when `POSTGRES_HOSTNAME` (and friends) are set.
    ///
    /// Set `RECLAIM_TEST_REQUIRE_POSTGRES=1` to fail PostgreSQL tests instead of skipping them when the
    /// variables are missing (CI and `make test` set the variables through `scripts/with-postgres`).
    public static let enabledCases: [TestBackend] = {
        if PostgresTestConfiguration.fromEnvironment() != nil { return [.sqlite, .postgres] }
        if ProcessInfo.processInfo.environment["RECLAIM_TEST_REQUIRE_POSTGRES"] == "1" { return [.sqlite, .postgres] }
        print(
            "note: PostgreSQL tests skipped: POSTGRES_HOSTNAME is not set (run under scripts/with-postgres to include them)"
        )
        return [.sqlite]
    }()

    /// Whether the PostgreSQL backend is configured in this process.
    public static var postgresAvailable: Bool { PostgresTestConfiguration.fromEnvironment() != nil }

    /// `sqlite` or `postgres`.
    public var description: String { self.rawValue }
}
