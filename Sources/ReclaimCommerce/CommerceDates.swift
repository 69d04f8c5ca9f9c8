import Foundation

/// Parsers for the timestamp formats the platforms send. All return `nil` rather than guess.
public enum CommerceDates {
    /// ISO 8601 with an explicit offset or `Z`, with or without fractional seconds
    /// (`2021-12-31T19:00:00-05:00`, `2025-07-10T16:15:47.000000Z`).
    public static func iso8601(_ text: String?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }

    /// A timestamp without offset that the platform documents as UTC (WooCommerce `*_gmt` fields,
    /// `2017-03-22T19:28:02`).
    public static func naiveUTC(_ text: String?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return self.iso8601(text) ?? self.iso8601(text + "Z")
    }

    /// The latest Unix time accepted from a platform, 9999-12-31T23:59:59Z: later ones (`Int64.max`)
    /// would overflow the millisecond columns and every `Int` conversion of the time.
    public static let latestEpochSeconds: Int64 = 253_402_300_799

    /// A Unix time in seconds (BigCommerce `created_at`) as a date.
    /// - Throws: ``CommerceError/outOfRange(_:reason:)`` outside 1970-01-01…9999-12-31.
    public static func epochSeconds(_ seconds: Int64, field: String) throws(CommerceError) -> Date {
        guard (0...self.latestEpochSeconds).contains(seconds) else {
            throw .outOfRange(field, reason: "time \(seconds) is out of range: expected Unix seconds within 0…\(self.latestEpochSeconds)")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// RFC 2822 dates of BigCommerce's v2 API (`Tue, 05 Mar 2019 21:40:11 +0000`).
    public static func rfc2822(_ text: String?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}
