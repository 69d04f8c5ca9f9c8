import Foundation
import NIOSSL
import ReclaimChannels
import ReclaimCore
import Testing

/// Sends through a real SMTP server (aiosmtpd) and checks the result with Python's `email` package.
@Suite(.enabled(if: PythonTool.hasAiosmtpd, "python3 with aiosmtpd is required"))
struct SMTPDeliveryTests {
    static let message = EmailMessage(
        from: EmailAddress("hello@shop.example.com", name: "Northwind Göods"),
        to: [EmailAddress("ada@example.org", name: "Ada Lovelace")],
        subject: "Still thinking it over, Ada? Your cart 🛒 is waiting — 10 % off until Friday",
        text:
            "Hi Ada,\n.\n..leading dots survive\nYour cart: https://shop.example.com/cart/abc?code=SAVE10\nÜmlauts, emoji 🎉, and a very long line "
            + String(repeating: "lorem ipsum ", count: 120),
        html: "<html><body><p>Hi Ada,</p>\n.<p>Your <a href=\"https://shop.example.com/cart/abc\">cart</a> 🛒</p></body></html>",
        listUnsubscribe: ListUnsubscribe(mailto: "unsubscribe+tok123@shop.example.com", https: "https://shop.example.com/u/tok123"),
        returnPath: "bounces@shop.example.com")

    static func plain(_ peer: SMTPPeer) -> SMTPConfiguration {
        SMTPConfiguration(host: "127.0.0.1", port: peer.port, tls: .none, heloName: "reclaim.test", commandTimeout: 5)
    }

    @Test func multipartMessageArrivesIntact() async throws {
        try await SMTPPeer.with { peer in
            // Given a message with UTF-8 subject, leading dots and one-click unsubscribe
            let sender = SMTPEmailSender(configuration: Self.plain(peer))
            // When it is sent
            let result = try await sender.send(Self.message)
            // Then the server has it, and Python's email package reads it back exactly
            #expect(result.serverReply?.contains("queued as Q1") == true)
            let file = try #require(try peer.messages().first)
            let envelope = try peer.envelope(file)
            #expect(envelope["mail_from"] as? String == "bounces@shop.example.com")
            #expect(envelope["rcpt_tos"] as? [String] == ["ada@example.org"])
            let email = try await InspectedEmail.inspect(file)
            #expect(email.defects.isEmpty, "\(email.defects)")
            #expect(email.subject == Self.message.subject)
            #expect(email.from == "Northwind Göods <hello@shop.example.com>")
            #expect(email.to == "Ada Lovelace <ada@example.org>")
            #expect(email.messageId == "<\(result.messageID)>")
            #expect(email.dateOk)
            #expect(email.mimeVersion == "1.0")
            #expect(email.contentType == "multipart/alternative")
            #expect(email.parts.map(\.contentType) == ["text/plain", "text/html"])
            #expect(email.parts.allSatisfy { $0.charset == "utf-8" && $0.cte == "quoted-printable" })
            let text = email.parts[0].content.replacingOccurrences(of: "\r\n", with: "\n")
            // The CRLF before a boundary belongs to the delimiter (RFC 2046), so parts come back exactly.
            #expect(text == Self.message.text)
            #expect(email.parts[1].content.replacingOccurrences(of: "\r\n", with: "\n") == Self.message.html!)
            #expect(email.listUnsubscribe == "<mailto:unsubscribe+tok123@shop.example.com>, <https://shop.example.com/u/tok123>")
            #expect(email.listUnsubscribePost == "List-Unsubscribe=One-Click")
            #expect(email.maxLineOctets <= 78, "RFC 5322 §2.1.1 recommends 78")
            #expect(email.allAscii)
        }
    }

