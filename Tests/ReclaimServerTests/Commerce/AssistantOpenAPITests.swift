import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimAssistant
import Testing

@testable import ReclaimServer

/// `/openapi.json` documents the assistant preview, with exactly the intents and actions the assistant has.
@Suite struct AssistantOpenAPITests {
    @Test func thePreviewIsDescribedWithEveryIntentAndAction() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let document = try Commerce.json(try await app.client.execute(uri: "/openapi.json", method: .get))
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let operation = try #require(paths["/api/v1/stores/{store}/assistant/preview"]?["post"] as? [String: Any])
            #expect(operation["security"] != nil)
            #expect(operation["requestBody"] != nil)
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let preview = try #require(schemas["AssistantPreview"] as? [String: Any])
            let properties = try #require(preview["properties"] as? [String: [String: Any]])
            let intents = Set(properties["intent"]?["enum"] as? [String] ?? [])
            #expect(intents == Set(AssistantIntent.allCases.map(\.rawValue)))
            let actions = Set(properties["action"]?["enum"] as? [String] ?? [])
            #expect(actions == Set(AssistantAction.allCases.map(\.rawValue)))
            #expect(schemas["AssistantPreviewRequest"] != nil)
        }
    }
}
