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

    /// RFC 2822 dates of BigCommerce's v2 API (`Tue, 05 Mar 2019 21:40:11 +0000`).
    public static func rfc2822(_ text: String?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}
