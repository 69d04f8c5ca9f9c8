import Foundation
import ReclaimAssistant
import ReclaimCore
import Testing

/// ``LLMAssistant`` against a stub transport that answers like an OpenAI-compatible server.
@Suite struct LLMAssistantTests {
    /// Records every request and answers with a canned response or error.
    actor StubTransport: LLMTransport {
        enum Answer: Sendable {
            case completion(content: String, finishReason: String)
            case status(Int)
            case failure
        }

        struct Request: Sendable {
            var url: String
            var headers: [String: String]
            var body: Data
            var timeout: Duration
        }

        let answer: Answer
        private(set) var requests: [Request] = []

        init(_ answer: Answer) {
            self.answer = answer
        }

        func post(url: String, headers: [(String, String)], body: Data, timeout: Duration) async throws -> LLMHTTPResponse {
            self.requests.append(
                Request(
                    url: url, headers: Dictionary(headers, uniquingKeysWith: { $1 }), body: body, timeout: timeout))
            switch self.answer {
            case .completion(let content, let finishReason):
                let completion: JSONValue = .object([
                    "id": .string("chatcmpl-1"), "object": .string("chat.completion"), "model": .string("test-model"),
                    "choices": .array([
                        .object([
                            "index": .number(0),
                            "message": .object(["role": .string("assistant"), "content": .string(content)]),
                            "finish_reason": .string(finishReason),
                        ])
                    ]),
                ])
                return LLMHTTPResponse(status: 200, body: try JSONEncoder().encode(completion))
            case .status(let status):
                return LLMHTTPResponse(status: status, body: Data(#"{"error":{"message":"boom"}}"#.utf8))
            case .failure:
                throw URLError(.timedOut)
            }
        }
    }

    static func content(intent: String = "shipping", action: String = "answer", reply: String, escalate: Bool = false) -> String {
        #"{"intent":"\#(intent)","action":"\#(action)","reply":"\#(reply)","escalate":\#(escalate),"confidence":0.9}"#
    }

    static let settings = LLMSettings(baseURL: "http://127.0.0.1:9/v1/", model: "llama3.2", apiKey: "sk-test", timeout: .seconds(3))

    static func ask(_ text: String, answer: StubTransport.Answer) async -> (AssistantResponse, [StubTransport.Request]) {
        let transport = StubTransport(answer)
        let assistant = LLMAssistant(settings: Self.settings, transport: transport, fallback: TestStore.assistant)
        let response = await assistant.respond(to: text, context: TestStore.tentCart)
        return (response, await transport.requests)
    }

    @Test func usesTheModelsWordingWhenItsClaimsAreInTheFacts() async throws {
        let reply = "Good news: shipping on your tent is on us."
        let (response, requests) = await Self.ask(
            "is shipping free?", answer: .completion(content: Self.content(reply: reply), finishReason: "stop"))
        #expect(response.engine == AssistantResponse.llmEngine)
        #expect(response.reply == reply)
        #expect(response.action == .answer)
        #expect(response.fallbackReason == nil)
        let request = try #require(requests.first)
        #expect(request.url == "http://127.0.0.1:9/v1/chat/completions")
        #expect(request.headers["Authorization"] == "Bearer sk-test")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.timeout == .seconds(3))
        let body = try JSONDecoder().decode(JSONValue.self, from: request.body)
        guard case .object(let object) = body else {
            Issue.record("body is not an object")
            return
        }
        #expect(object["model"] == .string("llama3.2"))
        #expect(object["temperature"] == .number(0))
        #expect(object["max_tokens"] == .number(300))
        guard case .object(let format)? = object["response_format"], case .object(let schema)? = format["json_schema"] else {
            Issue.record("no json_schema response_format")
            return
        }
        #expect(format["type"] == .string("json_schema"))
        #expect(schema["strict"] == .bool(true))
    }

    @Test(arguments: [
        (
            "an invented price",
            StubTransport.Answer.completion(content: content(reply: "Shipping is just $3.99 today."), finishReason: "stop")
        ),
        ("a truncated answer", .completion(content: #"{"intent":"shipping","action":"ans"#, finishReason: "length")),
        ("malformed JSON", .completion(content: "Sure! Shipping is free.", finishReason: "stop")),
        (
            "a discount the engine did not decide",
            .completion(content: content(intent: "discount", action: "offer_discount", reply: "Here is 10% off."), finishReason: "stop")
        ),
        ("a server error", .status(500)),
        ("a timeout", .failure),
    ])
    func fallsBackToTheBuiltInEngine(_ why: String, _ answer: StubTransport.Answer) async {
        let builtIn = await TestStore.ask("is shipping free?")
        let (response, requests) = await Self.ask("is shipping free?", answer: answer)
        #expect(requests.count == 1, "\(why)")
        #expect(response.engine == AssistantResponse.builtInEngine, "\(why)")
        #expect(response.reply == builtIn.reply, "\(why)")
        #expect(response.fallbackReason != nil, "\(why)")
    }

    @Test(arguments: ["STOP", "stop texting me", "HELP", "I want a refund, this is ridiculous", "can I talk to a real person?"])
    func consequentialDecisionsNeverReachTheModel(_ text: String) async {
        let builtIn = await TestStore.ask(text)
        let (response, requests) = await Self.ask(
            text, answer: .completion(content: Self.content(reply: "All good!"), finishReason: "stop"))
        #expect(requests.isEmpty)
        #expect(response.action == builtIn.action)
        #expect(response.escalate == builtIn.escalate)
        #expect(response.engine == AssistantResponse.builtInEngine)
    }

    @Test func cardNumbersNeverReachTheModel() async throws {
        let text = "my card is 4111 1111 1111 1111 exp 12/29, is shipping free?"
        let (response, requests) = await Self.ask(text, answer: .completion(content: Self.content(reply: "Yes."), finishReason: "stop"))
        for request in requests {
            #expect(!String(decoding: request.body, as: UTF8.self).contains("4111"))
        }
        #expect(!response.redactedText.contains("4111"))
        #expect(response.escalate)
    }

    @Test func theModelMayAddAnEscalationButNotRemoveOne() async {
        let (response, _) = await Self.ask(
            "is shipping free?",
            answer: .completion(
                content: Self.content(
                    intent: "frustrated", action: "escalate", reply: "Sorry! A person will text you shortly.", escalate: true),
                finishReason: "stop"))
        #expect(response.engine == AssistantResponse.llmEngine)
        #expect(response.escalate)
        #expect(response.action == .escalate)
        #expect(response.intent == .frustrated)
    }
}

/// `policies` sections are each optional.
@Suite struct StorePoliciesDecodingTests {
    @Test func aStoreWithoutFAQKeepsItsShippingPolicy() throws {
        let json = #"{"shipping": {"text": "Free shipping over $75.", "free_over": 7500}}"#
        let policies = try JSONDecoder().decode(StorePolicies.self, from: Data(json.utf8))
        #expect(policies.shipping?.freeOver == 7500)
        #expect(policies.faq.isEmpty)
    }
}
