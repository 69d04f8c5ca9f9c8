import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct ConversationStoreTests {
        private func conversation(contactID: String, cartID: String? = nil) -> Conversation {
            Conversation(
                id: Fixture.id("cnv"), storeID: "northwind", contactID: contactID, cartID: cartID,
                updatedAt: Fixture.t0, createdAt: Fixture.t0)
        }

        @Test(arguments: TestBackend.enabledCases)
        func getOrCreateReturnsTheShoppersOneConversation(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                let created = self.conversation(contactID: contact.id, cartID: cart.id)
                #expect(try await repos.conversations.getOrCreate(created) == created)
                #expect(try await repos.conversations.getOrCreate(self.conversation(contactID: contact.id)) == created)
                #expect(try await repos.conversations.get(id: created.id) == created)
                #expect(try await repos.conversations.find(storeID: "northwind", contactID: contact.id) == created)
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "conversations")
                        .record(self.conversation(contactID: contact.id).sqlRecord()).run()
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func concurrentGetOrCreateAgrees(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let ids = try await withThrowingTaskGroup(of: String.self) { group in
                    for _ in 0..<8 {
                        group.addTask { try await repos.conversations.getOrCreate(self.conversation(contactID: contact.id)).id }
                    }
                    return try await group.reduce(into: Set<String>()) { $0.insert($1) }
                }
                #expect(ids.count == 1)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func updateStatusAndListTheInbox(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ana = try await repos.contacts.upsert(Fixture.contact())
                let bea = try await repos.contacts.upsert(Fixture.contact(phone: "+14165550100", email: nil))
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: ana.id))
                let first = try await repos.conversations.getOrCreate(self.conversation(contactID: ana.id))
                let second = try await repos.conversations.getOrCreate(self.conversation(contactID: bea.id))

                let escalated = try await repos.conversations.updateStatus(
                    id: first.id, to: .escalated, escalationReason: "asked for a person", cartID: cart.id, at: Fixture.at(5))
                #expect(escalated?.status == .escalated)
                #expect(escalated?.escalationReason == "asked for a person")
                #expect(escalated?.cartID == cart.id)
                #expect(escalated?.updatedAt == Fixture.at(5))
                #expect(try await repos.conversations.list(storeID: "northwind").map(\.id) == [first.id, second.id])
                #expect(try await repos.conversations.list(storeID: "northwind", status: .assistant).map(\.id) == [second.id])
                #expect(try await repos.conversations.countByStatus(storeID: "northwind") == [.escalated: 1, .assistant: 1])
                #expect(try await repos.conversations.countByStatus(storeID: "acme").isEmpty)

                let back = try await repos.conversations.updateStatus(id: first.id, to: .assistant, at: Fixture.at(6))
                #expect(back?.escalationReason == nil)
                #expect(back?.cartID == cart.id)
                #expect(try await repos.conversations.updateStatus(id: "missing", to: .closed, at: Fixture.t0) == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func turnsAppendOnceInTimeOrderAndMoveTheConversationForward(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let conversation = try await repos.conversations.getOrCreate(self.conversation(contactID: contact.id))
                let inbound = Message(
                    id: Fixture.id("msg"), storeID: "northwind", channel: .sms, direction: .inbound,
                    address: "+13055550123", body: "is it waterproof?", status: .received,
                    createdAt: Fixture.at(10), updatedAt: Fixture.at(10))
                _ = try await repos.messages.insertInbound(inbound)
                let question = Turn(
                    id: Fixture.id("trn"), conversationID: conversation.id, author: .shopper,
                    text: "is it waterproof?", intent: "product_question", messageID: inbound.id,
                    createdAt: Fixture.at(10))
                let answer = Turn(
                    id: Fixture.id("trn"), conversationID: conversation.id, author: .assistant,
                    text: "Yes, rated 10k mm.", action: "answer", createdAt: Fixture.at(11))
                let old = Turn(
                    id: Fixture.id("trn"), conversationID: conversation.id, author: .system, text: "started",
                    createdAt: Fixture.at(1))

                #expect(try await repos.conversations.appendTurn(answer))
                #expect(try await repos.conversations.appendTurn(question))
                #expect(try await repos.conversations.appendTurn(old))
                #expect(try await repos.conversations.appendTurn(answer) == false)
                #expect(try await repos.conversations.turns(conversationID: conversation.id) == [old, question, answer])
                #expect(try await repos.conversations.turns(conversationID: conversation.id, limit: 1) == [answer])
                #expect(try await repos.conversations.get(id: conversation.id)?.updatedAt == Fixture.at(11))
            }
        }
    }
}
