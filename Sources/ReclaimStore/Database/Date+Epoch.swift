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
    /// Milliseconds since 1970-01-01T00:00:00Z, rounded toward negative infinity.
    public var epochMilliseconds: Int {
        Int((self.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// The instant `epochMilliseconds` milliseconds after 1970-01-01T00:00:00Z.
    /// - Parameter epochMilliseconds: Milliseconds since the Unix epoch, as stored in `*_at` columns.
    public init(epochMilliseconds: Int) {
        self.init(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
    }
}
