import ReclaimCore
import SQLKit

extension Journey {
    /// The table rows live in.
    static let sqlTable = "journeys"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "cart_id", "contact_id", "flow_name", "variant", "holdout", "state", "next_step", "reason",
        "started_at", "updated_at", "ended_at", "progress",
    ]

    /// Reads a journey from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            cartID: try row.text("cart_id"),
            contactID: try row.optionalText("contact_id"),
            flowName: try row.text("flow_name"),
            variant: try row.optionalText("variant"),
            holdout: try row.flag("holdout"),
            state: try row.enumeration("state"),
            nextStep: try row.integer("next_step"),
            reason: try row.optionalText("reason"),
            startedAt: try row.date("started_at"),
            updatedAt: try row.date("updated_at"),
            endedAt: try row.optionalDate("ended_at"),
            progress: try row.optionalJSON("progress")
        )
    }

    /// The row to write for this journey.
    func sqlRecord() throws -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("cart_id", self.cartID),
            ("contact_id", self.contactID),
            ("flow_name", self.flowName),
            ("variant", self.variant),
            ("holdout", self.holdout ? 1 : 0),
            ("state", self.state.rawValue),
            ("next_step", self.nextStep),
            ("reason", self.reason),
            ("started_at", SQLTime.millis(self.startedAt)),
            ("updated_at", SQLTime.millis(self.updatedAt)),
            ("ended_at", SQLTime.millis(self.endedAt)),
            ("progress", try SQLJSON.encodeIfPresent(self.progress)),
        ]
    }
}
