import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// A store with `assistant.backend: llm` previews replies through a local server that answers like
/// an OpenAI-compatible `/v1/chat/completions`, and falls back to the built-in engine when it fails.
@Suite struct LLMBackendRouteTests {
    /// What the fake endpoint saw.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var bodies: [[String: Any]] = []
        private var keys: [String] = []
        func record(_ body: [String: Any], key: String?) {
            self.lock.withLock {
                self.bodies.append(body)
                self.keys.append(key ?? "")
            }
        }
        var all: [[String: Any]] { self.lock.withLock { self.bodies } }
        var authorizations: [String] { self.lock.withLock { self.keys } }
    }

    static func router(seen: Seen, status: HTTPResponse.Status, reply: String) -> @Sendable () -> Router<BasicRequestContext> {
        {
            let router = Router()
            router.post("/v1/chat/completions") { request, _ in
                let body = try await request.body.collect(upTo: 1 << 20)
                let json = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
                seen.record(json, key: request.headers[.authorization])
                guard status == .ok else { return LocalHTTPServer.raw(status, #"{"error":{"message":"overloaded"}}"#) }
                return try Self.completion(reply: reply)
            }
            return router
        }
    }

    /// A `chat.completion` answering the shipping question with `reply`, as the endpoint returns it.
    static func completion(reply: String) throws -> Response {
        let content = #"{"intent":"shipping","action":"answer","reply":"\#(reply)","escalate":false,"confidence":0.92}"#
        let completion: [String: Any] = [
            "id": "chatcmpl-1", "object": "chat.completion", "created": 1_795_000_000, "model": "llama3.2",
            "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": 300, "completion_tokens": 30, "total_tokens": 330],
        ]
        let data = try JSONSerialization.data(withJSONObject: completion)
        return LocalHTTPServer.raw(.ok, String(decoding: data, as: UTF8.self))
    }

    static func stores(base: String) throws -> [StoreConfiguration] {
        try ConfigurationLoader(environment: ["TEST_LLM_KEY": "sk-local"]).parse(
            """
            stores:
              - id: \(Commerce.store)
                name: Summit Outfitters
                currency: USD
                website: https://summit.example
                api_keys: ["\(Commerce.apiKey)"]
                policies: { shipping: { text: "Free shipping on orders over $75.", free_over: 7500 } }
                assistant:
                  backend: llm
                  llm: { base_url: "\(base)/v1", model: llama3.2, api_key_env: TEST_LLM_KEY, timeout: 5s }
            """
        ).stores
    }

    static var cart: [String: Any] { cartData("P1") }

    @Test func theModelWordsTheAnswerFromTheFacts() async throws {
        let seen = Seen()
        let reply = "Yes! Orders over $75 ship free, so your tent ships free."
        try await LocalHTTPServer.run(Self.router(seen: seen, status: .ok, reply: reply)) { base in
            try await withTestApp(stores: try Self.stores(base: base)) { app in
                let response = try await app.api(.post, "/assistant/preview", json: ["cart": Self.cart, "text": "is shipping free?"])
                #expect(response.status == .ok)
                let json = try Commerce.json(response)
                #expect(json["engine"] as? String == "llm")
                #expect(json["reply"] as? String == reply)
                #expect(json["intent"] as? String == "shipping")
                #expect(seen.authorizations == ["Bearer sk-local"])
                let request = try #require(seen.all.first)
                #expect(request["model"] as? String == "llama3.2")
                let messages = try #require(request["messages"] as? [[String: Any]])
                #expect((messages.first?["content"] as? String)?.contains("$75") == true)
                #expect(messages.last?["content"] as? String == "is shipping free?")
            }
        }
    }

    @Test func aFailingEndpointFallsBackToTheBuiltInEngine() async throws {
        let seen = Seen()
        try await LocalHTTPServer.run(Self.router(seen: seen, status: .serviceUnavailable, reply: "")) { base in
            try await withTestApp(stores: try Self.stores(base: base)) { app in
                let response = try await app.api(.post, "/assistant/preview", json: ["cart": Self.cart, "text": "is shipping free?"])
                #expect(response.status == .ok)
                let json = try Commerce.json(response)
                #expect(json["engine"] as? String == "builtin")
                #expect((json["fallback_reason"] as? String)?.contains("503") == true)
                #expect((json["reply"] as? String)?.contains("$75") == true)
                #expect(seen.all.count == 1)
            }
        }
    }

    @Test(arguments: [
        ("backend: gpt", "stores[summit].assistant.backend"),
        ("backend: llm", "stores[summit].assistant.llm"),
        ("backend: llm\n      llm: { model: m }", "stores[summit].assistant.llm.base_url"),
        ("backend: llm\n      llm: { base_url: \"http://127.0.0.1:1/v1\" }", "stores[summit].assistant.llm.model"),
        (
            "backend: llm\n      llm: { base_url: \"http://127.0.0.1:1/v1\", model: m, timeout: forever }",
            "stores[summit].assistant.llm.timeout"
        ),
    ])
    func aBadAssistantSectionNamesTheKey(_ section: String, _ key: String) {
        let yaml = "stores:\n  - id: summit\n    assistant:\n      \(section)\n"
        let error = #expect(throws: ConfigurationError.self) { try ConfigurationLoader(environment: [:]).parse(yaml) }
        guard case .invalidValue(_, let named, _)? = error else {
            Issue.record("expected invalidValue, got \(String(describing: error))")
            return
        }
        #expect(named == key)
    }

    /// Card data in any form the redactor knows never reaches the model: the endpoint's request bodies
    /// hold none of its digits (issue 16 item 7).
    @Test func theModelNeverReceivesCardDigits() async throws {
        let seen = Seen()
        try await LocalHTTPServer.run(Self.router(seen: seen, status: .ok, reply: "Orders over $75 ship free.")) { base in
            try await withTestApp(stores: try Self.stores(base: base)) { app in
                let texts = [
                    "is shipping free? visa4111111111111111", "is shipping free? ４１１１ １１１１ １１１１ １１１１",
                    "is shipping free? 4111.1111.1111.1111", "is shipping free? 4111/1111/1111/1111",
                    "is shipping free?\n4111\n1111\n1111\n1111", "is shipping free? my cvv's 987",
                    "is shipping free? código de seguridad 987", "is shipping free? cryptogramme 987",
                    "is shipping free? security code 9876", "is shipping free? cvc 987", "is shipping free?",
                ]
                for text in texts {
                    let response = try await app.api(.post, "/assistant/preview", json: ["cart": Self.cart, "text": text])
                    #expect(response.status == .ok)
                }
                #expect(!seen.all.isEmpty)  // the plain question did reach the model
                for body in seen.all {
                    let data = try JSONSerialization.data(withJSONObject: body)
                    let digits = String(String(decoding: data, as: UTF8.self).filter(\.isNumber))
                    #expect(!digits.contains("41111111"))
                    let messages = try #require(body["messages"] as? [[String: Any]])
                    let shopper = try #require(messages.last?["content"] as? String)
                    #expect(!shopper.contains { $0.isNumber }, "\(shopper)")
                }
            }
        }
    }
}
