import Foundation

/// One SMTP reply: a three-digit code and one or more lines of text (RFC 5321 §4.2).
public struct SMTPReply: Sendable, Hashable {
    /// The reply code (`250`).
    public var code: Int
    /// The text of each line, without code and separator.
    public var lines: [String]

    /// Creates a reply.
    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// 2xx.
    public var isPositive: Bool { (200..<300).contains(self.code) }
    /// 3xx (intermediate: `354`, `334`).
    public var isIntermediate: Bool { (300..<400).contains(self.code) }
    /// 4xx.
    public var isTransient: Bool { (400..<500).contains(self.code) }
    /// 5xx.
    public var isPermanent: Bool { (500..<600).contains(self.code) }

    /// The enhanced status code (RFC 3463) at the start of the first line, such as `5.1.1`.
    public var enhancedCode: String? {
        guard let first = self.lines.first?.split(separator: " ", maxSplits: 1).first else { return nil }
        let parts = first.split(separator: ".")
        guard parts.count == 3, ["2", "4", "5"].contains(parts[0]), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return String(first)
    }

    /// All lines joined with spaces.
    public var text: String { self.lines.joined(separator: " ") }

    /// Parses one reply line.
    /// - Parameter line: `250-SIZE 35882577` or `250 OK` (no CRLF).
    /// - Returns: The code, whether more lines follow, and the text; `nil` when malformed.
    static func parseLine(_ line: String) -> (code: Int, more: Bool, text: String)? {
        let scalars = Array(line.utf8)
        guard scalars.count >= 3, scalars[0...2].allSatisfy({ (48...57).contains($0) }),
            let code = Int(String(decoding: scalars[0...2], as: UTF8.self))
        else { return nil }
        if scalars.count == 3 { return (code, false, "") }
        switch scalars[3] {
        case UInt8(ascii: "-"): return (code, true, String(decoding: scalars[4...], as: UTF8.self))
        case UInt8(ascii: " "): return (code, false, String(decoding: scalars[4...], as: UTF8.self))
        default: return nil
        }
    }
}
