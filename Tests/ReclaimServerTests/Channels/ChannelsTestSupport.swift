import Foundation
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport

@testable import ReclaimServer

/// The commerce store with channels: Twilio at a local fake, email through the outbox sender.
enum ChannelsFixture {
    static let from = "+15005550006"

    static func stores(twilioBase: String, twilio: FakeTwilio, extra: String = "") throws -> [StoreConfiguration] {
        try self.stores(
            sms: """
                      provider: twilio
                      price_per_segment: { US: 0.0079 }
                      twilio: { account_sid: "\(twilio.accountSID)", auth_token: "\(twilio.authToken)", from: "\(from)", api_base_url: "\(twilioBase)" }
                """,
            extra: extra)
    }

    /// The store with `sms` (its indented `sms:` entries) and the outbox email sender.
    static func stores(sms: String, extra: String = "") throws -> [StoreConfiguration] {
        try ConfigurationLoader(environment: [:]).parse(
            """
            stores:
              - id: \(Commerce.store)
                name: Summit Outfitters
                currency: USD
                default_region: US
                website: https://summit.example
                api_keys: ["\(Commerce.apiKey)"]
                postal_address: "1 Ridge Road, Boulder, CO 80302, USA"
                support: { email: "help@summit.example" }
                sms:
            \(sms)
                email:
                  provider: outbox
                  from: "Summit Outfitters <hello@summit.example>"
                  webhook_secret: relay-secret
            \(extra)
            """
        ).stores
    }

    /// An outbound text for `cart`'s step, not yet stored.
    static func sms(id: String = "msg_\(UUID().uuidString)", to: String = "+13125550101", body: String, step: Int = 0, now: Date) -> Message
    {
        Message(
            id: id, storeID: Commerce.store, channel: .sms, direction: .outbound, step: step, address: to, body: body,
            status: .pending, idempotencyKey: "test:\(id)", createdAt: now, updatedAt: now)
    }
}

extension TestApp {
    /// The stored message.
    func message(_ id: String) async throws -> Message? {
        try await self.dependencies.repositories.messages.get(id: id)
    }

    /// Queues texts `{prefix}0…` to `{numbers}0…` through the outbox, as flow steps do, and runs the due jobs.
    func queueTextsAndRun(prefix: String, numbers: String, count: Int) async throws {
        for index in 0..<count {
            _ = try await self.dependencies.outboxService.enqueue(
                ChannelsFixture.sms(id: "\(prefix)\(index)", to: "\(numbers)\(index)", body: "hi \(index)", now: self.clock.now()))
        }
        try await self.runJobs()
    }

    /// Advances the clock by `seconds` and runs what became due.
    func advanceAndRun(_ seconds: TimeInterval) async throws {
        self.clock.advance(by: seconds)
        try await self.runJobs()
    }
}

/// ``withTestApp(stores:clock:runsWorker:backend:configure:_:)`` with a fake Twilio on a local server: the commerce
/// store's SMS goes to it (``ChannelsFixture/stores(twilioBase:twilio:extra:)``, with `extra` YAML such as flows).
/// The fake is scripted with `faults` and stamps its dates with the test clock unless `twilioOnSystemClock`.
func withTestApp(
    twilioFaults faults: [FakeTwilio.Fault], twilioOnSystemClock: Bool = false, clock: TestClock = TestClock(), extra: String = "",
    _ body: @Sendable @escaping (TestApp, FakeTwilio) async throws -> Void
) async throws {
    let twilio = twilioOnSystemClock ? FakeTwilio(faults: faults) : FakeTwilio(faults: faults, now: { clock.now() })
    try await LocalHTTPServer.run(twilio.makeRouter) { base in
        let stores = try ChannelsFixture.stores(twilioBase: base, twilio: twilio, extra: extra)
        try await withTestApp(stores: stores, clock: clock) { app in try await body(app, twilio) }
    }
}
