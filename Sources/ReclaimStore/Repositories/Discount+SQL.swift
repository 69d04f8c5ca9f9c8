import ReclaimCore
import SQLKit

extension Discount {
    /// The table rows live in.
    static let sqlTable = "discounts"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "cart_id", "code", "type", "value", "tier", "expires_at", "status", "platform_id", "created_at",
    ]

    /// Reads a discount from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            cartID: try row.text("cart_id"),
            code: try row.text("code"),
            type: try row.enumeration("type"),
            value: try row.integer("value"),
            tier: try row.integer("tier"),
            expiresAt: try row.date("expires_at"),
            status: try row.enumeration("status"),
            platformID: try row.optionalText("platform_id"),
            createdAt: try row.date("created_at")
        )
    }

    /// The row to write for this discount.
    func sqlRecord() -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("cart_id", self.cartID),
            ("code", self.code),
            ("type", self.type.rawValue),
            ("value", self.value),
            ("tier", self.tier),
            ("expires_at", SQLTime.millis(self.expiresAt)),
            ("status", self.status.rawValue),
            ("platform_id", self.platformID),
            ("created_at", SQLTime.millis(self.createdAt)),
        ]
    }
}
