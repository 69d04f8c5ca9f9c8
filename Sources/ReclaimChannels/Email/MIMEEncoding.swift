import Foundation

/// The encodings a message needs to travel as 7-bit text with lines of at most 998 octets.
public enum MIMEEncoding {
    /// Replaces CR, LF and other control characters with spaces so that a value cannot inject headers.
    /// - Parameter text: A header value or part of one.
    /// - Returns: The text on one line.
    public static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : $0 }))
    }

    /// RFC 2047 `B` encoded words for arbitrary Unicode, each at most 60 characters (so that even the first
    /// line, after `Subject: `, stays within 76) and never splitting a character across words.
    /// - Parameter text: The text to encode.
    /// - Returns: Encoded words (`=?UTF-8?B?…?=`), to be joined by folding whitespace.
    public static func encodedWords(_ text: String) -> [String] {
        // 36 octets → 48 base64 characters → 60-character words.
        let maxOctets = 36
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > maxOctets, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes.prefix(maxOctets)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words
    }

    /// An unstructured header value (`Subject`): unchanged when it is printable ASCII, otherwise
    /// RFC 2047-encoded; folded so that lines stay within 78 characters where possible.
    /// - Parameters:
    ///   - name: The field name, to account for its length on the first line.
    ///   - value: The value.
    /// - Returns: The value, possibly folded with CRLF + space.
    public static func unstructuredHeader(name: String, value: String) -> String {
        let value = self.singleLine(value)
        let ascii = value.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value < 127 }
        // A literal "=?" could be mistaken for an encoded word: encode such values too.
        if ascii && !value.contains("=?") {
            return self.fold(name: name, words: value.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
        }
        return self.fold(name: name, words: self.encodedWords(value))
    }

    /// Joins words with single spaces, starting a new line (CRLF + space) before a word that would pass
    /// 78 characters.
    static func fold(name: String, words: [String]) -> String {
        var result = ""
        var width = name.count + 2
        for (index, word) in words.enumerated() {
            if index == 0 {
                result = word
                width += word.count
            } else if width + 1 + word.count > 78 && !word.isEmpty {
                // Never fold before an empty word: a folded line must not be whitespace only.
                result += "\r\n " + word
                width = 1 + word.count
            } else {
                result += " " + word
                width += 1 + word.count
            }
        }
        return result
    }

    /// Quoted-printable (RFC 2045 §6.7) of UTF-8 text: line breaks become CRLF, encoded lines are at
    /// most 76 characters, trailing spaces and every non-printable octet are `=XX`.
    /// - Parameter text: The body text.
    /// - Returns: The encoded body, lines separated by CRLF, without a final CRLF.
    public static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [String] = []
        for line in self.lines(text) {
            let bytes = Array(line.utf8)
            var current: [UInt8] = []
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                var token: [UInt8]
                let literal =
                    (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || ((byte == 32 || byte == 9) && !isLast)
                token = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                // Keep room for a soft break "=" at the end of a continued line (76 in all).
                if current.count + token.count > (isLast ? 76 : 75) {
                    output.append(String(decoding: current + [UInt8(ascii: "=")], as: UTF8.self))
                    current = []
                }
                current += token
            }
            output.append(String(decoding: current, as: UTF8.self))
        }
        return output.joined(separator: "\r\n")
    }

    /// Base64 of UTF-8 text in lines of 76 characters.
    /// - Parameter text: The body text (line breaks normalised to CRLF first).
    /// - Returns: The encoded body, lines separated by CRLF.
    public static func base64Lines(_ text: String) -> String {
        let encoded = Data(self.lines(text).joined(separator: "\r\n").utf8).base64EncodedString()
        var lines: [Substring] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return lines.joined(separator: "\r\n")
    }

    /// Splits text on CRLF, CR or LF.
    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// RFC 5322 date-time in UTC: `Thu, 24 Aug 2023 05:01:45 +0000`.
    /// - Parameter date: The instant.
    /// - Returns: The formatted date.
    public static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let weekday = days[max(0, min(6, (parts.weekday ?? 1) - 1))]
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return
            "\(weekday), \(two(parts.day)) \(month) \(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
