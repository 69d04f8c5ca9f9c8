import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimServer

/// A shopper's ordinary reply is answered by a durable `conversation.reply` job, not inside the
/// webhook: the webhook answers at once, and a database or LLM failure is retried until exactly one
/// answer goes out.
@Suite struct ConversationReplyJobTests {
    static let shopper = "+13125550101"

    /// A local OpenAI-compatible endpoint that answers 503 to its first `failures` calls.
    final class FlakyModel: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        let failures: Int
        static let reply = "Yes! Orders over $75 ship free, so your tent ships free."

        init(failures: Int) { self.failures = failures }

        var count: Int { self.lock.withLock { self.calls } }

        private func next() -> Int {
            self.lock.withLock {
                self.calls += 1
                return self.calls
            }
        }

        func makeRouter() -> Router<BasicRequestContext> {
            let router = Router()
            router.post("/v1/chat/completions") { _, _ in
                guard self.next() > self.failures else {
                    return LocalHTTPServer.raw(.serviceUnavailable, #"{"error":{"message":"overloaded"}}"#)
                }
                return try LLMBackendRouteTests.completion(reply: Self.reply)
            }
            return router
        }
    }

    /// The journey app with the first text sent, optionally with the LLM backend at `model`.
    func withReplyApp(
        model: String? = nil, _ body: @Sendable @escaping (TestApp, FakeTwilio) async throws -> Void
    ) async throws {
        let twilio = FakeTwilio()
        let clock = TestClock(JourneyEndToEndTests.afternoon)
        try await LocalHTTPServer.run(twilio.makeRouter) { base in
            var extra =
                JourneyEndToEndTests.flow + "\n    policies: { shipping: { text: \"Free shipping on orders over $75.\", free_over: 7500 } }"
            if let model {
                extra += "\n    assistant:\n      backend: llm\n      llm: { base_url: \"\(model)/v1\", model: llama3.2, timeout: 5s }"
            }
            let stores = try ChannelsFixture.stores(twilioBase: base, twilio: twilio, extra: extra)
            try await withTestApp(stores: stores, clock: clock) { app in
                try await JourneyEndToEndTests().grantConsent(app)
                _ = try await app.event("cart.updated", cartData("R1"))
                try await app.advanceAndRun(1.5)
                try await app.advanceAndRun(2.5)  // the first text went out
                try #require(await twilio.messages.count == 1)
                try await body(app, twilio)
            }
        }
    }

    func turns(_ app: TestApp) async throws -> [Turn] {
        let contact = try #require(try await app.dependencies.repositories.contacts.find(storeID: Commerce.store, phone: Self.shopper))
        guard let conversation = try await app.dependencies.repositories.conversations.find(storeID: Commerce.store, contactID: contact.id)
        else { return [] }
        return try await app.dependencies.repositories.conversations.turns(conversationID: conversation.id)
    }

    static func rename(_ table: String, to other: String, _ app: TestApp) async throws {
        try await app.dependencies.database.sql.raw("ALTER TABLE \(unsafeRaw: table) RENAME TO \(unsafeRaw: other)").run()
    }

