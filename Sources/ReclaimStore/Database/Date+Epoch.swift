import Foundation

/// The schema's timestamp convention: every `*_at` column is a BIGINT of milliseconds since
/// 1970-01-01T00:00:00Z (UTC).
///
/// Sub-millisecond precision is dropped by rounding toward negative infinity, so a date read back
/// equals the date written truncated to the millisecond.
///
/// ```swift
/// let stored = now.epochMilliseconds          // 1_700_000_000_123
/// let read = Date(epochMilliseconds: stored)  // same instant, to the millisecond
/// ```
extension Date {
    /// The widest instant stored: ±8.64 × 10^15 ms (±275,760 years, the ECMAScript date range).
    /// Dates beyond it are clamped to it, so no conversion traps and sums with it stay in `Int`.
    public static let maxEpochMilliseconds = 8_640_000_000_000_000

    /// Milliseconds since 1970-01-01T00:00:00Z, rounded toward negative infinity and clamped to
    /// ±``maxEpochMilliseconds`` (`Int(_:)` of a huge or infinite interval would trap; NaN is 0).
    public var epochMilliseconds: Int {
        let milliseconds = (self.timeIntervalSince1970 * 1000).rounded(.down)
        guard !milliseconds.isNaN else { return 0 }
        let limit = Double(Self.maxEpochMilliseconds)
        return Int(min(max(milliseconds, -limit), limit))
    }

    /// The instant `epochMilliseconds` milliseconds after 1970-01-01T00:00:00Z.
    /// - Parameter epochMilliseconds: Milliseconds since the Unix epoch, as stored in `*_at` columns.
    public init(epochMilliseconds: Int) {
        self.init(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
    }
}
