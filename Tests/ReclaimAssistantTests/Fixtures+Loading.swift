import Foundation
import ReclaimAssistant

/// The Summit Outfitters test store (converted from the acceptance fixture) and the labeled replies.
enum TestStore {
    static let store: EvaluationStore = {
        let data = try! Data(contentsOf: fixture("summit_store.json"))
        return try! JSONDecoder().decode(EvaluationStore.self, from: data)
    }()

    static let assistant = BuiltInAssistant(catalog: store.catalog, policies: store.policies)

    /// Cart S2001: one tent (Sage), $249.
    static var tentCart: AssistantContext { store.contexts["S2001"]! }
    /// Cart S2002: headlamp + bottle, $73.95, $1.05 short of free shipping.
    static var smallCart: AssistantContext { store.contexts["S2002"]! }

    static func replies(_ name: String) throws -> [LabeledReply] {
        try LabeledReply.parseLines(try Data(contentsOf: fixture(name)))
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// Asks the built-in assistant.
    static func ask(_ text: String, _ context: AssistantContext = tentCart) async -> AssistantResponse {
        await assistant.respond(to: text, context: context)
    }
}
