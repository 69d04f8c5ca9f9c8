import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore
import SQLKit

/// Options of `reclaim demo`.
public struct DemoOptions: Sendable {
    /// How many carts to simulate.
    public var carts: Int
    /// The seed: the same seed prints the same numbers.
    public var seed: UInt64
    /// Virtual seconds per real second to pace the run at (0: as fast as possible).
    public var speed: Double
    /// Shopper behaviour.
    public var rates: DemoRates

    /// Creates options.
    public init(carts: Int = 200, seed: UInt64 = 42, speed: Double = 0, rates: DemoRates = DemoRates()) {
        self.carts = carts
        self.seed = seed
        self.speed = speed
        self.rates = rates
    }
}

/// A discrete-event run of the whole product on a virtual clock: simulated shoppers leave carts,
/// and the real ingestion, scheduler, compliance gate, templates, outbox, assistant and attribution
/// handle them — the same code as `reclaim serve`, with the outbox providers and no network.
public final class DemoSimulation: @unchecked Sendable {
    /// Tuesday 2026-11-10, 08:00 in New York: carts arrive over the next day, some at night.
    static let start = ISO8601DateFormatter().date(from: "2026-11-10T13:00:00Z")!

    enum Action {
        case createCart(Int)
        case order(Int)
        case click(messageID: String)
        case inbound(Int, text: String)
    }

    struct Event {
        var time: Date
        var sequence: Int
        var action: Action
    }

    let options: DemoOptions
    let dependencies: AppDependencies
    let clock: DemoClock
    let store: StoreConfiguration
    let worker: JobWorkerService
    let shoppers: [DemoShopper]
    private var events = DemoEventQueue<Event> { ($0.time, $0.sequence) < ($1.time, $1.sequence) }
    private var sequence = 0
    private var cartIndex: [String: Int] = [:]
    private var cartIDs: [Int: String] = [:]
    private var ordered: Set<Int> = []
    private var sentWatermark = 0
    private var eventCounter = 0

    /// Prepares a run over an open, migrated database configured by ``DemoStore``.
    public init(options: DemoOptions, configuration: ReclaimConfiguration, database: ReclaimDatabase, logger: Logger) throws {
        self.options = options
        self.clock = DemoClock(Self.start)
        self.dependencies = AppDependencies(
            configuration: configuration, database: database, clock: self.clock, logger: logger,
            channels: try ChannelDirectory(configuration: configuration, clock: self.clock))
        guard let store = configuration.stores.first else { throw DemoError("the demo configuration has no store") }
        self.store = store
        self.worker = JobWorkerService(
            queue: self.dependencies.queue, registry: buildJobRegistry(self.dependencies), clock: self.clock,
            settings: .init(batchSize: 200, concurrency: 1, lease: 600, pollInterval: 0.01), logger: logger)
        self.shoppers = (0..<options.carts).map {
            DemoShopper.make(index: $0, seed: options.seed, start: Self.start, spread: 24 * 3600, count: options.carts)
        }
    }

