import Foundation
import ReclaimCore
import SQLKit

extension SQLSuppressionStore {
    /// Removes the address's entry on the channel when its reason is one of `reasons`, so a START after
    /// STOP lifts an opt-out while erasures, bounces and complaints stay.
    ///
    /// ```swift
    /// let lifted = try await suppressions.remove(
    ///     storeID: "northwind", channel: .sms, addressHash: hash, reasons: [.optedOut])
    /// ```
    /// - Parameters:
    ///   - storeID: The store.
    ///   - channel: The channel the entry covers.
    ///   - addressHash: The keyed hash of the normalised address (``AddressHashKey``).
    ///   - reasons: Only entries with one of these reasons are removed.
    /// - Returns: The removed entry, or `nil` when there was none with such a reason.
    public func remove(
        storeID: StoreID, channel: Channel, addressHash: String, reasons: Set<SuppressionReason>
    ) async throws -> Suppression? {
        guard !reasons.isEmpty else { return nil }
        return try await self.database.delete(from: Suppression.sqlTable)
            .where("store_id", .equal, storeID).where("channel", .equal, channel.rawValue)
            .where("address_hash", .equal, addressHash)
            .where("reason", .in, reasons.map(\.rawValue).sorted())
            .returning(sqlColumns(Suppression.sqlColumns))
            .first().map(Suppression.init(sqlRow:))
    }
}
