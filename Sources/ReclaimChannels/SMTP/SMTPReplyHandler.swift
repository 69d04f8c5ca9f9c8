import NIOCore
import NIOSSL

/// Why an SMTP connection stopped working, before a reply could be read.
enum SMTPTransportError: Error, Sendable, Hashable {
    /// No reply within the timeout.
    case timeout
    /// The server closed the connection.
    case connectionClosed
    /// The server sent something that is not an SMTP reply, or data where none may be.
    case protocolViolation(String)
    /// TLS failed (handshake, certificate).
    case tls(String)
    /// Any other channel error.
    case other(String)
}

/// Splits the server's bytes into lines and lines into replies, and hands replies out in order to
/// whoever asked with ``nextReply(timeout:)``. Lives on the channel's event loop.
final class SMTPReplyHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    /// Longest line accepted (RFC 5321 allows 512 octets; servers exceed it a little).
    static let maxLineLength = 8_192

    private struct Waiter {
        let promise: EventLoopPromise<SMTPReply>
        let timeout: Scheduled<Void>
    }

    private var pending = ByteBuffer()
    private var currentCode: Int?
    private var currentLines: [String] = []
    private var replies = CircularBuffer<SMTPReply>()
    private var waiters = CircularBuffer<Waiter>()
    private var failure: SMTPTransportError?
    private var context: ChannelHandlerContext?

    /// Whether anything arrived that nobody asked for yet (checked before the TLS upgrade: data sent
    /// in the clear after the `220` to `STARTTLS` would be an injection attempt).
    var hasBufferedInput: Bool {
        !self.replies.isEmpty || self.pending.readableBytes > 0 || !self.currentLines.isEmpty
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = self.unwrapInboundIn(data)
        self.pending.writeBuffer(&bytes)
        while self.failure == nil,
            let newline = self.pending.readableBytesView.firstIndex(of: UInt8(ascii: "\n"))
        {
            let length = newline - self.pending.readerIndex
            var line = self.pending.readString(length: length) ?? ""
            self.pending.moveReaderIndex(forwardBy: 1)
            if line.hasSuffix("\r") { line.removeLast() }
            self.consume(line)
        }
        if self.pending.readableBytes > Self.maxLineLength {
            self.fail(.protocolViolation("reply line longer than \(Self.maxLineLength) octets"))
        }
        self.pending.discardReadBytes()
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.fail(.connectionClosed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            self.fail(.tls("\(error)"))
        } else {
            self.fail(.other("\(error)"))
        }
    }

    /// The next reply, in arrival order.
    /// - Parameters:
    ///   - timeout: How long to wait; on expiry the connection is closed.
    ///   - eventLoop: The channel's event loop (used when the handler is already gone).
    /// - Returns: A future on the channel's event loop.
    func nextReply(timeout: TimeAmount, eventLoop: any EventLoop) -> EventLoopFuture<SMTPReply> {
        guard let context = self.context else {
            return eventLoop.makeFailedFuture(self.failure ?? SMTPTransportError.connectionClosed)
        }
        if let reply = self.replies.popFirst() { return context.eventLoop.makeSucceededFuture(reply) }
        if let failure = self.failure { return context.eventLoop.makeFailedFuture(failure) }
        let promise = context.eventLoop.makePromise(of: SMTPReply.self)
        let scheduled = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) {
            self.fail(.timeout)
        }
        self.waiters.append(Waiter(promise: promise, timeout: scheduled))
        return promise.futureResult
    }

    private func consume(_ line: String) {
        guard let parsed = SMTPReply.parseLine(line) else {
            self.fail(.protocolViolation("not an SMTP reply: \(line.prefix(80))"))
            return
        }
        if let code = self.currentCode, code != parsed.code {
            self.fail(.protocolViolation("reply code changed within a multi-line reply"))
            return
        }
        self.currentCode = parsed.code
        self.currentLines.append(parsed.text)
        guard !parsed.more else { return }
        let reply = SMTPReply(code: parsed.code, lines: self.currentLines)
        self.currentCode = nil
        self.currentLines = []
        if let waiter = self.waiters.popFirst() {
            waiter.timeout.cancel()
            waiter.promise.succeed(reply)
        } else {
            self.replies.append(reply)
        }
    }

    private func fail(_ error: SMTPTransportError) {
        if self.failure == nil { self.failure = error }
        while let waiter = self.waiters.popFirst() {
            waiter.timeout.cancel()
            waiter.promise.fail(self.failure ?? error)
        }
        self.context?.close(promise: nil)
    }
}
