import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// An erasure request reaches the inbox: the transcript's text goes with the rest of the shopper's data,
/// and a person can no longer text the number.
@Suite struct InboxErasureTests {
    @Test func erasingTheShopperErasesTheTranscriptAndNothingCanBeSent() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            #expect(try await scenario.post(id, "messages", ["text": "Dana here, on it.", "agent": "Dana"]).status == .ok)
            let erased = try await scenario.app.api(.post, "/contacts/erase", json: ["phone": InboxScenario.shopper])
            #expect(erased.status == .ok)

            let details = try await scenario.details(id)
            let turns = try #require(details["turns"] as? [[String: Any]])
            #expect(turns.count == 3)
            #expect(turns.allSatisfy { $0["text"] as? String == SQLMessageStore.erasedBody })
            #expect((details["contact"] as? [String: Any])?["phone"] == nil)
            let response = try await scenario.post(id, "messages", ["text": "Hello again"])
            #expect(response.status == .conflict)
            #expect(response.errorCode == "no_phone")
        }
    }
}
