import ReclaimCore
import SQLKit

extension ConsentRecord {
    /// The table rows live in.
    static let sqlTable = "consent_records"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "contact_id", "channel", "address", "kind", "source", "disclosure_text", "disclosure_hash",
        "ip", "user_agent", "page_url", "double_opt_in_confirmed_at", "occurred_at", "recorded_at", "source_detail",
    ]

    /// Reads a record from a row holding ``sqlColumns``. An erased record's `address` reads as `""`.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            contactID: try row.optionalText("contact_id"),
            channel: try row.enumeration("channel"),
            address: try row.optionalText("address") ?? "",
            kind: try row.enumeration("kind"),
            source: try row.enumeration("source"),
            disclosureText: try row.optionalText("disclosure_text"),
            disclosureHash: try row.optionalText("disclosure_hash"),
            ip: try row.optionalText("ip"),
            userAgent: try row.optionalText("user_agent"),
            pageURL: try row.optionalText("page_url"),
            doubleOptInConfirmedAt: try row.optionalDate("double_opt_in_confirmed_at"),
            occurredAt: try row.date("occurred_at"),
            recordedAt: try row.date("recorded_at"),
            sourceDetail: try row.optionalText("source_detail")
        )
    }

    /// The row to write for this record.
    func sqlRecord() -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("contact_id", self.contactID),
            ("channel", self.channel.rawValue),
            ("address", self.address),
            ("kind", self.kind.rawValue),
            ("source", self.source.rawValue),
            ("disclosure_text", self.disclosureText),
            ("disclosure_hash", self.disclosureHash),
            ("ip", self.ip),
            ("user_agent", self.userAgent),
            ("page_url", self.pageURL),
            ("double_opt_in_confirmed_at", SQLTime.millis(self.doubleOptInConfirmedAt)),
            ("occurred_at", SQLTime.millis(self.occurredAt)),
            ("recorded_at", SQLTime.millis(self.recordedAt)),
            ("source_detail", self.sourceDetail),
        ]
    }
}
