import SQLKit

/// One row to write: column names with their bound values, in the table's column order.
typealias SQLRecord = [(column: String, value: any Encodable & Sendable)]

extension SQLInsertBuilder {
    /// Sets the insert's columns and its single row of values from `record`.
    func record(_ record: SQLRecord) -> Self {
        self.columns(sqlColumns(record.map(\.column))).values(record.map(\.value))
    }
}

extension SQLConflictUpdateBuilder {
    /// `SET column = EXCLUDED.column` for each of `columns`.
    @discardableResult
    func set(excludedValuesOf columns: [String]) -> Self {
        for column in columns { self.set(excludedValueOf: column) }
        return self
    }
}

/// Column lists as SQL expressions, for `SELECT`, `RETURNING` and `INSERT`: one pre-quoted list.
///
/// SQLKit quotes each `SQLColumn` separately through a string replacement; on the hot paths (a flow
/// step reads and writes rows of 14–24 columns a dozen times) that was a tenth of the worker's CPU.
/// The names are the repositories' own constants, never input; both dialects quote with `"`.
func sqlColumns(_ names: [String]) -> [any SQLExpression] {
    [SQLRaw(names.map { "\"\($0)\"" }.joined(separator: ", "))]
}

/// `COALESCE(EXCLUDED.column, table.column)`: keep the stored value when the new row brings none.
func coalesceExcluded(_ column: String, table: String) -> any SQLExpression {
    SQLFunction.coalesce(SQLExcludedColumn(column), SQLColumn(column, table: table))
}
