import Foundation

/// What `reclaim connect` did (or, with `--dry-run`, would do), what is missing, and why it stopped.
public struct ConnectReport: Sendable, Hashable {
    /// One line of the table.
    public struct Row: Sendable, Hashable {
        /// `webhook CHECKOUTS_CREATE`, `catalog`.
        public var item: String
        /// `created`, `corrected`, `kept`, `would create`, `imported 120 products`, `failed`, `skipped`.
        public var result: String
        /// The callback URL, the platform's message, a count.
        public var detail: String
    }

    /// The platform connected.
    public var platform: ConnectPlatform
    /// The store.
    public var storeID: String
    /// Whether nothing was changed on purpose.
    public var dryRun: Bool
    /// What was done, in order.
    public var rows: [Row] = []
    /// What the configuration lacks.
    public var gaps: [ConnectGap] = []
    /// Why the command fails (the platform refused, a blocking gap); `nil` when it succeeded.
    public var failure: String?
    /// Products imported.
    public var imported = 0

    /// How many subscriptions were created, corrected and kept.
    public func count(_ result: String) -> Int { self.rows.filter { $0.result == result }.count }

    /// The table as printed: what was done, then what is missing.
    public var text: String {
        var lines = ["reclaim connect \(self.platform.rawValue) --store \(self.storeID)\(self.dryRun ? " (dry run: nothing changed)" : "")"]
        let width = max(7, self.rows.map(\.item.count).max() ?? 0)
        let resultWidth = max(6, self.rows.map(\.result.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        if !self.rows.isEmpty {
            lines.append("")
            lines.append("\(pad("item", width))  \(pad("result", resultWidth))  detail")
            for row in self.rows {
                lines.append("\(pad(row.item, width))  \(pad(row.result, resultWidth))  \(row.detail)")
            }
        }
        lines.append("")
        if self.gaps.isEmpty {
            lines.append("missing: nothing")
        } else {
            lines.append("missing:")
            for gap in self.gaps { lines.append("  \(gap.key): \(gap.message)") }
        }
        if let failure = self.failure { lines.append("\nfailed: \(failure)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
