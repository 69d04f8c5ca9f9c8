import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// The inbox API end to end on the real app: an escalated conversation is listed, opened with its cart,
/// codes, consent and transcript, answered by a person (the assistant then stays silent), and handed back
/// (the assistant answers again and the journey resumes).
@Suite struct InboxTests {
    @Test func aPersonTakesOverAnEscalationAndHandsItBack() async throws {
        try await InboxScenario.run { scenario in
            let app = scenario.app
            // Given: the shopper asks for a refund, which escalates.
            let id = try await scenario.escalate()
            let textsAfterEscalation = await scenario.texts.count

            // The list shows it as escalated, with the phone masked and the newest turn.
            let list = try Commerce.json(try await app.api(.get, "/conversations?status=escalated"))
            let rows = try #require(list["conversations"] as? [[String: Any]])
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(row["status"] as? String == "escalated")
            #expect(row["escalation_reason"] as? String != nil)
            #expect(row["cart_id"] as? String == scenario.cartID)
            let listedContact = try #require(row["contact"] as? [String: Any])
            #expect(listedContact["phone"] as? String == "+1******0101")
            #expect(listedContact["first_name"] as? String == "Ana")
            #expect((row["last_turn"] as? [String: Any])?["author"] as? String == "assistant")
            #expect(row["updated_at"] as? String != nil)
            let humans = try Commerce.json(try await app.api(.get, "/conversations?status=human"))
            #expect((humans["conversations"] as? [Any])?.isEmpty == true)

            // The details hold the cart, the code, the consent record and the transcript.
            let details = try await scenario.details(id)
            let cart = try #require(details["cart"] as? [String: Any])
            let items = try #require(cart["items"] as? [[String: Any]])
            #expect(items.first?["title"] as? String == "Switchback Tent")
            #expect(items.first?["quantity"] as? Int == 1)
            #expect(items.first?["price"] as? Int == 29_900)
            #expect(cart["subtotal"] as? Int == 29_900)
            #expect(cart["recovery_url"] as? String == "https://summit.example/cart/C9")
            let codes = try #require(details["discounts"] as? [[String: Any]])
            #expect(codes.count == 1)
            #expect(codes.first?["state"] as? String == "active")
            #expect(codes.first?["value"] as? Int == 10)
            #expect((codes.first?["code"] as? String)?.isEmpty == false)
            let consent = try #require(details["consent"] as? [String: Any])
            #expect(consent["kind"] as? String == "express_written")
            #expect(consent["source"] as? String == "checkout_checkbox")
            #expect(consent["ip"] as? String == "203.0.113.7")
            #expect((consent["disclosure_text"] as? String)?.contains("Summit Outfitters") == true)
            #expect((details["suppression"] as? [String: Any])?["opted_out"] as? Bool == false)
            #expect((details["contact"] as? [String: Any])?["phone"] as? String == InboxScenario.shopper)
            let journey = try #require(details["journey"] as? [String: Any])
            #expect(journey["state"] as? String == "paused")
            #expect(journey["reason"] as? String == "escalated")
            let turns = try #require(details["turns"] as? [[String: Any]])
            #expect(turns.map { $0["author"] as? String } == ["shopper", "assistant"])
            #expect(turns.first?["text"] as? String == "I want a refund")
            #expect(turns.first?["intent"] as? String == "order_issue")

            // When: a person replies.
            let reply = try await scenario.post(id, "messages", ["text": "Hi Ana, this is Dana. I'm refunding you now.", "agent": "Dana"])
            #expect(reply.status == .ok)
            let replied = try Commerce.json(reply)
            #expect((replied["conversation"] as? [String: Any])?["status"] as? String == "human")
            #expect((replied["message"] as? [String: Any])?["status"] as? String == "pending")
            try await app.advanceAndRun(1.1)  // the sender's pace: one text a second

            // Then: the provider got it at once, and the transcript shows the person's turn.
            let texts = await scenario.texts
            #expect(texts.count == textsAfterEscalation + 1)
            #expect(texts.last?.body == "Hi Ana, this is Dana. I'm refunding you now.")
            #expect(texts.last?.to == InboxScenario.shopper)
            let afterReply = try await scenario.details(id)
            let agentTurn = try #require((afterReply["turns"] as? [[String: Any]])?.last)
            #expect(agentTurn["author"] as? String == "agent")
            #expect(agentTurn["agent"] as? String == "Dana")
            #expect(agentTurn["message_id"] as? String != nil)
            #expect((afterReply["journey"] as? [String: Any])?["reason"] as? String == "human_takeover")

            // While a person has it, the shopper's reply is recorded and the assistant stays silent.
            try await scenario.shopperSays("is shipping included?")
            #expect(await scenario.texts.count == textsAfterEscalation + 1)
            let silent = try await scenario.details(id)
            #expect((silent["turns"] as? [[String: Any]])?.last?["author"] as? String == "shopper")
            #expect((silent["conversation"] as? [String: Any])?["status"] as? String == "human")

            // When: the person hands it back and resumes the journey.
            let back = try await scenario.post(id, "handback", ["resume_flow": true, "agent": "Dana"])
            #expect(back.status == .ok)
            #expect((try Commerce.json(back)["conversation"] as? [String: Any])?["status"] as? String == "assistant")
            try await app.advanceAndRun(0.5)
            let handedBack = try await scenario.details(id)
            let system = try #require((handedBack["turns"] as? [[String: Any]])?.last)
            #expect(system["author"] as? String == "system")
            #expect((system["text"] as? String)?.contains("reminders resume") == true)
            #expect((handedBack["journey"] as? [String: Any])?["state"] as? String == "active")
            #expect((handedBack["conversation"] as? [String: Any])?["escalation_reason"] == nil)

            // Then: the next reply gets the assistant's answer again.
            try await scenario.shopperSays("is shipping included?")
            #expect(await scenario.texts.count == textsAfterEscalation + 2)
            let answered = try await scenario.details(id)
            #expect((answered["turns"] as? [[String: Any]])?.last?["author"] as? String == "assistant")
        }
    }

    @Test func handingBackWithoutResumingLeavesTheJourneyPaused() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let takeover = try await scenario.post(id, "takeover", ["agent": "Dana"])
            #expect(takeover.status == .ok)
            #expect((try Commerce.json(takeover)["conversation"] as? [String: Any])?["status"] as? String == "human")
            try await scenario.app.advanceAndRun(0.5)
            let claimed = try await scenario.details(id)
            #expect((claimed["conversation"] as? [String: Any])?["status"] as? String == "human")
            #expect((claimed["turns"] as? [[String: Any]])?.last?["author"] as? String == "system")
            let before = await scenario.texts.count

            #expect(try await scenario.post(id, "handback", ["resume_flow": false]).status == .ok)
            try await scenario.app.advanceAndRun(30)  // past every remaining step
            let details = try await scenario.details(id)
            #expect((details["conversation"] as? [String: Any])?["status"] as? String == "assistant")
            #expect((details["journey"] as? [String: Any])?["state"] as? String == "paused")
            #expect(await scenario.texts.count == before)  // a takeover sends nothing, nor does a paused journey
            let sender = try #require(scenario.app.dependencies.channels[Commerce.store].email as? OutboxEmailSender)
            #expect(await sender.records.filter { $0.message.to.first?.address == "ana@shopper.example" }.count == 1)
        }
    }
}
