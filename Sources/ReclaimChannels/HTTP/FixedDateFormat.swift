import Foundation

/// Dates written in a fixed, English, UTC format, as provider APIs write them: Twilio's RFC 2822 dates
/// (`Thu, 24 Aug 2023 05:01:45 +0000`) and its `YYYY-MM-DD` list filters.
enum FixedDateFormat {
    /// RFC 2822 with a numeric zone.
    static let rfc2822 = "EEE, dd MMM yyyy HH:mm:ss Z"
    /// An HTTP date (IMF-fixdate) with its zone name, `Wed, 21 Oct 2015 07:28:00 GMT`.
    static let httpDate = "EEE, dd MMM yyyy HH:mm:ss zzz"
    /// A calendar day.
    static let day = "yyyy-MM-dd"

    /// Reads `text` written in `format`, or `nil`.
    static func date(_ text: String, format: String) -> Date? {
        self.formatter(format).date(from: text)
    }

    /// Writes `date` in `format`, in UTC.
    static func string(_ date: Date, format: String) -> String {
        self.formatter(format).string(from: date)
    }

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = format
        return formatter
    }
}
