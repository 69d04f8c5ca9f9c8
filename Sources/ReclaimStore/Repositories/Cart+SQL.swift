import ReclaimCore
import SQLKit

extension Cart {
    /// The table rows live in.
    static let sqlTable = "carts"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "source", "external_id", "contact_id", "items", "subtotal_minor", "subtotal_currency",
        "recovery_url", "shipping_address", "ip", "user_agent", "status", "last_activity_at", "abandoned_at",
        "recovered_at", "recovered_order_id", "created_at", "updated_at",
    ]

    /// Reads a cart from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            source: try row.enumeration("source"),
            externalID: try row.text("external_id"),
            contactID: try row.optionalText("contact_id"),
            items: try row.json("items"),
            subtotal: Money(minor: try row.integer("subtotal_minor"), currency: try row.text("subtotal_currency")),
            recoveryURL: try row.optionalText("recovery_url"),
            shippingAddress: try row.optionalJSON("shipping_address"),
            ip: try row.optionalText("ip"),
            userAgent: try row.optionalText("user_agent"),
            status: try row.enumeration("status"),
            lastActivityAt: try row.date("last_activity_at"),
            abandonedAt: try row.optionalDate("abandoned_at"),
            recoveredAt: try row.optionalDate("recovered_at"),
            recoveredOrderID: try row.optionalText("recovered_order_id"),
            createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at")
        )
    }

    /// The row to write for this cart.
    func sqlRecord() throws -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("source", self.source.rawValue),
            ("external_id", self.externalID),
            ("contact_id", self.contactID),
            ("items", try SQLJSON.encode(self.items)),
            ("subtotal_minor", self.subtotal.minor),
            ("subtotal_currency", self.subtotal.currency),
            ("recovery_url", self.recoveryURL),
            ("shipping_address", try SQLJSON.encodeIfPresent(self.shippingAddress)),
            ("ip", self.ip),
            ("user_agent", self.userAgent),
            ("status", self.status.rawValue),
            ("last_activity_at", SQLTime.millis(self.lastActivityAt)),
            ("abandoned_at", SQLTime.millis(self.abandonedAt)),
            ("recovered_at", SQLTime.millis(self.recoveredAt)),
            ("recovered_order_id", self.recoveredOrderID),
            ("created_at", SQLTime.millis(self.createdAt)),
            ("updated_at", SQLTime.millis(self.updatedAt)),
        ]
    }
}
