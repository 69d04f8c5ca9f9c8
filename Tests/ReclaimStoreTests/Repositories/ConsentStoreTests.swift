import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct ConsentStoreTests {
        private func record(
            _ kind: ConsentKind, occurred: Double, recorded: Double? = nil, address: String = "+13055550123",
            contactID: String? = nil, channel: Channel = .sms
        ) -> ConsentRecord {
            ConsentRecord(
                id: Fixture.id("cns"), storeID: "northwind", contactID: contactID, channel: channel, address: address,
                kind: kind, source: .checkoutCheckbox, disclosureText: "Reply STOP to opt out.", disclosureHash: "ab12",
                ip: "203.0.113.7", userAgent: "Mozilla/5.0", pageURL: "https://shop.example.com/checkout",
                doubleOptInConfirmedAt: kind == .doubleOptIn ? Fixture.at(occurred + 30) : nil,
                occurredAt: Fixture.at(occurred), recordedAt: Fixture.at(recorded ?? occurred + 1), sourceDetail: "shopify:shopify")
        }

        @Test(arguments: TestBackend.enabledCases)
        func appendRoundTripsEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let full = self.record(.doubleOptIn, occurred: 0, contactID: contact.id)
                let minimal = ConsentRecord(
                    id: Fixture.id("cns"), storeID: "northwind", channel: .email,
                    address: "ana@example.com", kind: .none, source: .imported,
                    occurredAt: Fixture.t0, recordedAt: Fixture.t0)
                #expect(try await repos.consent.append(full) == .inserted(full))
                #expect(try await repos.consent.append(minimal) == .inserted(minimal))
                #expect(try await repos.consent.get(id: full.id) == full)
                #expect(try await repos.consent.get(id: minimal.id) == minimal)
                #expect(try await repos.consent.append(full) == .duplicate(full))
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func historyIsInTimeOrderAndTheLatestDecides(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                // Appended out of order: a late-recorded grant that happened first.
                let revoked = self.record(.revoked, occurred: 100)
                let granted = self.record(.expressWritten, occurred: 10, recorded: 200)
                let regranted = self.record(.singleOptIn, occurred: 100, recorded: 300)
                let otherChannel = self.record(.expressWritten, occurred: 500, channel: .email)
                for record in [revoked, granted, regranted, otherChannel] { _ = try await repos.consent.append(record) }

                let history = try await repos.consent.history(storeID: "northwind", channel: .sms, address: "+13055550123")
                #expect(history.map(\.id) == [granted.id, revoked.id, regranted.id])
                #expect(try await repos.consent.latest(storeID: "northwind", channel: .sms, address: "+13055550123") == regranted)
                #expect(try await repos.consent.latest(storeID: "other", channel: .sms, address: "+13055550123") == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func exportListsAStoreInTimeOrderWithinARange(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let records = [30.0, 10, 20].map { self.record(.singleOptIn, occurred: $0, address: "+1\(Int($0))") }
                for record in records { _ = try await repos.consent.append(record) }
                let all = try await repos.consent.export(storeID: "northwind")
                #expect(all.map(\.occurredAt) == [Fixture.at(10), Fixture.at(20), Fixture.at(30)])
                let ranged = try await repos.consent.export(storeID: "northwind", from: Fixture.at(20), to: Fixture.at(30))
                #expect(ranged.map(\.occurredAt) == [Fixture.at(20)])
                #expect(try await repos.consent.export(storeID: "northwind", limit: 1, offset: 2).count == 1)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func erasureClearsPersonalDataAndKeepsKindAndTimes(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let granted = self.record(.expressWritten, occurred: 0, contactID: contact.id)
                let revoked = self.record(.revoked, occurred: 50)
                let other = self.record(.expressWritten, occurred: 0, address: "+14165550100")
                for record in [granted, revoked, other] { _ = try await repos.consent.append(record) }

                #expect(try await repos.consent.erase(storeID: "northwind", channel: .sms, address: "+13055550123") == 2)
                let erased = try #require(try await repos.consent.get(id: granted.id))
                var expected = granted
                expected.address = ""
                expected.ip = nil
                expected.userAgent = nil
                expected.pageURL = nil
                #expect(erased == expected)
                #expect(try await repos.consent.get(id: other.id) == other)
                #expect(try await repos.consent.history(storeID: "northwind", channel: .sms, address: "+13055550123").isEmpty)
                #expect(try await repos.consent.erase(contactID: contact.id) == 1)
            }
        }
    }
}
