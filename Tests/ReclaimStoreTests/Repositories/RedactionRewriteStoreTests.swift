import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    /// What the split-card redaction reads and rewrites: a sender's recent inbound texts, and a body and
    /// the shopper turn recorded from it (issue 16 item 7).
    @Suite struct RedactionRewriteStoreTests {
        private func inbound(
            _ body: String, at time: Date, address: String = "+13055550123", contactID: String? = nil
        )
            -> Message
        {
            Message(
                id: Fixture.id("msg"), storeID: "northwind", contactID: contactID, channel: .sms, direction: .inbound,
                address: address, body: body, status: .received, providerID: Fixture.id("SM"), createdAt: time,
                updatedAt: time)
        }

        @Test(arguments: TestBackend.enabledCases)
        func recentInboundIsTheSendersNewestTextsOldestFirst(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                for (body, seconds) in [("old", 0.0), ("a", 100), ("b", 200), ("c", 300)] {
                    _ = try await repos.messages.insertInbound(self.inbound(body, at: Fixture.at(seconds)))
                }
                _ = try await repos.messages.insertInbound(self.inbound("other sender", at: Fixture.at(250), address: "+13125550100"))
                _ = try await repos.messages.insertOutbound(Fixture.outbound(cartID: nil, at: Fixture.at(260)))
                let recent = try await repos.messages.recentInbound(
                    storeID: "northwind", address: "+13055550123", since: Fixture.at(50), limit: 2)
                #expect(recent.map(\.body) == ["b", "c"])
                let window = try await repos.messages.recentInbound(
                    storeID: "northwind", address: "+13055550123", since: Fixture.at(150), limit: 5)
                #expect(window.map(\.body) == ["b", "c"])
                #expect(
                    try await repos.messages.recentInbound(
                        storeID: "other", address: "+13055550123", since: Fixture.t0, limit: 2
                    ).isEmpty)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aRedactedBodyReplacesTheStoredOneAndItsShopperTurn(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let conversation = try await repos.conversations.getOrCreate(
                    Conversation(
                        id: Fixture.id("cnv"), storeID: "northwind", contactID: contact.id, updatedAt: Fixture.t0,
                        createdAt: Fixture.t0))
                let message = self.inbound("my card 4111 1111", at: Fixture.at(10), contactID: contact.id)
                _ = try await repos.messages.insertInbound(message)
                for (author, seconds) in [(TurnAuthor.shopper, 10.0), (.assistant, 11), (.shopper, 1)] {
                    _ = try await repos.conversations.appendTurn(
                        Turn(
                            id: Fixture.id("trn"), conversationID: conversation.id, author: author, text: "my card 4111 1111",
                            createdAt: Fixture.at(seconds)))
                }
                // A body that changed since it was read is left alone.
                #expect(
                    try await !repos.messages.replaceBody(
                        id: message.id, expected: "something else", with: "x", at: Fixture.at(20)))
                #expect(
                    try await repos.messages.replaceBody(
                        id: message.id, expected: message.body, with: "my card [card redacted]", at: Fixture.at(20)))
                let stored = try #require(try await repos.messages.get(id: message.id))
                #expect(stored.body == "my card [card redacted]")
                #expect(stored.updatedAt == Fixture.at(20))
                let changed = try await repos.conversations.replaceShopperText(
                    storeID: "northwind", contactID: contact.id, text: message.body, with: stored.body, since: Fixture.at(10))
                #expect(changed == 1)
                let turns = try await repos.conversations.turns(conversationID: conversation.id)
                #expect(turns.map(\.text) == ["my card 4111 1111", "my card [card redacted]", "my card 4111 1111"])
            }
        }
    }
}
