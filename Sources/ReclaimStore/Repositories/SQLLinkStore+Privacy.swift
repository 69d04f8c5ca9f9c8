import Foundation
import SQLKit

extension SQLLinkStore {
    /// Clears the IP address and browser of every click on the carts or messages of `contactIDs`, for an
    /// erasure request (the click itself stays, so click counts still add up).
    /// - Parameter contactIDs: The erased contacts.
    /// - Returns: How many clicks were changed.
    @discardableResult
    public func eraseClickDetails(contactIDs: [String]) async throws -> Int {
        guard !contactIDs.isEmpty else { return 0 }
        return try await self.database.update("clicks")
            .set("ip", to: SQLLiteral.null)
            .set("user_agent", to: SQLLiteral.null)
            .where { group in
                group.orWhere(
                    "cart_id", .in,
                    SQLSubquery.select {
                        $0.column("id").from("carts").where("contact_id", .in, contactIDs)
                    }
                )
                .orWhere(
                    "message_id", .in,
                    SQLSubquery.select {
                        $0.column("id").from("messages").where("contact_id", .in, contactIDs)
                    })
            }
            .returning("id").all().count
    }
}
