import Foundation

/// Whether a text (a raw webhook body, a job payload) mentions a shopper's phone or email, however the
/// platform wrote it: `+13125550122`, `(312) 555-0122`, `312.555.0122`, `+44 7700 900123`, `07700 900123`;
/// emails in any case.
///
/// A phone is found as a run of digits, optionally split by spaces, dashes, dots, slashes or
/// parentheses, that equals the E.164 digits or ends them with at least all but the country code
/// (and at least seven digits); leading zeros (a trunk or `00` prefix) are ignored.
///
/// ```swift
/// let mentions = AddressMentions(phones: ["+13125550122"], emails: ["ana@example.com"])
/// mentions.isMentioned(in: #"{"phone":"(312) 555-0122"}"#)  // true
/// ```
public struct AddressMentions: Sendable, Hashable {
    /// E.164 digits (without `+`) of each phone.
    let phoneDigits: [[UInt8]]
    /// Lower-cased emails.
    let emails: [String]

    /// Creates the matcher.
    /// - Parameters:
    ///   - phones: Phones in E.164.
    ///   - emails: Emails.
    public init(phones: [String], emails: [String]) {
        self.phoneDigits = phones.map { Array($0.utf8.filter(Self.isDigit)) }.filter { $0.count >= 7 }
        self.emails = emails.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }.filter { !$0.isEmpty }
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { self.phoneDigits.isEmpty && self.emails.isEmpty }

    /// Whether `text` mentions any of the phones or emails.
    public func isMentioned(in text: String) -> Bool {
        if !self.emails.isEmpty {
            let lowered = text.lowercased()
            if self.emails.contains(where: { lowered.contains($0) }) { return true }
        }
        guard !self.phoneDigits.isEmpty else { return false }
        return Self.digitRuns(text).contains { run in self.phoneDigits.contains { Self.matches(run, phone: $0) } }
    }

    static func matches(_ run: [UInt8], phone: [UInt8]) -> Bool {
        let trimmed = Array(run.drop { $0 == UInt8(ascii: "0") })
        let shortest = max(7, phone.count - 3)
        for candidate in [run, trimmed] where candidate.count >= shortest && candidate.count <= phone.count {
            if Array(phone.suffix(candidate.count)) == candidate { return true }
        }
        return false
    }

    /// Maximal runs of digits, joined across single separators that sit between two digits.
    static func digitRuns(_ text: String) -> [[UInt8]] {
        var runs: [[UInt8]] = []
        var current: [UInt8] = []
        var pendingSeparators = 0
        for byte in text.utf8 {
            if Self.isDigit(byte) {
                current.append(byte)
                pendingSeparators = 0
            } else if !current.isEmpty, Self.separators.contains(byte), pendingSeparators < 2 {
                pendingSeparators += 1
            } else {
                if !current.isEmpty { runs.append(current) }
                current = []
                pendingSeparators = 0
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static let separators: Set<UInt8> = Set(" -./()".utf8)

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
