import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct SuppressionStoreTests {
        private func entry(
            _ hash: String = "a1b2", channel: Channel = .sms, reason: SuppressionReason = .optedOut,
            at time: Date = Fixture.t0
        ) -> Suppression {
            Suppression(
                storeID: "northwind", channel: channel, address: "+13055550123", addressHash: hash,
                reason: reason, detail: "STOP", createdAt: time)
        }

        @Test(arguments: TestBackend.enabledCases)
        func addIsIdempotentAndTheFirstEntryWins(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let first = self.entry()
                #expect(try await repos.suppressions.add(first) == .inserted(first))
                let again = self.entry(reason: .carrierBlocked, at: Fixture.at(60))
                #expect(try await repos.suppressions.add(again) == .duplicate(first))
                #expect(try await repos.suppressions.find(storeID: "northwind", channel: .sms, addressHash: "a1b2") == first)
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "suppressions").record(again.sqlRecord()).run()
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func isSuppressedPerStoreChannelAndHash(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                _ = try await repos.suppressions.add(self.entry())
                #expect(try await repos.suppressions.isSuppressed(storeID: "northwind", channel: .sms, addressHash: "a1b2"))
                #expect(try await !repos.suppressions.isSuppressed(storeID: "northwind", channel: .email, addressHash: "a1b2"))
                #expect(try await !repos.suppressions.isSuppressed(storeID: "other", channel: .sms, addressHash: "a1b2"))
                #expect(try await !repos.suppressions.isSuppressed(storeID: "northwind", channel: .sms, addressHash: "ffff"))
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func listIsNewestFirst(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let older = self.entry("h1", at: Fixture.at(1))
                let newer = self.entry("h2", channel: .email, reason: .hardBounce, at: Fixture.at(2))
                _ = try await repos.suppressions.add(older)
                _ = try await repos.suppressions.add(newer)
                #expect(try await repos.suppressions.list(storeID: "northwind") == [newer, older])
                #expect(try await repos.suppressions.list(storeID: "northwind", channel: .sms) == [older])
                #expect(try await repos.suppressions.list(storeID: "other").isEmpty)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func erasureKeepsTheHashSoTheAddressStaysSuppressed(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                _ = try await repos.suppressions.add(self.entry())
                #expect(try await repos.suppressions.erase(storeID: "northwind", channel: .sms, addressHash: "a1b2"))
                let erased = try #require(try await repos.suppressions.find(storeID: "northwind", channel: .sms, addressHash: "a1b2"))
                #expect(erased.address == nil)
                #expect(erased.addressHash == "a1b2")
                #expect(erased.reason == .optedOut)
                #expect(try await repos.suppressions.isSuppressed(storeID: "northwind", channel: .sms, addressHash: "a1b2"))
                #expect(try await !repos.suppressions.erase(storeID: "northwind", channel: .sms, addressHash: "none"))
            }
        }
    }
}
