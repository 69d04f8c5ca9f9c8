import ReclaimCore
import SQLKit

extension Suppression {
    /// The table rows live in.
    static let sqlTable = "suppressions"

    /// Every column, in table order.
    static let sqlColumns = ["store_id", "channel", "address_hash", "address", "reason", "detail", "created_at"]

    /// Reads a suppression from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            storeID: try row.text("store_id"),
            channel: try row.enumeration("channel"),
            address: try row.optionalText("address"),
            addressHash: try row.text("address_hash"),
            reason: try row.enumeration("reason"),
            detail: try row.optionalText("detail"),
            createdAt: try row.date("created_at")
        )
    }

    /// The row to write for this suppression.
    func sqlRecord() -> SQLRecord {
        [
            ("store_id", self.storeID),
            ("channel", self.channel.rawValue),
            ("address_hash", self.addressHash),
            ("address", self.address),
            ("reason", self.reason.rawValue),
            ("detail", self.detail),
            ("created_at", SQLTime.millis(self.createdAt)),
        ]
    }
}
