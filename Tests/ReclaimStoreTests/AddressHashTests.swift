import Foundation
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

/// The keyed address hash, now beside its key: the installation key's HMAC of Core's normalised address.
@Suite struct AddressHashTests {
    @Test func hashesTheNormalisedAddressUnderTheInstalledKey() async throws {
        try await withTestDatabase(.sqlite) { _ in
            let key = try #require(AddressHashKeyHolder.shared.key)
            #expect(AddressHash.of(" Ana@Example.COM\n", channel: .email) == key.hash(normalized: "ana@example.com"))
            #expect(AddressHash.of(" +13125550123 ", channel: .sms) == key.hash(normalized: "+13125550123"))
            // A phone is not lower-cased; an email is.
            #expect(AddressHash.of("ABC", channel: .sms) != AddressHash.of("abc", channel: .sms))
            #expect(AddressHash.of("ABC", channel: .email) == AddressHash.of("abc", channel: .email))
        }
    }

    @Test func aSuppressionIsKeyedByTheAddressHash() async throws {
        try await withTestDatabase(.sqlite) { _ in
            let now = Date(timeIntervalSince1970: 1_700_000_000)
            let entry = Suppression.of(
                "Ana@Example.com", channel: .email, store: "northwind", reason: .hardBounce, detail: "550", at: now)
            #expect(
                entry
                    == Suppression(
                        storeID: "northwind", channel: .email, address: "Ana@Example.com",
                        addressHash: AddressHash.of("ana@example.com", channel: .email), reason: .hardBounce, detail: "550",
                        createdAt: now))
        }
    }
}
