import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimServer

/// Due flow steps and dispatches claimed together run through ``StepBatchRunner`` and
/// ``MessageDispatcher/handle(batch:_:)``. The same shoppers, run once with the batch handlers and once one
/// job at a time, must end in the same place: the same texts and emails with the same statuses and gate
/// reasons, the same journey states and outcomes, the same step jobs left.
@Suite struct StepBatchTests {
    /// Wednesday 2026-11-18, 19:30 in Chicago and 20:30 in Miami: a Florida number is inside its quiet
    /// hours (8:00–20:00 local), an Illinois one is not.
    static let evening = ISO8601DateFormatter().date(from: "2026-11-19T01:30:00Z")!

    static let flow = """
            abandonment: { idle: 1s }
            flows:
              - name: short
                default: true
                steps:
                  - { delay: 2s, channel: sms }
                  - { delay: 4s, channel: email }
        """

    /// A shopper of the scenario: a cart, a phone and whether the phone consented.
    struct Shopper {
        var cart: String
        var phone: String
        var email: String
        var consent: Bool
    }

    static let shoppers = [
        Shopper(cart: "A1", phone: "+13125550101", email: "a@shopper.example", consent: true),  // texted, then emailed
        Shopper(cart: "B1", phone: "+13125550102", email: "b@shopper.example", consent: false),  // no consent: blocked
        Shopper(cart: "C1", phone: "+13125550103", email: "c@shopper.example", consent: true),  // revoked before the step
        Shopper(cart: "D1", phone: "+13055550104", email: "d@shopper.example", consent: true),  // Florida: deferred
        Shopper(cart: "E1", phone: "+13125550105", email: "e@shopper.example", consent: true),  // buys before the step
        Shopper(cart: "F1", phone: "+13125550106", email: "f@shopper.example", consent: true),
        Shopper(cart: "F2", phone: "+13125550106", email: "f@shopper.example", consent: true),  // F's second cart
    ]

    /// What a run leaves, per cart, with random tokens and ids left out.
    struct Outcome: Equatable, CustomStringConvertible {
        var journeys: [String: String] = [:]
        var messages: [String: [String]] = [:]
        var stepJobs: [String: [String]] = [:]
        var texts: [String] = []
        var description: String { "journeys \(self.journeys)\nmessages \(self.messages)\nstep jobs \(self.stepJobs)\ntexts \(self.texts)" }
    }

