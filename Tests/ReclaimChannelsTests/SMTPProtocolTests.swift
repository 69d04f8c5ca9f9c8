import Foundation
import NIOCore
import NIOPosix
import ReclaimChannels
import Testing

@Suite struct SMTPProtocolTests {
    @Test func replyLinesParseIncludingEnhancedCodes() {
        let reply = SMTPReply(code: 550, lines: ["5.1.1 <bounce@example.org>: Recipient address rejected"])
        #expect(reply.enhancedCode == "5.1.1")
        #expect(reply.isPermanent)
        #expect(SMTPReply(code: 250, lines: ["OK"]).enhancedCode == nil)
        #expect(SMTPReply(code: 451, lines: ["4.7.1 Greylisted"]).isTransient)
    }

    /// A server that accepts the connection and never says a word.
    @Test func silentServerTimesOutAsARetry() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(server.localAddress?.port)
        let client = SMTPClient(configuration: SMTPConfiguration(host: "127.0.0.1", port: port, tls: .none, commandTimeout: 0.3))
        let started = ContinuousClock.now
        await #expect {
            _ = try await client.send(from: "a@x.com", to: ["b@x.com"], data: Array("Subject: x\r\n\r\nx\r\n".utf8))
        } throws: { error in
            guard let error = error as? ProviderError else { return false }
            return error.isRetryable && !error.outcomeUnknown && error.message.contains("greeting")
        }
        // Times out rather than hanging; the bound is loose because CI machines are slow, not a speed target.
        #expect(ContinuousClock.now - started < .seconds(30))
        try await server.close()
    }

    @Test func refusedConnectionIsARetry() async {
        let client = SMTPClient(configuration: SMTPConfiguration(host: "127.0.0.1", port: 1, tls: .none, connectTimeout: 1))
        await #expect {
            _ = try await client.send(from: "a@x.com", to: ["b@x.com"], data: Array("x".utf8))
        } throws: { ($0 as? ProviderError)?.isRetryable == true }
    }

    @Test func invalidAddressesNeverReachTheWire() async {
        let client = SMTPClient(configuration: SMTPConfiguration(host: "127.0.0.1", port: 1, tls: .none))
        await #expect {
            _ = try await client.send(from: "a@x.com", to: ["b@x.com>\r\nRCPT TO:<c@y.com"], data: [])
        } throws: { ($0 as? ProviderError)?.action == .invalidRecipient }
    }
}
