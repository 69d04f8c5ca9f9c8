import Foundation
import NIOSSL

/// How the connection to the SMTP server is secured.
public enum SMTPTLSMode: String, Sendable, Hashable, Codable {
    /// Plain TCP (local relays and test servers only).
    case none
    /// Plain TCP upgraded with `STARTTLS` (port 587); refuses to continue if the server does not offer it.
    case starttls
    /// TLS from the first byte (port 465).
    case tls
}

/// A username and password for `AUTH PLAIN` or `AUTH LOGIN`.
public struct SMTPCredentials: Sendable, Hashable {
    /// The user name.
    public var username: String
    /// The password.
    public var password: String

    /// Creates credentials.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// A SASL mechanism the client can use.
public enum SMTPAuthMechanism: String, Sendable, Hashable, Codable {
    /// `AUTH PLAIN` with an initial response (RFC 4616).
    case plain = "PLAIN"
    /// `AUTH LOGIN` (user name and password in two base64 steps).
    case login = "LOGIN"
}

/// Where and how to submit mail.
///
/// ```swift
/// let smtp = SMTPConfiguration(host: "smtp.example.com", port: 587, tls: .starttls,
///                              credentials: SMTPCredentials(username: "reclaim", password: secret))
/// ```
public struct SMTPConfiguration: Sendable {
    /// Server host name or IP address.
    public var host: String
    /// Server port (587 for STARTTLS, 465 for TLS, 25 for relays).
    public var port: Int
    /// Transport security.
    public var tls: SMTPTLSMode
    /// Credentials; `nil` to send without `AUTH`.
    public var credentials: SMTPCredentials?
    /// Whether credentials may be sent over an unencrypted connection (local test servers only).
    public var allowsPlaintextAuth: Bool
    /// Mechanisms to try, in order of preference; the first one the server offers is used.
    public var authMechanisms: [SMTPAuthMechanism]
    /// The name given in `EHLO`.
    public var heloName: String
    /// TLS settings (trust roots, verification); full verification with the system roots by default.
    public var tlsConfiguration: TLSConfiguration
    /// Seconds to wait for the TCP connection.
    public var connectTimeout: TimeInterval
    /// Seconds to wait for each reply (RFC 5321 §4.5.3.2 allows minutes; providers answer in seconds).
    public var commandTimeout: TimeInterval
    /// Seconds to wait for the reply to the final `.` of `DATA`.
    public var dataTimeout: TimeInterval

    /// Creates a configuration.
    /// - Parameters:
    ///   - host: Server host.
    ///   - port: Server port.
    ///   - tls: Transport security (default STARTTLS).
    ///   - credentials: Credentials, if the server requires them.
    ///   - allowsPlaintextAuth: Allow `AUTH` without TLS (default `false`).
    ///   - heloName: `EHLO` name (default `localhost`; use the sending host's name in production).
    ///   - tlsConfiguration: TLS settings (default: client defaults with full verification).
    ///   - connectTimeout: Connect timeout in seconds (default 10).
    ///   - commandTimeout: Per-reply timeout in seconds (default 30).
    ///   - dataTimeout: Timeout for the final reply in seconds (default 120).
    public init(
        host: String, port: Int, tls: SMTPTLSMode = .starttls, credentials: SMTPCredentials? = nil,
        allowsPlaintextAuth: Bool = false, heloName: String = "localhost",
        tlsConfiguration: TLSConfiguration = .makeClientConfiguration(), connectTimeout: TimeInterval = 10,
        commandTimeout: TimeInterval = 30, dataTimeout: TimeInterval = 120
    ) {
        self.host = host
        self.port = port
        self.tls = tls
        self.credentials = credentials
        self.allowsPlaintextAuth = allowsPlaintextAuth
        self.authMechanisms = [.plain, .login]
        self.heloName = heloName
        self.tlsConfiguration = tlsConfiguration
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.dataTimeout = dataTimeout
    }
}
