import Foundation
import NIOCore
import NIOSSL

/// One mail transaction on an open connection; tracks the stage so that failures map correctly.
struct SMTPSession {
    let connection: SMTPConnection
    let configuration: SMTPConfiguration
    let tlsContext: NIOSSLContext?
    private(set) var stage = SMTPStage.greeting
    private var secure: Bool

    init(connection: SMTPConnection, configuration: SMTPConfiguration, tlsContext: NIOSSLContext?) {
        self.connection = connection
        self.configuration = configuration
        self.tlsContext = tlsContext
        self.secure = configuration.tls == .tls
    }

    /// Greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA.
    mutating func run(from: String, to: [String], data: [UInt8]) async throws -> SMTPReceipt {
        let timeout = self.configuration.commandTimeout
        try self.expect(try await self.connection.reply(timeout: timeout), 220)
        var capabilities = try await self.hello()
        if self.configuration.tls == .starttls {
            self.stage = .starttls
            guard capabilities.keywords.contains("STARTTLS"), let tlsContext else {
                throw SMTPErrorMapping.configuration("the server does not offer STARTTLS", stage: .starttls)
            }
            try self.expect(try await self.connection.command("STARTTLS", timeout: timeout), 220)
            try await self.connection.startTLS(context: tlsContext, host: self.configuration.host)
            self.secure = true
            capabilities = try await self.hello()
        }
        if let credentials = self.configuration.credentials {
            self.stage = .auth
            try await self.authenticate(credentials, capabilities: capabilities)
        }
        self.stage = .mailFrom
        try self.expect(try await self.connection.command("MAIL FROM:<\(from)>", timeout: timeout), 250)
        self.stage = .rcptTo
        var rejected: [String: ProviderError] = [:]
        for recipient in to {
            let reply = try await self.connection.command("RCPT TO:<\(recipient)>", timeout: timeout)
            if reply.code != 250 && reply.code != 251 { rejected[recipient] = SMTPErrorMapping.error(for: reply, stage: .rcptTo) }
        }
        if rejected.count == to.count, let first = to.first, let error = rejected[first] {
            _ = try? await self.connection.command("RSET", timeout: timeout)
            throw error
        }
        self.stage = .data
        try self.expect(try await self.connection.command("DATA", timeout: timeout), 354)
        self.stage = .message
        try await self.connection.write(SMTPData.encode(data))
        let final = try await self.connection.reply(timeout: self.configuration.dataTimeout)
        try self.expect(final, 250)
        return SMTPReceipt(reply: final, rejectedRecipients: rejected)
    }

    /// Ends the session politely; failures are ignored because the message is already accepted.
    func quit() async {
        _ = try? await self.connection.command("QUIT", timeout: min(5, self.configuration.commandTimeout))
        await self.connection.close()
    }

    private mutating func hello() async throws -> SMTPCapabilities {
        self.stage = .ehlo
        let timeout = self.configuration.commandTimeout
        let reply = try await self.connection.command("EHLO \(self.configuration.heloName)", timeout: timeout)
        if reply.code == 250 { return SMTPCapabilities(ehlo: reply) }
        // RFC 5321 §3.2: a server that does not know EHLO answers 500/502; fall back to HELO.
        guard [500, 502].contains(reply.code), self.configuration.tls != .starttls, self.configuration.credentials == nil else {
            throw SMTPErrorMapping.error(for: reply, stage: .ehlo)
        }
        try self.expect(try await self.connection.command("HELO \(self.configuration.heloName)", timeout: timeout), 250)
        return SMTPCapabilities(ehlo: SMTPReply(code: 250, lines: []))
    }

    private func authenticate(_ credentials: SMTPCredentials, capabilities: SMTPCapabilities) async throws {
        guard self.secure || self.configuration.allowsPlaintextAuth else {
            throw SMTPErrorMapping.configuration("refusing to send credentials without TLS", stage: .auth)
        }
        let timeout = self.configuration.commandTimeout
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        let offered = self.configuration.authMechanisms.first { capabilities.authMechanisms.contains($0.rawValue) }
        switch offered {
        case .plain:
            let token = base64("\u{0}\(credentials.username)\u{0}\(credentials.password)")
            try self.expect(try await self.connection.command("AUTH PLAIN \(token)", timeout: timeout), 235)
        case .login:
            try self.expect(try await self.connection.command("AUTH LOGIN", timeout: timeout), 334)
            try self.expect(try await self.connection.command(base64(credentials.username), timeout: timeout), 334)
            try self.expect(try await self.connection.command(base64(credentials.password), timeout: timeout), 235)
        case nil:
            throw SMTPErrorMapping.configuration(
                "the server offers none of \(self.configuration.authMechanisms.map(\.rawValue)) (offers: \(capabilities.authMechanisms.sorted()))",
                stage: .auth)
        }
    }

    private func expect(_ reply: SMTPReply, _ code: Int) throws {
        guard reply.code == code else { throw SMTPErrorMapping.error(for: reply, stage: self.stage) }
    }
}

/// What the server announced in its EHLO reply.
struct SMTPCapabilities: Sendable, Hashable {
    /// Extension keywords, upper-cased (`STARTTLS`, `AUTH`, `SIZE`, `8BITMIME`).
    var keywords: Set<String>
    /// SASL mechanisms from `AUTH` (and the legacy `AUTH=` form), upper-cased.
    var authMechanisms: Set<String>

    init(ehlo: SMTPReply) {
        var keywords: Set<String> = []
        var mechanisms: Set<String> = []
        for line in ehlo.lines.dropFirst() {
            let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            guard let keyword = words.first else { continue }
            keywords.insert(keyword)
            if keyword == "AUTH" { mechanisms.formUnion(words.dropFirst()) }
        }
        self.keywords = keywords
        self.authMechanisms = mechanisms
    }
}
