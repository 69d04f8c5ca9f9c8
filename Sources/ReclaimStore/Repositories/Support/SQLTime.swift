import Foundation

/// Shorthands for the schema's timestamp convention (``Foundation/Date/epochMilliseconds``: BIGINT
/// milliseconds since the Unix epoch, truncated), including optional dates.
enum SQLTime {
    /// Epoch milliseconds of `date`.
    static func millis(_ date: Date) -> Int {
        date.epochMilliseconds
    }

    /// Epoch milliseconds of `date`, or `nil`.
    static func millis(_ date: Date?) -> Int? {
        date?.epochMilliseconds
    }

    /// The instant `millis` milliseconds after the epoch.
    static func date(_ millis: Int) -> Date {
        Date(epochMilliseconds: millis)
    }
}
