import Foundation

/// The dates an overview covers: `?from=&to=` as `YYYY-MM-DD` (UTC days, both included), by default the
/// 30 days ending today.
///
/// The stats API's `to` is exclusive, so ``end`` is the day after ``lastDay``: the overview for
/// `from=2026-03-01&to=2026-03-07` shows exactly `GET …/stats?from=2026-03-01&to=2026-03-08`.
struct DashboardRange: Sendable, Equatable {
    /// Midnight UTC of the first day.
    var start: Date
    /// Midnight UTC of the last day.
    var lastDay: Date
    /// The longest range a page draws, in days.
    static let maximumDays = 366
    static let day: TimeInterval = 86_400

    /// Midnight UTC after the last day: the stats' exclusive `to`.
    var end: Date { self.lastDay.addingTimeInterval(Self.day) }
    /// The days covered, first to last.
    var days: [Date] {
        stride(from: self.start, through: self.lastDay, by: Self.day).map { $0 }
    }

    /// The range of the query parameters, defaults filling what is missing.
    /// - Throws: ``APIError`` naming `from` or `to` for a date that is not `YYYY-MM-DD`, a `to` before
    ///   `from`, or a range longer than ``maximumDays``.
    init(from: String?, to: String?, now: Date) throws {
        let today = Self.midnight(now)
        let last = try to.map { try Self.date($0, field: "to") } ?? today
        let first = try from.map { try Self.date($0, field: "from") } ?? last.addingTimeInterval(-29 * Self.day)
        guard first <= last else { throw APIError.invalidField("to", "must not be before from") }
        guard last.timeIntervalSince(first) / Self.day < Double(Self.maximumDays) else {
            throw APIError.invalidField("from", "the range is at most \(Self.maximumDays) days")
        }
        self.start = first
        self.lastDay = last
    }

    /// `YYYY-MM-DD` of a UTC midnight.
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle().year().month().day())
    }

    static func date(_ text: String, field: String) throws -> Date {
        guard text.count == 10, let date = try? Date.ISO8601FormatStyle().year().month().day().parse(text) else {
            throw APIError.invalidField(field, "expected a date such as 2026-03-01, got \"\(text)\"")
        }
        return date
    }

    static func midnight(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / Self.day).rounded(.down) * Self.day)
    }
}
