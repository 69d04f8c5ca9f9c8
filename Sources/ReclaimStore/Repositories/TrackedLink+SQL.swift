import ReclaimCore
import SQLKit

extension TrackedLink {
    /// The table rows live in.
    static let sqlTable = "tracked_links"

    /// Every column, in table order.
    static let sqlColumns = ["token", "store_id", "message_id", "cart_id", "target_url", "created_at"]

    /// Reads a link from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            token: try row.text("token"),
            storeID: try row.text("store_id"),
            messageID: try row.optionalText("message_id"),
            cartID: try row.optionalText("cart_id"),
            targetURL: try row.text("target_url"),
            createdAt: try row.date("created_at")
        )
    }

    /// The row to write for this link.
    func sqlRecord() -> SQLRecord {
        [
            ("token", self.token),
            ("store_id", self.storeID),
            ("message_id", self.messageID),
            ("cart_id", self.cartID),
            ("target_url", self.targetURL),
            ("created_at", SQLTime.millis(self.createdAt)),
        ]
    }
}

extension Click {
    /// The table rows live in.
    static let sqlTable = "clicks"

    /// Every column, in table order.
    static let sqlColumns = ["id", "store_id", "token", "message_id", "cart_id", "ip", "user_agent", "clicked_at"]

    /// Reads a click from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            token: try row.text("token"),
            messageID: try row.optionalText("message_id"),
            cartID: try row.optionalText("cart_id"),
            ip: try row.optionalText("ip"),
            userAgent: try row.optionalText("user_agent"),
            clickedAt: try row.date("clicked_at")
        )
    }

    /// The row to write for this click.
    func sqlRecord() -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("token", self.token),
            ("message_id", self.messageID),
            ("cart_id", self.cartID),
            ("ip", self.ip),
            ("user_agent", self.userAgent),
            ("clicked_at", SQLTime.millis(self.clickedAt)),
        ]
    }
}
