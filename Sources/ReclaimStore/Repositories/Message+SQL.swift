import ReclaimCore
import SQLKit

extension Message {
    /// The table rows live in.
    static let sqlTable = "messages"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "journey_id", "cart_id", "contact_id", "channel", "direction", "step", "address", "subject",
        "body", "status", "decision", "provider_id", "error_code", "segments", "cost_minor", "cost_currency",
        "idempotency_key", "variant", "created_at", "sent_at", "updated_at", "html",
    ]

    /// Reads a message from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        let costMinor = try row.optionalInteger("cost_minor")
        let costCurrency = try row.optionalText("cost_currency")
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            journeyID: try row.optionalText("journey_id"),
            cartID: try row.optionalText("cart_id"),
            contactID: try row.optionalText("contact_id"),
            channel: try row.enumeration("channel"),
            direction: try row.enumeration("direction"),
            step: try row.optionalInteger("step"),
            address: try row.text("address"),
            subject: try row.optionalText("subject"),
            body: try row.text("body"),
            html: try row.optionalText("html"),
            status: try row.enumeration("status"),
            decision: try row.optionalJSON("decision"),
            providerID: try row.optionalText("provider_id"),
            errorCode: try row.optionalText("error_code"),
            segments: try row.optionalInteger("segments"),
            cost: costMinor.flatMap { minor in costCurrency.map { Money(minor: minor, currency: $0) } },
            idempotencyKey: try row.optionalText("idempotency_key"),
            variant: try row.optionalText("variant"),
            createdAt: try row.date("created_at"),
            sentAt: try row.optionalDate("sent_at"),
            updatedAt: try row.date("updated_at")
        )
    }

    /// The row to write for this message.
    func sqlRecord() throws -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("journey_id", self.journeyID),
            ("cart_id", self.cartID),
            ("contact_id", self.contactID),
            ("channel", self.channel.rawValue),
            ("direction", self.direction.rawValue),
            ("step", self.step),
            ("address", self.address),
            ("subject", self.subject),
            ("body", self.body),
            ("status", self.status.rawValue),
            ("decision", try SQLJSON.encodeIfPresent(self.decision)),
            ("provider_id", self.providerID),
            ("error_code", self.errorCode),
            ("segments", self.segments),
            ("cost_minor", self.cost?.minor),
            ("cost_currency", self.cost?.currency),
            ("idempotency_key", self.idempotencyKey),
            ("variant", self.variant),
            ("created_at", SQLTime.millis(self.createdAt)),
            ("sent_at", SQLTime.millis(self.sentAt)),
            ("updated_at", SQLTime.millis(self.updatedAt)),
            ("html", self.html),
        ]
    }
}