    /// Runs to the end of the last journey.
    /// - Parameter progress: Called now and then with a one-line status.
    /// - Returns: The virtual instant the run ended at.
    @discardableResult
    public func run(progress: (String) -> Void) async throws -> Date {
        try await self.ingest("catalog.upserted", DemoStore.catalogData())
        for shopper in self.shoppers { self.schedule(.createCart(shopper.index), at: shopper.createdAt) }
        let end = Self.start.addingTimeInterval(24 * 3600 + 8 * 24 * 3600)
        var rounds = 0
        let began = ContinuousClock.now
        while true {
            let nextJob = try await self.nextJobDue()
            let nextEvent = self.events.first?.time
            guard let next = [nextJob, nextEvent].compactMap({ $0 }).min(), next <= end else { break }
            if self.options.speed > 0 {
                let wait = next.timeIntervalSince(self.clock.now()) / self.options.speed
                if wait > 0.001 { try await Task.sleep(for: .milliseconds(Int(min(wait, 2) * 1000))) }
            }
            self.clock.advance(to: next)
            while let event = self.events.first, event.time <= self.clock.now() {
                _ = self.events.pop()
                try await self.perform(event.action)
            }
            while try await self.worker.runOnce() > 0 {}
            try await self.reactToSentMessages()
            rounds += 1
            if rounds % 50 == 0 {
                let elapsed = ContinuousClock.now - began
                progress(
                    "virtual \(Self.stamp(self.clock.now()))  carts \(self.cartIndex.count)/\(self.options.carts)  orders \(self.ordered.count)  real \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))"
                )
            }
        }
        return self.clock.now()
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "America/New_York")
        formatter.dateFormat = "EEE MMM d HH:mm"
        return formatter.string(from: date) + " ET"
    }

    // MARK: Events

    func schedule(_ action: Action, at time: Date) {
        self.sequence += 1
        let event = Event(time: time, sequence: self.sequence, action: action)
        self.events.push(event)
    }

    func perform(_ action: Action) async throws {
        let now = self.clock.now()
        switch action {
        case .createCart(let index):
            let shopper = self.shoppers[index]
            if shopper.smsConsent, let phone = shopper.phone {
                try await self.ingest(
                    "consent.granted",
                    [
                        "channel": "sms", "phone": phone, "source": "checkout_checkbox",
                        "disclosure_text":
                            "Yes, text me cart reminders and offers from Northwind Coffee at this number. Consent is not a condition of purchase. Msg & data rates may apply. Reply STOP to opt out.",
                        "ip": "198.51.100.\(index % 250)", "user_agent": "Mozilla/5.0", "page_url": "https://northwind.example/checkout",
                        "double_opt_in_confirmed_at": ISO8601DateFormatter().string(from: now),
                    ])
            }
            try await self.ingest("cart.updated", shopper.cartData)
            if let cart = try await self.dependencies.repositories.carts.find(
                storeID: self.store.id, source: .events, externalID: shopper.cartKey)
            {
                self.cartIndex[cart.id] = index
                self.cartIDs[index] = cart.id
            }
            var random = DemoRandom(seed: self.options.seed, shopper.cartKey, "cart")
            if random.chance(self.options.rates.buyBeforeFirstMessage) {
                self.schedule(.order(index), at: now.addingTimeInterval(Double.random(in: 300...1500, using: &random)))
            } else if random.chance(self.options.rates.baselinePurchase) {
                self.schedule(.order(index), at: now.addingTimeInterval(Double.random(in: 7200...(72 * 3600), using: &random)))
            }
        case .order(let index):
            guard self.ordered.insert(index).inserted else { return }
            let shopper = self.shoppers[index]
            var total = shopper.subtotal
            var codes: [String] = []
            if let cartID = self.cartIDs[index],
                let discount = try await self.dependencies.repositories.discounts.active(cartID: cartID, at: now)
            {
                codes = [discount.code]
                if discount.type == .percent { total -= total * discount.value / 100 }
            }
            var data = shopper.cartData
            data["order_id"] = "demo-order-\(index)"
            data["total"] = total
            data["discount_codes"] = codes
            try await self.ingest("order.placed", data)
        case .click(let messageID):
            guard let link = try await self.dependencies.repositories.links.links(messageID: messageID).first else { return }
            _ = try await self.dependencies.trackedLinkService.follow(token: link.token, ip: nil, userAgent: "Mozilla/5.0 (iPhone)")
        case .inbound(let index, let text):
            guard let phone = self.shoppers[index].phone else { return }
            self.eventCounter += 1
            let inbound = InboundMessageService.InboundText(providerID: "SMdemo\(index)x\(self.eventCounter)", from: phone, body: text)
            // Keywords act at once; the assistant's answer is a `conversation.reply` job the worker runs.
            _ = try await self.dependencies.inboundMessageService.receive(inbound, store: self.store)
        }
    }

    /// How shoppers answer each message that went out: opt-outs, questions, requests for a person,
    /// clicks and purchases, decided per cart and step from the seed.
    func reactToSentMessages() async throws {
        let rows = try await self.dependencies.database.sql.raw(
            """
            SELECT id, cart_id, channel, step, sent_at FROM messages
            WHERE direction = 'outbound' AND journey_id IS NOT NULL AND sent_at IS NOT NULL AND sent_at > \(bind: self.sentWatermark)
            ORDER BY sent_at, id
            """
        ).all()
        let rates = self.options.rates
        for row in rows {
            let sentAt = try row.decode(column: "sent_at", as: Int.self)
            self.sentWatermark = max(self.sentWatermark, sentAt)
            guard let cartID = try row.decode(column: "cart_id", as: String?.self), let index = self.cartIndex[cartID] else { continue }
            let messageID = try row.decode(column: "id", as: String.self)
            let channel = try row.decode(column: "channel", as: String.self)
            let step = try row.decode(column: "step", as: Int?.self) ?? 0
            let sent = Date(timeIntervalSince1970: Double(sentAt) / 1000)
            var random = DemoRandom(seed: self.options.seed, self.shoppers[index].cartKey, "step", String(step))
            let firstText = channel == "sms" && step == 0
            if channel == "sms" {
                if random.chance(rates.optOut) {
                    self.schedule(.inbound(index, text: "STOP"), at: sent.addingTimeInterval(Double.random(in: 60...3600, using: &random)))
                    continue
                }
                if firstText, random.chance(rates.askForPerson) {
                    self.schedule(.inbound(index, text: "can I talk to a real person?"), at: sent.addingTimeInterval(600))
                } else if firstText, random.chance(rates.replyWithQuestion) {
                    let questions = [
                        "is shipping free?", "does the kettle come in copper?", "what grind should I get for espresso?",
                        "I want to wait until payday", "do you have decaf?",
                    ]
                    let question = questions[Int.random(in: 0..<questions.count, using: &random)]
                    self.schedule(
                        .inbound(index, text: question), at: sent.addingTimeInterval(Double.random(in: 120...1800, using: &random)))
                }
            }
            if random.chance(firstText ? rates.firstTextCTR : rates.laterCTR) {
                let click = sent.addingTimeInterval(Double.random(in: 120...(3 * 3600), using: &random))
                self.schedule(.click(messageID: messageID), at: click)
                if random.chance(rates.purchaseAfterClick) {
                    self.schedule(.order(index), at: click.addingTimeInterval(Double.random(in: 300...5400, using: &random)))
                }
            }
        }
    }

    // MARK: Plumbing

    func ingest(_ type: String, _ data: [String: Any]) async throws {
        self.eventCounter += 1
        let body = try JSONSerialization.data(withJSONObject: ["type": type, "id": "evt_demo_\(self.eventCounter)", "data": data])
        let event = try GenericEventParser.parseEvent(body: body)
        let service = self.dependencies.ingestionService
        let now = self.clock.now()
        _ = try await self.dependencies.database.transaction { db in
            try await service.apply(event.event, source: .events, store: self.store, in: db, now: now, logger: self.dependencies.logger)
        }
    }

    func nextJobDue() async throws -> Date? {
        try await self.dependencies.queue.nextPendingRunAt()
    }
}

/// A demo set-up problem.
struct DemoError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
