import Foundation
import ReclaimCore
import SQLKit

extension SQLMessageStore {
    /// Written over the body of a message whose sender or recipient was erased.
    public static let erasedBody = "[erased]"
    /// Written over the body of an inbound message older than the retention period.
    public static let expiredBody = "[removed after retention period]"

    /// Erases the personal data of the store's messages to or from any of `addresses`, or linked to
    /// any of `contactIDs`: the body is replaced, and the subject, the email's HTML and the address are cleared.
    ///
    /// Status, times, costs and decisions stay, so reporting still adds up.
    /// - Parameters:
    ///   - storeID: The store.
    ///   - addresses: E.164 phones and lower-cased emails.
    ///   - contactIDs: Contacts whose messages are erased.
    ///   - now: The time of the change (`updatedAt`).
    /// - Returns: How many messages were erased.
    public func erasePersonalData(
        storeID: StoreID, addresses: [String], contactIDs: [String], at now: Date
    ) async throws -> Int {
        guard !addresses.isEmpty || !contactIDs.isEmpty else { return 0 }
        return try await self.database.update(Message.sqlTable)
            .set("body", to: Self.erasedBody)
            .set("subject", to: SQLLiteral.null)
            .set("html", to: SQLLiteral.null)
            .set("address", to: "")
            .set("updated_at", to: SQLTime.millis(now))
            .where("store_id", .equal, storeID)
            .where { group in
                if !addresses.isEmpty { group.orWhere("address", .in, addresses) }
                if !contactIDs.isEmpty { group.orWhere("contact_id", .in, contactIDs) }
                return group
            }
            .returning("id").all().count
    }

    /// The retention sweep: replaces the bodies of inbound messages received before `before`.
    /// - Parameters:
    ///   - before: Inbound messages created earlier lose their text.
    ///   - now: The time of the change (`updatedAt`).
    /// - Returns: How many messages were changed (already-expired ones are not counted again).
    public func expireInboundBodies(before: Date, at now: Date) async throws -> Int {
        try await self.database.update(Message.sqlTable)
            .set("body", to: Self.expiredBody)
            .set("updated_at", to: SQLTime.millis(now))
            .where("direction", .equal, MessageDirection.inbound.rawValue)
            .where("created_at", .lessThan, SQLTime.millis(before))
            .where("body", .notEqual, Self.expiredBody)
            .where("body", .notEqual, Self.erasedBody)
            .returning("id").all().count
    }
}
