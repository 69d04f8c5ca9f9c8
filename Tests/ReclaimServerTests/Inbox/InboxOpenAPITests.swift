import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ReclaimServer

/// `/openapi.json` documents the inbox routes, their bodies and their errors.
@Suite struct InboxOpenAPITests {
    @Test func theInboxRoutesAndSchemasAreDescribed() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let document = try Commerce.json(try await app.client.execute(uri: "/openapi.json", method: .get))
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let base = "/api/v1/stores/{store}/conversations"
            for (path, method) in [
                (base, "get"), ("\(base)/{id}", "get"), ("\(base)/{id}/messages", "post"), ("\(base)/{id}/takeover", "post"),
                ("\(base)/{id}/handback", "post"),
            ] {
                let operation = paths[path]?[method] as? [String: Any]
                #expect(operation?["security"] != nil, "\(method) \(path) needs the API key")
            }
            let reply = try #require(paths["\(base)/{id}/messages"]?["post"] as? [String: Any])
            #expect(reply["requestBody"] != nil)
            #expect((reply["responses"] as? [String: Any])?["409"] != nil)
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            for name in [
                "Conversation", "ConversationTurn", "ConversationList", "ConversationDetail", "AgentReplyRequest",
                "AgentReply", "TakeOverRequest", "TakeOver", "HandBackRequest", "HandBack",
            ] {
                #expect(schemas[name] != nil, "schema \(name)")
            }
        }
    }
}
