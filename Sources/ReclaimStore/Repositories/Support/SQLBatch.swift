/// Sizes for multi-row statements.
enum SQLBatch {
    /// Rows per multi-row `INSERT`: at 24 columns a row (the widest, `messages`) that is 12,000 parameters,
    /// well below PostgreSQL's limit of 65,535 per statement and SQLite's 32,766.
    static let rowsPerStatement = 500
}

extension Array {
    /// The array cut into consecutive slices of at most `size` elements (none for an empty array).
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: self.count, by: Swift.max(1, size)).map { self[$0..<Swift.min($0 + size, self.count)] }
    }
}
