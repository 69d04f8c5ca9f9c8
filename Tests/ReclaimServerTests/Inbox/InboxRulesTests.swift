import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// What the inbox API refuses, and the rules a person's reply meets like the assistant's: the API key,
/// unknown ids, empty text, card data, opted-out shoppers, and quiet hours once the reply window passed.
@Suite struct InboxRulesTests {
    @Test func theKeyIsRequiredAndUnknownConversationsAreNotFound() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            #expect(try await scenario.app.api(.get, "/conversations", key: nil).status == .unauthorized)
            #expect(try await scenario.app.api(.get, "/conversations/\(id)", key: "wrong").status == .unauthorized)
            #expect(try await scenario.post(id, "messages", ["text": "hi"], key: nil).status == .unauthorized)
            #expect(try await scenario.post(id, "handback", ["resume_flow": true], key: nil).status == .unauthorized)
            let missing = try await scenario.app.api(.get, "/conversations/cnv_missing")
            #expect(missing.status == .notFound)
            #expect(missing.errorCode == "not_found")
            for action in ["messages", "takeover", "handback"] {
                let response = try await scenario.post("cnv_missing", action, ["text": "hi", "resume_flow": true])
                #expect(response.status == .notFound, "\(action)")
            }
            #expect(await scenario.texts.count == 2)  // the first text and the escalation's apology only
        }
    }

    @Test func badInputIsA400NamingTheField() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let before = await scenario.texts.count
            for (json, field) in [
                (["text": "   "], "text"), ([:], "text"), (["agent": "Dana"], "text"), (["text": 5], "text"),
                (["text": "hi", "agent": String(repeating: "x", count: 101)], "agent"),
            ] as [([String: Any], String)] {
                let response = try await scenario.post(id, "messages", json)
                #expect(response.status == .badRequest, "\(json)")
                #expect(response.errorMessage?.hasPrefix(field) == true, "\(json): \(response.errorMessage ?? "")")
            }
            let empty = try await scenario.app.client.execute(
                uri: "/api/v1/stores/\(Commerce.store)/conversations/\(id)/messages", method: .post,
                headers: [.authorization: "Bearer \(Commerce.apiKey)"], body: nil)
            #expect(empty.status == .badRequest)
            #expect(empty.errorMessage?.hasPrefix("text") == true)
            for json in [[:], ["resume_flow": "yes"]] as [[String: Any]] {
                let response = try await scenario.post(id, "handback", json)
                #expect(response.status == .badRequest)
                #expect(response.errorMessage?.hasPrefix("resume_flow") == true)
            }
            for query in ["status=open", "limit=0", "limit=101", "limit=ten", "offset=-1"] {
                let response = try await scenario.app.api(.get, "/conversations?\(query)")
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.errorMessage?.hasPrefix(String(query.prefix { $0 != "=" })) == true, "\(query)")
            }
            try await scenario.app.advanceAndRun(1)
            #expect(await scenario.texts.count == before)
            let details = try await scenario.details(id)
            #expect((details["conversation"] as? [String: Any])?["status"] as? String == "escalated")  // nothing taken over
        }
    }

    @Test(arguments: [
        "Sure, use card 4111 1111 1111 1111 and I'll fix it",
        "I charged 4111-1111-1111-1111 for you",
        "what is your cvv 123?",
    ])
    func cardDataIsNeverSent(_ text: String) async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let before = await scenario.texts.count
            let response = try await scenario.post(id, "messages", ["text": text, "agent": "Dana"])
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_field")
            #expect(response.errorMessage?.hasPrefix("text") == true)
            try await scenario.app.advanceAndRun(1)
            #expect(await scenario.texts.count == before)
            let turns = try #require(try await scenario.details(id)["turns"] as? [[String: Any]])
            #expect(!turns.contains { ($0["text"] as? String)?.contains("1111") == true })
        }
    }

    @Test func aMessageRuleBreakingReplyIsRefused() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let response = try await scenario.post(id, "messages", ["text": "Here you go: https://bit.ly/abc123"])
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("shortener") == true)
        }
    }

    @Test func stopWhileAPersonHasItOptsOutAtOnceAndTheReplyIsRefused() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            #expect(try await scenario.post(id, "takeover").status == .ok)
            try await scenario.shopperSays("STOP")
            let hash = AddressHash.of(InboxScenario.shopper, channel: .sms)
            #expect(
                try await scenario.app.dependencies.repositories.suppressions.isSuppressed(
                    storeID: Commerce.store, channel: .sms, addressHash: hash))
            let before = await scenario.texts.count
            let response = try await scenario.post(id, "messages", ["text": "Sorry to see you go!", "agent": "Dana"])
            #expect(response.status == .conflict)
            #expect(response.errorCode == "opted_out")
            try await scenario.app.advanceAndRun(1)
            #expect(await scenario.texts.count == before)
            let details = try await scenario.details(id)
            #expect((details["suppression"] as? [String: Any])?["opted_out"] as? Bool == true)
            #expect((details["consent"] as? [String: Any])?["kind"] as? String == "revoked")
            #expect((details["turns"] as? [[String: Any]])?.contains { $0["author"] as? String == "agent" } == false)
        }
    }

    @Test func aLateReplyWaitsForTheShoppersDaytime() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()  // 14:00 in Chicago
            try await scenario.app.advanceAndRun(8 * 3600)  // 22:00: quiet hours, the shopper wrote 8 hours ago
            let before = await scenario.texts.count
            let response = try await scenario.post(id, "messages", ["text": "Hi Ana, Dana here about your refund."])
            #expect(response.status == .ok)
            let message = try #require(try Commerce.json(response)["message"] as? [String: Any])
            let sendAt = try #require((message["send_at"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
            #expect(sendAt > scenario.app.clock.now().addingTimeInterval(3600))
            try await scenario.app.advanceAndRun(60)
            #expect(await scenario.texts.count == before)  // held overnight
            try await scenario.app.advanceAndRun(sendAt.timeIntervalSince(scenario.app.clock.now()) + 1)
            #expect(await scenario.texts.last?.body == "Hi Ana, Dana here about your refund.")
        }
    }

    @Test func aReplyRightAfterTheShoppersTextIsNotHeldForQuietHours() async throws {
        try await InboxScenario.run { scenario in
            try await scenario.app.advanceAndRun(8 * 3600)  // 22:00 in Chicago
            let id = try await scenario.escalate()  // the shopper writes at night
            let before = await scenario.texts.count
            #expect(try await scenario.post(id, "messages", ["text": "Dana here, looking into it now."]).status == .ok)
            try await scenario.app.advanceAndRun(1.1)
            #expect(await scenario.texts.count == before + 1)
        }
    }

    @Test func aRetriedReplyWithTheSameIdempotencyKeyIsSentOnce() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let before = await scenario.texts.count
            for _ in 0..<2 {
                let response = try await scenario.app.api(
                    .post, "/conversations/\(id)/messages", json: ["text": "Refund done."],
                    headers: [HTTPField.Name("Idempotency-Key")!: "reply-1"])
                #expect(response.status == .ok)
            }
            try await scenario.app.advanceAndRun(1.1)
            #expect(await scenario.texts.count == before + 1)
            let turns = try #require(try await scenario.details(id)["turns"] as? [[String: Any]])
            #expect(turns.filter { $0["author"] as? String == "agent" }.count == 1)
        }
    }

    @Test func handingBackAConversationNoPersonHasIsAConflict() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            #expect(try await scenario.post(id, "handback", ["resume_flow": false]).status == .ok)
            let again = try await scenario.post(id, "handback", ["resume_flow": true])
            #expect(again.status == .conflict)
            #expect(again.errorCode == "not_with_a_person")
            let turns = try #require(try await scenario.details(id)["turns"] as? [[String: Any]])
            #expect(turns.filter { $0["author"] as? String == "system" }.count == 1)
        }
    }
}
