import Foundation

/// A mailbox: an ASCII address with an optional display name (which may be any Unicode).
public struct EmailAddress: Sendable, Hashable, Codable {
    /// `local@domain`, ASCII (SMTPUTF8 is not used).
    public var address: String
    /// The display name, if any.
    public var name: String?

    /// Creates a mailbox.
    /// - Parameters:
    ///   - address: `local@domain`.
    ///   - name: The display name.
    public init(_ address: String, name: String? = nil) {
        self.address = address.trimmingCharacters(in: .whitespaces)
        self.name = name
    }

    /// The part after the last `@`, lower-cased.
    public var domain: String {
        guard let at = self.address.lastIndex(of: "@") else { return "" }
        return String(self.address[self.address.index(after: at)...]).lowercased()
    }

    /// Whether the address can go in `MAIL FROM`/`RCPT TO` and a header unchanged: printable ASCII,
    /// one `@` with text either side, no spaces, angle brackets, quotes or commas.
    public var isValid: Bool {
        let parts = self.address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, self.address.utf8.count <= 254 else { return false }
        return self.address.utf8.allSatisfy { $0 > 32 && $0 < 127 && !"<>()[]\\,;:\"".utf8.contains($0) }
    }

    /// The header form: `"Name" <address>`, the name RFC 2047-encoded when it is not ASCII.
    var headerValue: String {
        guard let name = self.name.map(MIMEEncoding.singleLine), !name.isEmpty else { return "<\(self.address)>" }
        if name.unicodeScalars.allSatisfy({ $0.isASCII }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(self.address)>"
        }
        return "\(MIMEEncoding.encodedWords(name).joined(separator: " ")) <\(self.address)>"
    }
}
