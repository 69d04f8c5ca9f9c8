import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

/// The repository additions the compliance routes rely on: lifting an opt-out on START, erasing
/// message text, and the retention sweep of inbound bodies.
@Suite struct CompliancePrivacyStoreTests {
    private func entry(_ hash: String, reason: SuppressionReason) -> Suppression {
        Suppression(
            storeID: "northwind", channel: .sms, address: "+13055550123", addressHash: hash, reason: reason,
            createdAt: Fixture.t0)
    }

    private func inbound(_ body: String, at time: Date, address: String = "+13055550123") -> Message {
        Message(
            id: Fixture.id("msg"), storeID: "northwind", channel: .sms, direction: .inbound, address: address,
            body: body, status: .received, providerID: Fixture.id("SM"), createdAt: time, updatedAt: time)
    }

    @Test(arguments: TestBackend.enabledCases)
    func removeLiftsOnlyTheGivenReasons(backend: TestBackend) async throws {
        try await withRepositories(backend) { repos async throws in
            let optedOut = self.entry("h1", reason: .optedOut)
            _ = try await repos.suppressions.add(optedOut)
            _ = try await repos.suppressions.add(self.entry("h2", reason: .erased))
            let lifted = try await repos.suppressions.remove(
                storeID: "northwind", channel: .sms, addressHash: "h1", reasons: [.optedOut])
            #expect(lifted == optedOut)
            #expect(try await !repos.suppressions.isSuppressed(storeID: "northwind", channel: .sms, addressHash: "h1"))
            let kept = try await repos.suppressions.remove(
                storeID: "northwind", channel: .sms, addressHash: "h2", reasons: [.optedOut])
            #expect(kept == nil)
            #expect(try await repos.suppressions.isSuppressed(storeID: "northwind", channel: .sms, addressHash: "h2"))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func erasingMessagesClearsBodyAndAddressOfThatShopperOnly(backend: TestBackend) async throws {
        try await withRepositories(backend) { repos async throws in
            let mine = self.inbound("my card is declined", at: Fixture.t0)
            let other = self.inbound("hello", at: Fixture.t0, address: "+13125550100")
            _ = try await repos.messages.insertInbound(mine)
            _ = try await repos.messages.insertInbound(other)
            let count = try await repos.messages.erasePersonalData(
                storeID: "northwind", addresses: ["+13055550123"], contactIDs: [], at: Fixture.at(5))
            #expect(count == 1)
            let erased = try #require(try await repos.messages.get(id: mine.id))
            #expect(erased.body == SQLMessageStore.erasedBody)
            #expect(erased.address.isEmpty)
            #expect(try await repos.messages.get(id: other.id)?.body == "hello")
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func retentionExpiresOldInboundBodiesOnce(backend: TestBackend) async throws {
        try await withRepositories(backend) { repos async throws in
            let old = self.inbound("old text", at: Fixture.t0)
            let recent = self.inbound("new text", at: Fixture.at(86_400 * 30))
            _ = try await repos.messages.insertInbound(old)
            _ = try await repos.messages.insertInbound(recent)
            let cutoff = Fixture.at(86_400)
            #expect(try await repos.messages.expireInboundBodies(before: cutoff, at: Fixture.at(86_400 * 31)) == 1)
            #expect(try await repos.messages.expireInboundBodies(before: cutoff, at: Fixture.at(86_400 * 31)) == 0)
            #expect(try await repos.messages.get(id: old.id)?.body == SQLMessageStore.expiredBody)
            #expect(try await repos.messages.get(id: recent.id)?.body == "new text")
        }
    }
}
