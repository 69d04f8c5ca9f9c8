import ReclaimCore
import SQLKit

extension Contact {
    /// The table rows live in.
    static let sqlTable = "contacts"

    /// Every column, in table order.
    static let sqlColumns = [
        "id", "store_id", "phone", "email", "first_name", "last_name", "locale", "address", "created_at", "updated_at",
    ]

    /// Reads a contact from a row holding ``sqlColumns``.
    init(sqlRow row: any SQLRow) throws {
        self.init(
            id: try row.text("id"),
            storeID: try row.text("store_id"),
            phone: try row.optionalText("phone"),
            email: try row.optionalText("email"),
            firstName: try row.optionalText("first_name"),
            lastName: try row.optionalText("last_name"),
            locale: try row.optionalText("locale"),
            address: try row.optionalJSON("address"),
            createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at")
        )
    }

    /// The row to write for this contact.
    func sqlRecord() throws -> SQLRecord {
        [
            ("id", self.id),
            ("store_id", self.storeID),
            ("phone", self.phone),
            ("email", self.email?.lowercased()),
            ("first_name", self.firstName),
            ("last_name", self.lastName),
            ("locale", self.locale),
            ("address", try SQLJSON.encodeIfPresent(self.address)),
            ("created_at", SQLTime.millis(self.createdAt)),
            ("updated_at", SQLTime.millis(self.updatedAt)),
        ]
    }

    /// Whether the shopper-visible fields (everything but the two times) are equal.
    func hasSameFields(as other: Contact) -> Bool {
        var other = other
        other.createdAt = self.createdAt
        other.updatedAt = self.updatedAt
        return self == other
    }
}