    @Test func base64BodiesAndSinglePartParse() async throws {
        try await SMTPPeer.with { peer in
            let sender = SMTPEmailSender(configuration: Self.plain(peer), renderer: EmailRenderer(encoding: .base64))
            var message = Self.message
            message.html = nil
            _ = try await sender.send(message)
            let email = try await InspectedEmail.inspect(try #require(try peer.messages().first))
            #expect(email.contentType == "text/plain")
            #expect(email.parts.first?.cte == "base64")
            #expect(email.parts.first?.content.replacingOccurrences(of: "\r\n", with: "\n") == message.text)
        }
    }

    @Test(arguments: ["PLAIN", "LOGIN"])
    func authenticatesWithEachMechanism(mechanism: String) async throws {
        try await SMTPPeer.with(["--auth", "reclaim:s3cret pass"]) { peer in
            var config = Self.plain(peer)
            config.credentials = SMTPCredentials(username: "reclaim", password: "s3cret pass")
            config.allowsPlaintextAuth = true
            config.authMechanisms = [SMTPAuthMechanism(rawValue: mechanism)!]
            _ = try await SMTPEmailSender(configuration: config).send(Self.message)
            let file = try #require(try peer.messages().first)
            #expect(try peer.envelope(file)["auth"] as? String == "reclaim")
        }
    }

    @Test func wrongPasswordIsPermanent() async throws {
        try await SMTPPeer.with(["--auth", "reclaim:right"]) { peer in
            var config = Self.plain(peer)
            config.credentials = SMTPCredentials(username: "reclaim", password: "wrong")
            config.allowsPlaintextAuth = true
            let error = try await Self.failure(SMTPEmailSender(configuration: config), Self.message)
            #expect(error.code == "535 5.7.8")
            guard case .permanent = error.action else {
                Issue.record("expected permanent, got \(error.action)")
                return
            }
            #expect(try peer.messages().isEmpty)
        }
    }

    @Test func credentialsAreNotSentInTheClearByDefault() async throws {
        try await SMTPPeer.with(["--auth", "reclaim:right"]) { peer in
            var config = Self.plain(peer)
            config.credentials = SMTPCredentials(username: "reclaim", password: "right")
            let error = try await Self.failure(SMTPEmailSender(configuration: config), Self.message)
            #expect(error.code == "configuration")
        }
    }

    @Test func startTLSThenAuth() async throws {
        try await SMTPPeer.with(["--starttls", "--auth", "reclaim:right"]) { peer in
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(peer.certificate.path)
            let config = SMTPConfiguration(
                host: "127.0.0.1", port: peer.port, tls: .starttls, credentials: SMTPCredentials(username: "reclaim", password: "right"),
                tlsConfiguration: tls, commandTimeout: 5)
            _ = try await SMTPEmailSender(configuration: config).send(Self.message)
            let file = try #require(try peer.messages().first)
            #expect(try peer.envelope(file)["tls"] as? Bool == true)
            #expect(try await InspectedEmail.inspect(file).subject == Self.message.subject)
        }
    }

    @Test func startTLSRejectsAnUntrustedCertificate() async throws {
        try await SMTPPeer.with(["--starttls"]) { peer in
            let config = SMTPConfiguration(host: "127.0.0.1", port: peer.port, tls: .starttls, commandTimeout: 5)
            let error = try await Self.failure(SMTPEmailSender(configuration: config), Self.message)
            #expect(error.message.contains("TLS") || error.message.contains("starttls") || error.message.contains("ehlo"), "\(error)")
            #expect(try peer.messages().isEmpty)
        }
    }

    @Test func startTLSRequiredButNotOfferedStops() async throws {
        try await SMTPPeer.with { peer in
            let config = SMTPConfiguration(host: "127.0.0.1", port: peer.port, tls: .starttls, commandTimeout: 5)
            let error = try await Self.failure(SMTPEmailSender(configuration: config), Self.message)
            #expect(error.code == "configuration")
            #expect(try peer.messages().isEmpty)
        }
    }

    @Test func implicitTLS() async throws {
        try await SMTPPeer.with(["--implicit-tls"]) { peer in
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(peer.certificate.path)
            let config = SMTPConfiguration(host: "127.0.0.1", port: peer.port, tls: .tls, tlsConfiguration: tls, commandTimeout: 5)
            _ = try await SMTPEmailSender(configuration: config).send(Self.message)
            let file = try #require(try peer.messages().first)
            #expect(try peer.envelope(file)["tls"] as? Bool == true)
        }
    }

    @Test func rcptReplyCodesMapToActions() async throws {
        try await SMTPPeer.with { peer in
            let sender = SMTPEmailSender(configuration: Self.plain(peer))
            func send(to address: String) async throws -> ProviderError {
                var message = Self.message
                message.to = [EmailAddress(address)]
                return try await Self.failure(sender, message)
            }
            let bounce = try await send(to: "bounce@example.org")
            #expect(bounce.action == .suppress(.hardBounce))
            #expect(bounce.code == "550 5.1.1")
            #expect(try await send(to: "greylist@example.org").action == .retry(after: nil))
            guard case .permanent = try await send(to: "policy@example.org").action else {
                Issue.record("a 5.7.1 policy refusal is not a hard bounce")
                return
            }
            #expect(try peer.messages().isEmpty)
        }
    }

    @Test func partialRecipientFailureIsReported() async throws {
        try await SMTPPeer.with { peer in
            var message = Self.message
            message.to = [EmailAddress("ada@example.org"), EmailAddress("bounce@example.org")]
            let result = try await SMTPEmailSender(configuration: Self.plain(peer)).send(message)
            #expect(result.rejectedRecipients["bounce@example.org"]?.action == .suppress(.hardBounce))
            let file = try #require(try peer.messages().first)
            #expect(try peer.envelope(file)["rcpt_tos"] as? [String] == ["ada@example.org"])
        }
    }

    @Test(.enabled(if: PythonTool.hasDkimpy, "dkimpy is required"))
    func rsaSignatureVerifiesWithDkimpy() async throws {
        let signer = try DKIMSigner(domain: "shop.example.com", selector: "reclaim", key: .rsa(pem: DKIMTestKeys.rsaPEM))
        try await self.verifyWithDkimpy(signer)
    }

    @Test(.enabled(if: PythonTool.hasDkimpyEd25519, "dkimpy with PyNaCl is required"))
    func ed25519SignatureVerifiesWithDkimpy() async throws {
        let signer = try DKIMSigner(domain: "shop.example.com", selector: "ed", key: .ed25519(seed: DKIMTestKeys.ed25519Seed))
        try await self.verifyWithDkimpy(signer)
    }

    private func verifyWithDkimpy(_ signer: DKIMSigner) async throws {
        let txt = try signer.dnsRecord
        try await SMTPPeer.with { peer in
            let sender = SMTPEmailSender(configuration: Self.plain(peer), renderer: EmailRenderer(dkim: signer))
            _ = try await sender.send(Self.message)
            let email = try await InspectedEmail.inspect(try #require(try peer.messages().first), dkimTXT: txt)
            #expect(email.dkimValid == true)
            let signed = Set(email.dkimSignedHeaders ?? [])
            #expect(signed.isSuperset(of: ["from", "to", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post"]))
        }
    }

    static func failure(_ sender: SMTPEmailSender, _ message: EmailMessage) async throws -> ProviderError {
        do {
            let result = try await sender.send(message)
            Issue.record("expected a failure, got \(result)")
            throw CancellationError()
        } catch let error as ProviderError {
            return error
        }
    }
}
