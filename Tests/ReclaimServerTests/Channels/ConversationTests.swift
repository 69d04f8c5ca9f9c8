import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// Shopper replies reach the assistant: answers go out through the outbox, a request for a person
/// escalates the conversation and pauses the journey, a wrong number is an opt-out.
@Suite struct ConversationTests {
    func withConversation(_ body: @Sendable @escaping (TestApp, FakeTwilio, String) async throws -> Void) async throws {
        try await JourneyEndToEndTests().withJourneyApp { app, twilio in
            try await JourneyEndToEndTests().grantConsent(app)
            _ = try await app.event("cart.updated", cartData("C9"))
            try await app.advanceAndRun(1.5)
            try await app.advanceAndRun(2.5)  // the first text went out
            #expect(await twilio.messages.count == 1)
            let cartID = try #require(try await app.cart("C9")?["id"] as? String)
            try await body(app, twilio, cartID)
        }
    }

    @Test func aQuestionIsAnsweredThroughTheOutboxAndPausesTheJourney() async throws {
        try await withConversation { app, twilio, cartID in
            let response = try await app.client.inbound(from: "+13125550101", "is shipping included?", token: twilio.authToken)
            #expect(response.status == .ok)
            try await app.advanceAndRun(1.1)  // the reply leaves; the journey hears the reply
            let texts = await twilio.messages
            #expect(texts.count == 2)
            #expect(texts.last.map { !$0.body.isEmpty } == true)
            let journey = try #require(try await app.dependencies.repositories.journeys.find(cartID: cartID))
            #expect(journey.state == .paused)
            let conversation = try #require(
                try await app.dependencies.repositories.conversations.find(storeID: Commerce.store, contactID: journey.contactID ?? ""))
            let turns = try await app.dependencies.repositories.conversations.turns(conversationID: conversation.id)
            #expect(turns.map(\.author) == [.shopper, .assistant])
        }
    }

    /// A revocation only the assistant reads (a wrong number) is honoured at once and confirmed once, as a
    /// STOP is; the job that handles it again (a retry) sends nothing more.
    @Test func aRevocationTheAssistantReadsIsConfirmedOnce() async throws {
        try await withConversation { app, twilio, _ in
            let store = try #require(app.dependencies.configuration.stores.first)
            #expect(InboundKeywordClassifier.classify("this isn't Maya").kind != .optOut)
            for _ in 0..<2 {
                _ = try await app.dependencies.conversationService.handle(
                    text: "this isn't Maya", sender: "+13125550101", providerID: "SMw1", store: store)
            }
            try await app.advanceAndRun(1.1)
            let entry = try await app.dependencies.repositories.suppressions.find(
                storeID: Commerce.store, channel: .sms, addressHash: AddressHash.of("+13125550101", channel: .sms))
            #expect(entry?.reason == .optedOut)
            let texts = await twilio.messages.map(\.body)
            #expect(texts.count == 2)
            #expect(texts.last == ComplianceTexts.optOutConfirmation(brand: store.name))
        }
    }

    @Test func askingForAPersonEscalatesAndTheAssistantStopsAnswering() async throws {
        try await withConversation { app, twilio, cartID in
            _ = try await app.client.inbound(from: "+13125550101", "can I talk to a real person please", token: twilio.authToken)
            try await app.advanceAndRun(1.1)
            let journey = try #require(try await app.dependencies.repositories.journeys.find(cartID: cartID))
            #expect(journey.state == .paused)
            let conversation = try #require(
                try await app.dependencies.repositories.conversations.find(storeID: Commerce.store, contactID: journey.contactID ?? ""))
            #expect(conversation.status == .escalated)
            let before = await twilio.messages.count
            _ = try await app.client.inbound(from: "+13125550101", "hello?", token: twilio.authToken)
            try await app.advanceAndRun(1.1)
            #expect(await twilio.messages.count == before)  // a person answers from here
        }
    }

    @Test func anEscalationIsEmailedToTheStoresSupportAddress() async throws {
        try await withConversation { app, _, _ in
            let store = try #require(app.dependencies.configuration.stores.first)
            _ = try await app.dependencies.conversationService.handle(
                text: "this is ridiculous, I want a refund for my last order", sender: "+13125550101", providerID: "SMx1", store: store)
            let sender = try #require(app.dependencies.channels[Commerce.store].email as? OutboxEmailSender)
            let alert = await sender.records.first { $0.message.to.first?.address == "help@summit.example" }
            #expect(alert?.message.subject.contains("needs a person") == true)
            #expect(alert?.message.text.contains("refund") == true)
            let conversation = try #require(
                try await app.dependencies.repositories.conversations.list(storeID: Commerce.store, status: .escalated, limit: 1, offset: 0)
                    .first)
            #expect(alert?.message.text.contains("/dashboard/inbox/\(conversation.id)") == true)
            #expect(alert?.message.text.contains("$299.00") == true)
        }
    }

    @Test func aCardNumberIsNeverStored() async throws {
        try await withConversation { app, twilio, cartID in
            _ = try await app.client.inbound(from: "+13125550101", "charge 4111 1111 1111 1111 cvv 123", token: twilio.authToken)
            try await app.advanceAndRun(1.1)
            let stored = try await app.dependencies.repositories.messages.list(cartID: cartID).map(\.body)
            let inbound = try await app.dependencies.repositories.messages.list(
                contactID: try #require(
                    try await app.dependencies.repositories.journeys.find(cartID: cartID)?.contactID)
            ).map(\.body)
            #expect(!(stored + inbound).contains { $0.contains("4111") })
            #expect(await !twilio.messages.contains { $0.body.contains("4111") })
        }
    }
}
