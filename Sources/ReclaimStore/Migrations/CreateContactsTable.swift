import SQLKit

/// Creates `contacts`: shoppers, unique per store by phone and by email.
///
/// Both unique indexes include a nullable column; SQLite and PostgreSQL treat NULLs as distinct,
/// so contacts without a phone (or without an email) never collide.
public struct CreateContactsTable: Migration {
    /// `CreateContactsTable`.
    public var name: String { "CreateContactsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "contacts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("phone", type: .text)
            .column("email", type: .text)
            .column("first_name", type: .text)
            .column("last_name", type: .text)
            .column("locale", type: .text)
            .column("address", type: .text)  // JSON PostalAddress
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "contacts_store_phone_key").on("contacts")
            .column("store_id").column("phone").unique().run()
        try await database.create(index: "contacts_store_email_key").on("contacts")
            .column("store_id").column("email").unique().run()
    }
}
