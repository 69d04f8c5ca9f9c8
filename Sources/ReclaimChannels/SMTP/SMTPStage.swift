import Foundation
import ReclaimCore

/// The step of an SMTP transaction, for error messages and for knowing whether mail may have been accepted.
public enum SMTPStage: String, Sendable, Hashable, Codable {
    /// TCP (and implicit TLS) connection.
    case connect
    /// The server's `220` greeting.
    case greeting
    /// `EHLO`/`HELO`.
    case ehlo
    /// `STARTTLS` and the TLS handshake.
    case starttls
    /// `AUTH`.
    case auth
    /// `MAIL FROM`.
    case mailFrom = "mail_from"
    /// `RCPT TO`.
    case rcptTo = "rcpt_to"
    /// `DATA` (until `354`).
    case data
    /// The message and its final `.`: only here can the server have accepted mail without our knowing.
    case message
}

/// Maps SMTP replies and transport failures to ``ProviderError``.
enum SMTPErrorMapping {
    /// A negative or unexpected reply: 4xx retry; 550/551/553 to `RCPT` hard bounce (unless the enhanced
    /// code is a 5.7.x policy rejection); other 5xx permanent.
    static func error(for reply: SMTPReply, stage: SMTPStage) -> ProviderError {
        let message = "\(stage.rawValue): \(reply.code) \(reply.text)"
        let code = reply.enhancedCode.map { "\(reply.code) \($0)" } ?? String(reply.code)
        let action: ProviderAction
        if reply.isTransient {
            action = .retry(after: nil)
        } else if stage == .rcptTo, [550, 551, 553].contains(reply.code), !(reply.enhancedCode?.hasPrefix("5.7.") ?? false) {
            action = .suppress(.hardBounce)
        } else if reply.isPermanent {
            action = .permanent(code: code, message: message)
        } else {
            action = .permanent(code: "protocol", message: "unexpected reply at \(message)")
        }
        return ProviderError(provider: "smtp", action: action, code: code, message: message)
    }

    /// A failure without a reply. Only a lost connection or timeout after the final `.` leaves the
    /// outcome unknown; earlier, nothing can have been accepted.
    static func error(for error: any Error, stage: SMTPStage) -> ProviderError {
        if let error = error as? ProviderError { return error }
        let unknown = stage == .message
        let text: String
        switch error {
        case SMTPTransportError.timeout: text = "timed out"
        case SMTPTransportError.connectionClosed: text = "connection closed by the server"
        case SMTPTransportError.protocolViolation(let detail):
            return ProviderError(
                provider: "smtp", action: .permanent(code: "protocol", message: detail), code: "protocol",
                message: "\(stage.rawValue): \(detail)", outcomeUnknown: unknown)
        case SMTPTransportError.tls(let detail): text = "TLS: \(detail)"
        case SMTPTransportError.other(let detail): text = detail
        default: text = "\(error)"
        }
        return ProviderError(
            provider: "smtp", action: .retry(after: nil), message: "\(stage.rawValue): \(text)", outcomeUnknown: unknown)
    }

    /// A configuration problem found by the client itself (no STARTTLS, no usable AUTH).
    static func configuration(_ detail: String, stage: SMTPStage) -> ProviderError {
        ProviderError(
            provider: "smtp", action: .permanent(code: "configuration", message: detail), code: "configuration",
            message: "\(stage.rawValue): \(detail)")
    }
}
