import Foundation
import ReclaimCore
import SQLKit

/// Contacts (shoppers) in SQL, unique per store by phone and by email.
public struct SQLContactStore: Sendable {
    /// The database the contacts live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts `contact`, or merges it into the stored contact with the same phone or email.
    ///
    /// Matching prefers the phone: when the phone matches one contact and the email another, the
    /// phone's contact is updated and the email stays with the other contact (two people may share
    /// a household email; they are never merged silently). Non-nil incoming fields overwrite stored
    /// ones; nil fields keep what is stored. `id` and `createdAt` of a stored contact never change,
    /// and `updatedAt` changes only when a field does.
    /// - Parameter contact: The contact as seen now; needs a phone or an email.
    /// - Returns: The stored contact after the merge.
    /// - Throws: ``RepositoryError/invalid(_:)`` when both phone and email are nil.
    public func upsert(_ contact: Contact) async throws -> Contact {
        guard contact.phone != nil || contact.email != nil else {
            throw RepositoryError.invalid("a contact needs a phone or an email")
        }
        // A concurrent writer can take the phone or email between our read and write; re-read and retry.
        for _ in 0..<4 {
            do {
                let matches = try await self.matching(contact)
                let target = matches.first { contact.phone != nil && $0.phone == contact.phone } ?? matches.first
                guard let target else {
                    if let inserted = try await self.insertIfAbsent(contact) { return inserted }
                    continue
                }
                let merged = Self.merge(contact, into: target, others: matches.filter { $0.id != target.id })
                if merged.hasSameFields(as: target) { return target }
                if let written = try await self.write(merged) { return written }
            } catch  where SQLErrors.isUniqueViolation(error) {
                continue
            }
        }
        throw RepositoryError.vanished(table: Contact.sqlTable, key: contact.phone ?? contact.email ?? contact.id)
    }

    /// The contact with `id`, if any.
    public func find(id: String) async throws -> Contact? {
        try await self.first { $0.where("id", .equal, id) }
    }

    /// The contacts with these ids, by id (unknown ids are absent): one query for a page of rows.
    public func find(ids: [String]) async throws -> [String: Contact] {
        guard !ids.isEmpty else { return [:] }
        let contacts = try await self.database.select().columns(sqlColumns(Contact.sqlColumns)).from(Contact.sqlTable)
            .where("id", .in, Array(Set(ids))).all().map(Contact.init(sqlRow:))
        return Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The store's contact with this E.164 phone number, if any.
    public func find(storeID: StoreID, phone: String) async throws -> Contact? {
        try await self.first { $0.where("store_id", .equal, storeID).where("phone", .equal, phone) }
    }

    /// The store's contact with this email address (compared lower-cased), if any.
    public func find(storeID: StoreID, email: String) async throws -> Contact? {
        try await self.first { $0.where("store_id", .equal, storeID).where("email", .equal, email.lowercased()) }
    }

    /// Erases the contact's personal data: phone, email, names, locale and address become nil.
    ///
    /// The row (its id, store and times) stays so carts, orders and consent records keep their link.
    /// - Returns: `true` when the contact existed.
    public func erase(id: String, at now: Date) async throws -> Bool {
        let row = try await self.database.update(Contact.sqlTable)
            .set("phone", to: SQLLiteral.null)
            .set("email", to: SQLLiteral.null)
            .set("first_name", to: SQLLiteral.null)
            .set("last_name", to: SQLLiteral.null)
            .set("locale", to: SQLLiteral.null)
            .set("address", to: SQLLiteral.null)
            .set("updated_at", to: SQLTime.millis(now))
            .where("id", .equal, id)
            .returning("id")
            .first()
        return row != nil
    }

    // MARK: - Steps of the upsert

    private func matching(_ contact: Contact) async throws -> [Contact] {
        try await self.database.select().columns(sqlColumns(Contact.sqlColumns)).from(Contact.sqlTable)
            .where("store_id", .equal, contact.storeID)
            .where { group in
                if let phone = contact.phone { group.orWhere("phone", .equal, phone) }
                if let email = contact.email { group.orWhere("email", .equal, email.lowercased()) }
                return group
            }
            .all().map(Contact.init(sqlRow:))
    }

    /// Inserts unless any unique key is taken; `nil` when another row won.
    private func insertIfAbsent(_ contact: Contact) async throws -> Contact? {
        try await self.database.insert(into: Contact.sqlTable).record(try contact.sqlRecord())
            .ignoringConflicts()
            .returning(sqlColumns(Contact.sqlColumns))
            .first().map(Contact.init(sqlRow:))
    }

    /// Overwrites the mutable fields of the row with `contact.id`; `nil` when the row is gone.
    private func write(_ contact: Contact) async throws -> Contact? {
        let record = try contact.sqlRecord().filter { $0.column != "id" && $0.column != "store_id" && $0.column != "created_at" }
        let update = self.database.update(Contact.sqlTable)
        for (column, value) in record { update.set(column, to: value) }
        return try await update.where("id", .equal, contact.id)
            .returning(sqlColumns(Contact.sqlColumns))
            .first().map(Contact.init(sqlRow:))
    }

    static func merge(_ incoming: Contact, into stored: Contact, others: [Contact]) -> Contact {
        var merged = stored
        if let phone = incoming.phone, !others.contains(where: { $0.phone == phone }) { merged.phone = phone }
        if let email = incoming.email?.lowercased(), !others.contains(where: { $0.email == email }) {
            merged.email = email
        }
        merged.firstName = incoming.firstName ?? stored.firstName
        merged.lastName = incoming.lastName ?? stored.lastName
        merged.locale = incoming.locale ?? stored.locale
        merged.address = incoming.address ?? stored.address
        merged.updatedAt = incoming.updatedAt
        return merged
    }

    private func first(_ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Contact? {
        try await filter(self.database.select().columns(sqlColumns(Contact.sqlColumns)).from(Contact.sqlTable))
            .first().map(Contact.init(sqlRow:))
    }
}
