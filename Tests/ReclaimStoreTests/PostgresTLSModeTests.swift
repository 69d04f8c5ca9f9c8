import Foundation
import PostgresKit
import Testing

@testable import ReclaimStore

/// `sslmode` and `sslrootcert` of a PostgreSQL URL, with libpq's meanings.
@Suite struct PostgresTLSModeTests {
    /// The TLS settings a URL produces.
    func tls(_ query: String) throws -> PostgresConnection.Configuration.TLS {
        let location = try DatabaseLocation.parse("postgres://reclaim:secret@db.internal:5432/reclaim\(query)")
        guard case .postgres(let configuration, _) = location else { throw DatabaseOpenError.invalidURL("not PostgreSQL") }
        return configuration.coreConfiguration.tls
    }

    static let modes: [(query: String, allowed: Bool, enforced: Bool)] = [
        ("", true, false),  // prefer by default
        ("?sslmode=disable", false, false),
        ("?sslmode=allow", true, false),
        ("?sslmode=prefer", true, false),
        ("?sslmode=require", true, true),
        ("?sslmode=REQUIRE", true, true),
        ("?sslmode=verify-ca", true, true),
        ("?sslmode=verify-full", true, true),
        ("?application_name=reclaim&sslmode=require", true, true),
    ]

    @Test(arguments: 0..<modes.count)
    func eachModeAllowsOrRequiresTLS(_ index: Int) throws {
        let row = Self.modes[index]
        let tls = try self.tls(row.query)
        #expect(tls.isAllowed == row.allowed, "\(row.query)")
        #expect(tls.isEnforced == row.enforced, "\(row.query)")
    }

    static let verification: [(mode: PostgresTLSMode, rootCertificate: String?, expected: CertificateVerification)] = [
        (.prefer, nil, .none),
        (.require, nil, .none),
        (.require, "/etc/reclaim/db-ca.pem", .noHostnameVerification),
        (.verifyCA, nil, .noHostnameVerification),
        (.verifyFull, nil, .fullVerification),
        (.verifyFull, "/etc/reclaim/db-ca.pem", .fullVerification),
    ]

    @Test(arguments: 0..<verification.count)
    func eachModeChecksTheServerCertificateAsLibpqDoes(_ index: Int) {
        let row = Self.verification[index]
        let configuration = row.mode.tlsConfiguration(rootCertificate: row.rootCertificate)
        #expect(configuration.certificateVerification == row.expected, "\(row.mode) \(row.rootCertificate ?? "-")")
    }

    @Test func aRootCertificateBecomesTheTrustRoots() {
        let configuration = PostgresTLSMode.verifyFull.tlsConfiguration(rootCertificate: "/etc/reclaim/db-ca.pem")
        #expect(configuration.trustRoots == .file("/etc/reclaim/db-ca.pem"))
    }

    @Test func anUnknownModeOrAMissingRootCertificateIsAClearError() throws {
        for query in ["?sslmode=sometimes", "?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem"] {
            let error = try #require(throws: DatabaseOpenError.self, "\(query)") { try self.tls(query) }
            guard case .invalidURL(let message) = error else {
                Issue.record("expected invalidURL, got \(error)")
                continue
            }
            #expect(message.contains("sslmode"), "\(message)")
            #expect(!message.contains("secret"))
        }
    }
}
