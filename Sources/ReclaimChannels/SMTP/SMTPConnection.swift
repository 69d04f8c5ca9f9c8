import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One TCP (or TLS) connection to an SMTP server, with async reads of whole replies.
struct SMTPConnection: Sendable {
    let channel: any Channel
    let handler: NIOLoopBound<SMTPReplyHandler>

    /// Connects, adding TLS from the start for ``SMTPTLSMode/tls``.
    static func connect(
        host: String, port: Int, implicitTLS: NIOSSLContext?, connectTimeout: TimeInterval, group: any EventLoopGroup
    ) async throws -> SMTPConnection {
        let serverName = self.serverName(host)
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.milliseconds(Int64(connectTimeout * 1_000)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: implicitTLS, serverHostname: serverName))
                    }
                    try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler())
                }
            }
            .connect(host: host, port: port).get()
        let handler = try await channel.eventLoop.submit {
            NIOLoopBound(try channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self), eventLoop: channel.eventLoop)
        }.get()
        return SMTPConnection(channel: channel, handler: handler)
    }

    /// The SNI name: the host unless it is an IP address (SNI forbids those; the certificate is then
    /// checked against the address).
    static func serverName(_ host: String) -> String? {
        (try? SocketAddress(ipAddress: host, port: 0)) == nil ? host : nil
    }

    /// The next reply.
    func reply(timeout: TimeInterval) async throws -> SMTPReply {
        let handler = self.handler
        let amount = TimeAmount.milliseconds(Int64(timeout * 1_000))
        let eventLoop = self.channel.eventLoop
        return try await eventLoop.flatSubmit { handler.value.nextReply(timeout: amount, eventLoop: eventLoop) }.get()
    }

    /// Writes raw text or octets.
    func write(_ buffer: ByteBuffer) async throws {
        try await self.channel.writeAndFlush(buffer).get()
    }

    /// Writes one command line (CRLF added) and reads its reply.
    func command(_ line: String, timeout: TimeInterval) async throws -> SMTPReply {
        try await self.write(ByteBuffer(string: line + "\r\n"))
        return try await self.reply(timeout: timeout)
    }

    /// Upgrades the connection to TLS after a `220` to `STARTTLS`.
    func startTLS(context: NIOSSLContext, host: String) async throws {
        let handler = self.handler
        let channel = self.channel
        let serverName = Self.serverName(host)
        try await channel.eventLoop.submit {
            guard !handler.value.hasBufferedInput else {
                throw SMTPTransportError.protocolViolation("data received in the clear after STARTTLS")
            }
            try channel.pipeline.syncOperations.addHandler(
                try NIOSSLClientHandler(context: context, serverHostname: serverName), position: .first)
        }.get()
    }

    /// Closes the connection, ignoring errors.
    func close() async {
        try? await self.channel.close().get()
    }
}
