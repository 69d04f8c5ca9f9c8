import NIOCore

/// The `DATA` payload: line endings made CRLF, lines starting with `.` dot-stuffed (RFC 5321 §4.5.2),
/// and the terminating `CRLF.CRLF`.
enum SMTPData {
    /// Encodes a message for `DATA`.
    /// - Parameter message: The message octets (CRLF or LF line endings).
    /// - Returns: The payload including the final `.` line.
    static func encode(_ message: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(message.count + message.count / 50 + 8)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                buffer.writeInteger(UInt8(ascii: "\r"))
            }
            if atLineStart && byte == UInt8(ascii: ".") { buffer.writeInteger(UInt8(ascii: ".")) }
            buffer.writeInteger(byte)
            atLineStart = byte == UInt8(ascii: "\n")
            previous = byte
        }
        if !atLineStart {
            buffer.writeString("\r\n")
        }
        buffer.writeString(".\r\n")
        return buffer
    }
}
