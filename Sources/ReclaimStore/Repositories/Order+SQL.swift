import ReclaimCore
import SQLKit

extension Order {
    /// The table rows live in.
    static let sqlTable = "orders"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "source", "external_id", "cart_id", "contact_id", "items", "total_minor", "total_currency",
        "discount_codes", "paid", "placed_at", "attributed_message_id",
    ]

    /// Reads an order from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            source: try row.enumeration("source"),
            externalID: try row.text("external_id"),
            cartID: try row.optionalText("cart_id"),
            contactID: try row.optionalText("contact_id"),
            items: try row.json("items"),
            total: Money(minor: try row.integer("total_minor"), currency: try row.text("total_currency")),
            discountCodes: try row.json("discount_codes"),
            paid: try row.flag("paid"),
            placedAt: try row.date("placed_at"),
            attributedMessageID: try row.optionalText("attributed_message_id")
        )
    }

    /// The row to write for this order.
    func sqlRecord() throws -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("source", self.source.rawValue),
            ("external_id", self.externalID),
            ("cart_id", self.cartID),
            ("contact_id", self.contactID),
            ("items", try SQLJSON.encode(self.items)),
            ("total_minor", self.total.minor),
            ("total_currency", self.total.currency),
            ("discount_codes", try SQLJSON.encode(self.discountCodes)),
            ("paid", self.paid ? 1 : 0),
            ("placed_at", SQLTime.millis(self.placedAt)),
            ("attributed_message_id", self.attributedMessageID),
        ]
    }
}
