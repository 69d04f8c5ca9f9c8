import Foundation
import ReclaimCore
import SQLKit

extension ReclaimRepositories {
    /// Erases the personal data of every shopper of a store (Shopify `shop/redact`), one statement per
    /// table: contacts lose phone, email, names, locale and address; consent records their address, IP,
    /// user agent and page; carts their IP, user agent and address; messages their body, subject, HTML and
    /// address; conversation turns their text; suppressions their plain address (the hashes stay, so
    /// nobody who opted out is ever messaged again). Counts, statuses, times and money stay for reporting.
    /// - Parameters:
    ///   - storeID: The store.
    ///   - now: The time of the change.
    /// - Returns: How many contacts were erased.
    @discardableResult
    public func eraseStore(storeID: StoreID, at now: Date) async throws -> Int {
        let millis = SQLTime.millis(now)
        let contacts = try await self.database.update("contacts")
            .set("phone", to: SQLLiteral.null).set("email", to: SQLLiteral.null)
            .set("first_name", to: SQLLiteral.null).set("last_name", to: SQLLiteral.null)
            .set("locale", to: SQLLiteral.null).set("address", to: SQLLiteral.null).set("updated_at", to: millis)
            .where("store_id", .equal, storeID).returning("id").all().count
        try await self.database.update("consent_records")
            .set("address", to: SQLLiteral.null).set("ip", to: SQLLiteral.null)
            .set("user_agent", to: SQLLiteral.null).set("page_url", to: SQLLiteral.null)
            .where("store_id", .equal, storeID).run()
        try await self.database.update("carts")
            .set("ip", to: SQLLiteral.null).set("user_agent", to: SQLLiteral.null)
            .set("shipping_address", to: SQLLiteral.null).set("updated_at", to: millis)
            .where("store_id", .equal, storeID).run()
        try await self.database.update("messages")
            .set("body", to: SQLMessageStore.erasedBody).set("subject", to: SQLLiteral.null).set("html", to: SQLLiteral.null)
            .set("address", to: "")
            .set("updated_at", to: millis)
            .where("store_id", .equal, storeID).run()
        try await self.database.update("turns")
            .set("text", to: SQLMessageStore.erasedBody)
            .where("conversation_id", .in, SQLSubquery.select { $0.column("id").from("conversations").where("store_id", .equal, storeID) })
            .run()
        try await self.database.update("suppressions").set("address", to: SQLLiteral.null)
            .where("store_id", .equal, storeID).run()
        return contacts
    }
}
