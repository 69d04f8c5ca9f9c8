@preconcurrency import Crypto
import Foundation
import ReclaimCore

/// The SHA-256 digest under which an address is suppressed, so a suppression survives erasure
/// of the address itself.
public enum AddressHash {
    /// Normalises an address for hashing: phones as given (callers pass E.164), emails trimmed and lower-cased.
    public static func normalized(_ address: String, channel: Channel) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        return channel == .email ? trimmed.lowercased() : trimmed
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hex SHA-256 of the normalised address.
    public static func of(_ address: String, channel: Channel) -> String {
        let digest = SHA256.hash(data: Data(Self.normalized(address, channel: channel).utf8))
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension Suppression {
    /// A suppression entry for `address`, keyed by ``AddressHash`` so that it outlives an erasure of
    /// the address itself.
    static func of(
        _ address: String, channel: Channel, store: StoreID, reason: SuppressionReason, detail: String?, at now: Date
    ) -> Suppression {
        Suppression(
            storeID: store, channel: channel, address: address, addressHash: AddressHash.of(address, channel: channel),
            reason: reason, detail: detail, createdAt: now)
    }
}