    /// Runs the scenario; `batched` false runs every job alone. Returns what it left and the sizes of the
    /// batches the batch handlers were given.
    func run(batched: Bool) async throws -> (Outcome, [String]) {
        let twilio = FakeTwilio()
        let clock = TestClock(Self.evening)
        let batches = Recorder()
        let outcome = OutcomeBox()
        try await LocalHTTPServer.run(twilio.makeRouter) { base in
            let stores = try ChannelsFixture.stores(twilioBase: base, twilio: twilio, extra: Self.flow)
            try await withTestApp(stores: stores, clock: clock) { app in
                let worker = Self.worker(app, batched: batched, batches: batches)
                func advanceAndRun(_ seconds: TimeInterval) async throws {
                    clock.advance(by: seconds)
                    for _ in 0..<20 where try await worker.runOnce() > 0 {}
                }
                for shopper in Self.shoppers where shopper.consent {
                    _ = try await app.event(
                        "consent.granted",
                        [
                            "channel": "sms", "phone": shopper.phone, "source": "checkout_checkbox", "ip": "203.0.113.7",
                            "disclosure_text":
                                "Text me cart reminders from Summit Outfitters. Consent is not a condition of purchase. Reply STOP to opt out.",
                        ])
                }
                for shopper in Self.shoppers {
                    #expect(
                        try await app.event("cart.updated", cartData(shopper.cart, phone: shopper.phone, email: shopper.email)).status
                            == .ok)
                }
                try await advanceAndRun(1.5)  // abandoned: the journeys start
                #expect(try await app.event("consent.revoked", ["channel": "sms", "phone": "+13125550103"]).status == .ok)
                #expect(
                    try await app.event(
                        "order.placed",
                        [
                            "order_id": "O-E1", "cart_id": "E1", "total": 29_900, "currency": "USD",
                            "contact": ["phone": "+13125550105", "email": "e@shopper.example"],
                        ]
                    ).status == .ok)
                try await advanceAndRun(0.1)  // the order reaches E1's journey
                try await advanceAndRun(2.5)  // every first step is due at once
                try await advanceAndRun(5)  // and every second one
                outcome.value = try await Self.outcome(app, twilio: twilio)
            }
        }
        return (outcome.value, batches.all)
    }

    static func worker(_ app: TestApp, batched: Bool, batches: Recorder) -> JobWorkerService {
        var registry = buildJobRegistry(app.dependencies).singleJobOnly()
        if batched {
            let full = buildJobRegistry(app.dependencies)
            for kind in [JourneyJobs.stepKind, MessageDispatcher.jobKind] {
                guard let handler = full.batchHandler(for: kind) else { continue }
                registry.registerBatch(kind) { jobs, run in
                    batches.record("\(kind) \(jobs.count)")
                    return await handler(jobs, run)
                }
            }
        }
        var logger = Logger(label: "worker")
        logger.logLevel = .critical
        return JobWorkerService(
            queue: app.dependencies.queue, registry: registry, clock: app.clock,
            settings: .init(batchSize: 50, concurrency: 4, lease: 60, pollInterval: 0.01), logger: logger)
    }

    static func outcome(_ app: TestApp, twilio: FakeTwilio) async throws -> Outcome {
        let repositories = app.dependencies.repositories
        var outcome = Outcome()
        for shopper in Self.shoppers {
            let cart = try #require(try await repositories.carts.find(storeID: Commerce.store, source: .events, externalID: shopper.cart))
            if let journey = try await repositories.journeys.find(cartID: cart.id) {
                let outcomes = journey.progress?.outcomes.map { "\($0)" }.joined(separator: "; ") ?? "-"
                outcome.journeys[shopper.cart] = "\(journey.state) next \(journey.nextStep) \(journey.reason ?? "-") [\(outcomes)]"
                let jobs = try await app.dependencies.database.sql.raw(
                    "SELECT state, run_at, unique_key FROM jobs WHERE kind = 'flow.step' AND payload LIKE \(bind: "%\(journey.id)%")"
                ).all()
                outcome.stepJobs[shopper.cart] = try jobs.map { row in
                    let key = try row.decode(column: "unique_key", as: String?.self) ?? "-"
                    return "\(try row.decode(column: "state", as: String.self)) \(try row.decode(column: "run_at", as: Int.self)) "
                        + key.replacingOccurrences(of: journey.id, with: "J")
                }.sorted()
            }
            outcome.messages[shopper.cart] = try await repositories.messages.list(cartID: cart.id).map { message in
                let reasons = message.decision?.reasons.map(\.code).joined(separator: ",") ?? "-"
                return
                    "\(message.direction) \(message.channel) step \(message.step.map(String.init) ?? "-") \(message.status) [\(reasons)] "
                    + Self.withoutTokens(message.body)
            }.sorted()
        }
        outcome.texts = await twilio.messages.map { "\($0.to) \(Self.withoutTokens($0.body))" }.sorted()
        return outcome
    }

    /// The body with its tracked-link and unsubscribe tokens replaced, which are random per run.
    static func withoutTokens(_ body: String) -> String {
        body.replacingOccurrences(of: #"/(r|u)/[A-Za-z0-9_-]+"#, with: "/$1/TOKEN", options: .regularExpression)
    }

    @Test func aBatchEndsWhereOneJobAtATimeEnds() async throws {
        let (alone, aloneBatches) = try await self.run(batched: false)
        let (together, batches) = try await self.run(batched: true)
        #expect(aloneBatches.isEmpty)
        // The batch handlers really ran, with several jobs each.
        #expect(batches.contains { $0.hasPrefix("flow.step ") && Int($0.split(separator: " ")[1])! >= 4 })
        #expect(batches.contains { $0.hasPrefix("message.dispatch ") && Int($0.split(separator: " ")[1])! >= 2 })
        #expect(together == alone, "batched:\n\(together)\n\none at a time:\n\(alone)")

        // And that place is the right one.
        #expect(together.texts.count == 2)
        #expect(together.texts.contains { $0.hasPrefix("+13125550101 ") && $0.contains("Summit Outfitters") })
        #expect(together.messages["A1"]?.contains { $0.contains("sms step 0 accepted") } == true)
        #expect(together.messages["A1"]?.contains { $0.contains("email step 1 accepted") } == true)
        #expect(together.messages["B1"]?.contains { $0.contains("sms step 0 blocked") } == true)
        #expect(together.messages["C1"]?.contains { $0.contains("sms step 0 blocked") } == true)
        #expect(together.messages["D1"]?.contains { $0.contains("sms") } == false)
        #expect(together.journeys["D1"]?.contains("deferred") == true)
        #expect(together.stepJobs["D1"]?.contains { $0.hasPrefix("pending ") } == true)
        #expect(together.messages["E1"]?.isEmpty == true)
        #expect(together.journeys["E1"]?.hasPrefix("ended") == true)
        #expect(together.stepJobs["E1"]?.allSatisfy { $0.hasPrefix("cancelled ") } == true)  // the order cancelled its steps
        // F's two carts: one text to the shared number at most.
        #expect(together.texts.filter { $0.hasPrefix("+13125550106 ") }.count <= 1)
    }

    @Test func aBatchOfDispatchesKeepsThePaceTheSuppressionListAndEachOutcome() async throws {
        try await withTestApp(twilioFaults: [.apiError(status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient")]) {
            app, twilio in
            let now = app.clock.now()
            let numbers = ["+13125550111", "+13125550112", "+13125550113", "+13125550114"]
            for (index, number) in numbers.enumerated() {
                _ = try await app.dependencies.outboxService.enqueue(
                    ChannelsFixture.sms(id: "msg_batch\(index)", to: number, body: "Summit Outfitters: hi. Reply STOP to opt out", now: now)
                )
            }
            _ = try await app.dependencies.repositories.suppressions.add(
                .of(numbers[3], channel: .sms, store: Commerce.store, reason: .optedOut, detail: "STOP", at: now))
            let batches = Recorder()
            let worker = Self.worker(app, batched: true, batches: batches)
            for _ in 0..<8 {
                for _ in 0..<5 where try await worker.runOnce() > 0 {}
                app.clock.advance(by: 1)
            }
            #expect(batches.all.first == "message.dispatch 4")
            var messages: [Message] = []
            for index in numbers.indices { messages.append(try #require(try await app.message("msg_batch\(index)"))) }
            // The suppressed number is never posted; the provider's first answer (21610) fails its text and
            // suppresses the number; the other two are accepted, one long-code second apart.
            #expect(messages[3].status == .blocked)
            #expect(messages[3].decision?.reasons.map(\.code) == ["suppressed"])
            #expect(await twilio.posts.count == 3)
            #expect(await !twilio.posts.map { $0.form["To"] }.contains(numbers[3]))
            let failed = messages.filter { $0.status == .failed }
            #expect(failed.count == 1)
            #expect(failed.first?.errorCode == "21610")
            let hash = AddressHash.of(failed.first?.address ?? "", channel: .sms)
            #expect(
                try await app.dependencies.repositories.suppressions.isSuppressed(storeID: Commerce.store, channel: .sms, addressHash: hash)
            )
            let accepted = messages.filter { $0.status == .accepted }
            #expect(accepted.count == 2)
            #expect(accepted.allSatisfy { $0.providerID != nil && $0.segments == 1 && $0.cost != nil })
            let sent = accepted.compactMap(\.sentAt).sorted()
            #expect(sent.count == 2 && sent[1].timeIntervalSince(sent[0]) >= 0.95)
        }
    }
}

/// Carries a value out of a `@Sendable` closure.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = StepBatchTests.Outcome()
    var value: StepBatchTests.Outcome {
        get { self.lock.withLock { self.stored } }
        set { self.lock.withLock { self.stored = newValue } }
    }
}
