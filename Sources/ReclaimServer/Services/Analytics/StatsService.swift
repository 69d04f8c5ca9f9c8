import Foundation
import ReclaimCore
import ReclaimStore

/// A store's stats for a range: totals, groups, the holdout comparison and the experiments, in the
/// shape of `GET …/stats` (CONTRACT.md "Stats"). The dashboard's overview calls ``report(storeID:currency:from:to:by:)``
/// directly, so its figures equal the API's for the same range.
struct StatsService: Sendable {
    /// The queries (each figure summed in the database).
    let analytics: SQLAnalyticsStore
    /// Bootstrap rounds of the revenue-per-cart interval.
    var resamples = 1_000
    /// The bootstrap's seed: the same data gives the same interval on every call.
    static let seed: UInt64 = 20

    /// The report for `[from, to)`, grouped by `dimension` when given (no groups otherwise).
    func report(storeID: StoreID, currency: String, from: Date?, to: Date?, by dimension: StatsDimension?) async throws -> StatsReport {
        let totals = try await self.analytics.counts(storeID: storeID, currency: currency, from: from, to: to, by: nil)
        var groups: [StatsReport.Group] = []
        if let dimension {
            let counts = try await self.analytics.counts(storeID: storeID, currency: currency, from: from, to: to, by: dimension)
            groups = counts.map { StatsReport.Group(key: $0.key, figures: StatsFigures($0.value)) }
                .sorted { Self.precedes($0.key, $1.key) }
        }
        let arms = try await self.analytics.arms(storeID: storeID, currency: currency, from: from, to: to)
        var random = SeededRandom(seed: Self.seed)
        return StatsReport(
            range: .init(from: from, to: to), currency: currency.uppercased(), totals: StatsFigures(totals[""] ?? StatsCounts()),
            groups: groups, holdout: HoldoutReport(arms: arms, resamples: self.resamples, using: &random),
            experiments: ExperimentReport.reports(arms: arms))
    }

    /// Numeric keys (steps) in number order, others in text order, `none` last.
    static func precedes(_ a: String, _ b: String) -> Bool {
        if a == "none" || b == "none" { return b == "none" && a != "none" }
        if let x = Int(a), let y = Int(b) { return x < y }
        return a < b
    }
}

/// The new part of the body of `GET …/stats` (CONTRACT.md "Stats"); docs/analytics.md defines every figure.
struct StatsReport: Codable, Sendable {
    /// The range asked for (`to` exclusive); `nil` bounds are open.
    struct Range: Codable, Sendable {
        var from: Date?
        var to: Date?
    }

    /// One group of `by`.
    struct Group: Codable, Sendable {
        var key: String
        var figures: StatsFigures

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(self.key, forKey: Key("key"))
            try self.figures.encode(to: encoder)
        }

        init(key: String, figures: StatsFigures) {
            self.key = key
            self.figures = figures
        }

        init(from decoder: any Decoder) throws {
            self.key = try decoder.container(keyedBy: Key.self).decode(String.self, forKey: Key("key"))
            self.figures = try StatsFigures(from: decoder)
        }
    }

    /// A coding key by name.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { self.stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var range: Range
    var currency: String
    var totals: StatsFigures
    var groups: [Group]
    var holdout: HoldoutReport
    var experiments: [ExperimentReport]
}
