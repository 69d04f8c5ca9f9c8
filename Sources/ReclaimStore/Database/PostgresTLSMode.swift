import Foundation
import PostgresKit

/// How a PostgreSQL connection uses TLS: the `sslmode` (and `sslrootcert`) of the database URL, with
/// libpq's meanings.
///
/// | `sslmode` | TLS | server certificate |
/// |---|---|---|
/// | `disable` | never | — |
/// | `prefer` (default; `allow` too) | when the server offers it | not checked |
/// | `require` | always; no connection without it | not checked (checked against `sslrootcert` when given) |
/// | `verify-ca` | always | signed by a trusted CA (`sslrootcert`, else the system's) |
/// | `verify-full` | always | as `verify-ca`, and issued for the host name in the URL |
///
/// ```
/// postgres://reclaim:secret@db.internal/reclaim?sslmode=verify-full&sslrootcert=/etc/reclaim/db-ca.pem
/// ```
enum PostgresTLSMode: String, CaseIterable, Sendable {
    case disable
    case prefer
    case require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"

    /// The mode a URL's `sslmode` value names (`nil`: the default, `prefer`).
    /// - Throws: ``DatabaseOpenError/invalidURL(_:)`` naming the accepted values.
    static func parse(_ value: String?) throws -> PostgresTLSMode {
        guard let value = value?.trimmingCharacters(in: .whitespaces).lowercased(), !value.isEmpty else { return .prefer }
        switch value {
        case "false": return .disable
        case "allow", "true": return .prefer
        default:
            guard let mode = PostgresTLSMode(rawValue: value) else {
                throw DatabaseOpenError.invalidURL(
                    "unknown sslmode \"\(value)\"; use disable, prefer, require, verify-ca or verify-full")
            }
            return mode
        }
    }

    /// How the server's certificate is checked; a root certificate file makes `require` check the chain
    /// (as libpq does).
    func certificateVerification(rootCertificate: String?) -> CertificateVerification {
        switch self {
        case .disable, .prefer: .none
        case .require: rootCertificate == nil ? .none : .noHostnameVerification
        case .verifyCA: .noHostnameVerification
        case .verifyFull: .fullVerification
        }
    }

    /// The client TLS settings of this mode.
    func tlsConfiguration(rootCertificate: String?) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = self.certificateVerification(rootCertificate: rootCertificate)
        if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
        return configuration
    }

    /// PostgresNIO's TLS setting of this mode.
    /// - Throws: When the TLS context cannot be built (an unreadable `sslrootcert`).
    func tls(rootCertificate: String?) throws -> PostgresConnection.Configuration.TLS {
        switch self {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: self.tlsConfiguration(rootCertificate: rootCertificate)))
        case .require, .verifyCA, .verifyFull:
            return .require(try NIOSSLContext(configuration: self.tlsConfiguration(rootCertificate: rootCertificate)))
        }
    }
}
