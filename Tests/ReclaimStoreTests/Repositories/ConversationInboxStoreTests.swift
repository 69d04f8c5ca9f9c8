import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    /// What the inbox API reads and writes beyond the conversation store's basics: the newest turn of
    /// each conversation of a page, a person's name on their turns, contacts by id, and erasure.
    @Suite struct ConversationInboxStoreTests {
        private func conversation(contactID: String) -> Conversation {
            Conversation(
                id: Fixture.id("cnv"), storeID: "northwind", contactID: contactID, updatedAt: Fixture.t0,
                createdAt: Fixture.t0)
        }

        private func turn(
            _ conversation: Conversation, _ author: TurnAuthor, _ text: String, at seconds: Double,
            id: String = Fixture.id("trn"), agent: String? = nil
        ) -> Turn {
            Turn(
                id: id, conversationID: conversation.id, author: author, text: text, agent: agent,
                createdAt: Fixture.at(seconds))
        }

        @Test(arguments: TestBackend.enabledCases)
        func lastTurnsGivesTheNewestTurnOfEachConversationInOneQuery(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ana = try await repos.contacts.upsert(Fixture.contact())
                let bea = try await repos.contacts.upsert(Fixture.contact(phone: "+14165550100", email: nil))
                let cal = try await repos.contacts.upsert(Fixture.contact(phone: "+14165550111", email: nil))
                let first = try await repos.conversations.getOrCreate(self.conversation(contactID: ana.id))
                let second = try await repos.conversations.getOrCreate(self.conversation(contactID: bea.id))
                let silent = try await repos.conversations.getOrCreate(self.conversation(contactID: cal.id))
                try await repos.conversations.appendTurn(self.turn(first, .shopper, "I want a refund", at: 10))
                let reply = self.turn(first, .agent, "Sorry! Refunding now.", at: 20, agent: "Dana")
                try await repos.conversations.appendTurn(reply)
                try await repos.conversations.appendTurn(self.turn(first, .shopper, "older", at: 5))
                // Two turns at the same instant: the greater (time-ordered) id is the newer.
                try await repos.conversations.appendTurn(self.turn(second, .shopper, "a", at: 30, id: "trn_0001"))
                let tie = self.turn(second, .assistant, "b", at: 30, id: "trn_0002")
                try await repos.conversations.appendTurn(tie)

                let newest = try await repos.conversations.lastTurns(conversationIDs: [first.id, second.id, silent.id, "missing"])
                #expect(newest.count == 2)
                #expect(newest[first.id] == reply)
                #expect(newest[first.id]?.agent == "Dana")
                #expect(newest[second.id] == tie)
                #expect(newest[silent.id] == nil)
                #expect(try await repos.conversations.lastTurns(conversationIDs: []).isEmpty)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func contactsByIDAreReadInOneQuery(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ana = try await repos.contacts.upsert(Fixture.contact())
                let bea = try await repos.contacts.upsert(Fixture.contact(phone: "+14165550100", email: nil))
                let found = try await repos.contacts.find(ids: [ana.id, bea.id, ana.id, "con_missing"])
                #expect(found == [ana.id: ana, bea.id: bea])
                #expect(try await repos.contacts.find(ids: []).isEmpty)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func erasingAShoppersTurnsLeavesOtherConversationsAlone(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ana = try await repos.contacts.upsert(Fixture.contact())
                let bea = try await repos.contacts.upsert(Fixture.contact(phone: "+14165550100", email: nil))
                let hers = try await repos.conversations.getOrCreate(self.conversation(contactID: ana.id))
                let other = try await repos.conversations.getOrCreate(self.conversation(contactID: bea.id))
                try await repos.conversations.appendTurn(self.turn(hers, .shopper, "ship to 12 Elm St", at: 1))
                try await repos.conversations.appendTurn(self.turn(hers, .agent, "Will do, Ana", at: 2, agent: "Dana"))
                try await repos.conversations.appendTurn(self.turn(other, .shopper, "hello", at: 3))

                #expect(try await repos.conversations.eraseTurns(contactID: ana.id) == 2)
                let erased = try await repos.conversations.turns(conversationID: hers.id)
                #expect(erased.map(\.text) == [SQLMessageStore.erasedBody, SQLMessageStore.erasedBody])
                #expect(erased.map(\.author) == [.shopper, .agent])
                #expect(try await repos.conversations.turns(conversationID: other.id).map(\.text) == ["hello"])
            }
        }
    }
}
