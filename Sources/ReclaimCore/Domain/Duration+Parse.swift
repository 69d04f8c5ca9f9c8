import Foundation

/// Errors from parsing human-written durations such as `30m`.
public enum DurationParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a number followed by `s`, `m`, `h` or `d`.
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let text): "invalid duration \"\(text)\": use a number followed by s, m, h or d (30m, 24h, 2s)"
        }
    }
}

/// Parses durations written as in configuration and flows: `2s`, `30m`, `24h`, `3d`, `1.5h`.
public enum HumanDuration {
    /// The longest duration accepted: 100 years.
    public static let maxSeconds: TimeInterval = 100 * 366 * 86_400

    /// Seconds in the written duration (at most ``maxSeconds``).
    /// - Throws: ``DurationParseError/invalid(_:)`` for anything else.
    public static func seconds(_ text: String) throws -> TimeInterval {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last, let number = Double(trimmed.dropLast()), number >= 0, number.isFinite else {
            throw DurationParseError.invalid(text)
        }
        let seconds: TimeInterval
        switch unit {
        case "s": seconds = number
        case "m": seconds = number * 60
        case "h": seconds = number * 3600
        case "d": seconds = number * 86_400
        default: throw DurationParseError.invalid(text)
        }
        // A century is far past any wait, window or timeout; beyond it `Int(ms)` conversions would trap.
        guard seconds <= self.maxSeconds else { throw DurationParseError.invalid(text) }
        return seconds
    }
}
