import Foundation

/// Parses `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, clamped to
/// `0…`\``maxSeconds``: a provider's `Retry-After: 1e18` waits an hour, not until a date that
/// overflows every conversion; a negative one does not wait.
enum RetryAfter {
    /// The longest wait a provider can ask for: one hour.
    static let maxSeconds: TimeInterval = 3600

    /// Seconds to wait, or `nil` when the header is absent or unreadable.
    /// - Parameters:
    ///   - value: The header value.
    ///   - now: The current time, for the HTTP-date form.
    /// - Returns: A wait within `0…maxSeconds`.
    static func seconds(_ value: String?, now: Date) -> TimeInterval? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty, value.utf8.count <= 64 else {
            return nil
        }
        if let seconds = Double(value) {
            guard !seconds.isNaN else { return nil }
            return self.clamp(seconds)
        }
        guard let date = self.httpDate(value) else { return nil }
        return self.clamp(date.timeIntervalSince(now))
    }

    /// `seconds` within `0…maxSeconds` (`NaN` is 0).
    static func clamp(_ seconds: TimeInterval) -> TimeInterval {
        seconds.isNaN ? 0 : min(max(0, seconds), self.maxSeconds)
    }

    /// Parses an IMF-fixdate such as `Wed, 21 Oct 2015 07:28:00 GMT`.
    static func httpDate(_ value: String) -> Date? {
        FixedDateFormat.date(value, format: FixedDateFormat.httpDate)
    }
}