    @Test func theWebhookAnswersAtOnceAndTheJobAnswersTheShopper() async throws {
        try await withReplyApp { app, twilio in
            let response = try await app.client.inbound(from: Self.shopper, "is shipping included?", sid: "SMq1", token: twilio.authToken)
            // The webhook returned before any answer was worked out.
            #expect(response.status == .ok)
            #expect(response.text.hasSuffix("<Response/>"))
            #expect(try await app.jobs(ConversationReplyJob.kind, state: .pending) == 1)
            #expect(try await self.turns(app).isEmpty)
            #expect(await twilio.messages.count == 1)
            let job = try #require(
                try await app.dependencies.database.sql.select().column("payload").from("jobs")
                    .where("kind", .equal, ConversationReplyJob.kind).first()?.decode(column: "payload", as: String.self))
            #expect(!job.contains("shipping"))  // the payload names the message, never the text
            try await app.advanceAndRun(1.1)  // the answer leaves at the sender's next slot
            let texts = await twilio.messages
            #expect(texts.count == 2)
            #expect(try await self.turns(app).map(\.author) == [.shopper, .assistant])
            #expect(try await app.jobs(ConversationReplyJob.kind, state: .done) == 1)
            let metrics = try await app.client.execute(uri: "/metrics", method: .get)
            #expect(String(buffer: metrics.body).contains(#"reclaim_jobs_run_total{kind="conversation.reply"}"#))
        }
    }

    @Test func aBusyDatabaseOnTheFirstTryStillGivesExactlyOneAnswer() async throws {
        try await withReplyApp { app, twilio in
            _ = try await app.client.inbound(from: Self.shopper, "is shipping included?", sid: "SMq2", token: twilio.authToken)
            // Given a database that fails the first try
            try await Self.rename("turns", to: "turns_away", app)
            try await app.advanceAndRun(0.5)
            #expect(await twilio.messages.count == 1)
            #expect(try await app.jobs(ConversationReplyJob.kind, state: .pending) == 1)  // waiting for its retry
            try await Self.rename("turns_away", to: "turns", app)
            // When the worker retries after its backoff (and again later)
            try await app.advanceAndRun(6)
            try await app.advanceAndRun(60)
            // Then the shopper has one answer and the conversation one turn each
            #expect(await twilio.messages.count == 2)
            #expect(try await self.turns(app).map(\.author) == [.shopper, .assistant])
            #expect(try await app.jobs(ConversationReplyJob.kind, state: .done) == 1)
        }
    }

    @Test func anLLMFailureOnTheFirstTryIsRetriedAndAnsweredOnce() async throws {
        let model = FlakyModel(failures: 1)
        try await LocalHTTPServer.run(model.makeRouter) { modelBase in
            try await withReplyApp(model: modelBase) { app, twilio in
                let response = try await app.client.inbound(from: Self.shopper, "is shipping free?", sid: "SMq3", token: twilio.authToken)
                #expect(response.status == .ok)
                try await app.advanceAndRun(0.5)  // the model answers 503: the job waits for its retry
                #expect(model.count == 1)
                #expect(await twilio.messages.count == 1)
                #expect(try await self.turns(app).isEmpty)
                try await app.advanceAndRun(6)
                try await app.advanceAndRun(60)
                let texts = await twilio.messages
                #expect(texts.count == 2)
                #expect(texts.last?.body == FlakyModel.reply)
                #expect(model.count == 2)
                #expect(try await self.turns(app).map(\.author) == [.shopper, .assistant])
            }
        }
    }
}

/// Through the dispatcher: the pause stops marketing but lets the question and the answer leave.
extension ConversationReplyJobTests {
    @Test func anAmbiguousStopLetsTheQuestionAndTheAnswerLeaveButNotMarketing() async throws {
        try await withReplyApp { app, twilio in
            _ = try await app.client.inbound(
                from: Self.shopper, "I want to cancel. is shipping included?", sid: "SMq4", token: twilio.authToken)
            let hash = AddressHash.of(Self.shopper, channel: .sms)
            let entry = try await app.dependencies.repositories.suppressions.find(storeID: Commerce.store, channel: .sms, addressHash: hash)
            #expect(entry?.reason == .optOutUnconfirmed)
            try await app.advanceAndRun(1.1)
            try await app.advanceAndRun(1.1)  // one text a second from the long code
            let texts = await twilio.messages.map(\.body)
            #expect(texts.count == 3)
            #expect(texts.contains(ComplianceTexts.optOutQuestion(brand: "Summit Outfitters")))
            // A marketing text queued now is stopped at dispatch.
            _ = try await app.dependencies.outboxService.enqueue(
                ChannelsFixture.sms(
                    id: "msg_promo", to: Self.shopper, body: "Summit Outfitters: 10% off. Reply STOP to opt out", now: app.clock.now()))
            try await app.advanceAndRun(1.1)
            #expect(try await app.message("msg_promo")?.status == .blocked)
            #expect(await twilio.messages.count == 3)
        }
    }
}
