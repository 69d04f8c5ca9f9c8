import Foundation

/// `application/x-www-form-urlencoded` as providers decode it: unreserved bytes as they are, space as
/// `+`, everything else (including `+` in E.164 numbers) percent-encoded as UTF-8.
enum FormEncoding {
    /// Encodes name/value pairs in the given order.
    static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(self.escape($0.0))=\(self.escape($0.1))" }.joined(separator: "&")
    }

    /// Percent-encodes one name or value.
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "*"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// Decodes a form body into pairs, keeping order and repeats.
    static func decode(_ body: String) -> [(String, String)] {
        body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = self.unescape(String(parts[0]))
            let value = parts.count > 1 ? self.unescape(String(parts[1])) : ""
            return (name, value)
        }
    }

    private static func unescape(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
