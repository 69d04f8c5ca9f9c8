import Foundation
import ReclaimCore

extension Suppression {
    /// A suppression entry for `address`, keyed by ``AddressHash`` so that it outlives an erasure of
    /// the address itself.
    public static func of(
        _ address: String, channel: Channel, store: StoreID, reason: SuppressionReason, detail: String?, at now: Date
    ) -> Suppression {
        Suppression(
            storeID: store, channel: channel, address: address, addressHash: AddressHash.of(address, channel: channel),
            reason: reason, detail: detail, createdAt: now)
    }
}
