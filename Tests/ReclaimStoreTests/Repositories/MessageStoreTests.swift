import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct MessageStoreTests {
        @Test(arguments: TestBackend.enabledCases)
        func insertRoundTripsEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                let journey = try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value
                var full = Fixture.outbound(
                    cartID: cart.id, journeyID: journey.id, contactID: contact.id, status: .delivered,
                    channel: .email)
                full.subject = "You left something"
                full.decision = SendDecisionRecord(
                    kind: .defer, until: Fixture.at(3600),
                    reasons: [Reason(code: "quiet_hours", message: "It is night in Florida.")])
                full.providerID = "SM123"
                full.errorCode = "30003"
                full.segments = 2
                full.cost = Money(minor: 158, currency: "USD")
                full.variant = "B"
                full.sentAt = Fixture.at(1)
                full.updatedAt = Fixture.at(2)
                let minimal = Message(
                    id: Fixture.id("msg"), storeID: "northwind", channel: .sms, direction: .inbound,
                    address: "+13055550123", body: "STOP", status: .received, createdAt: Fixture.t0,
                    updatedAt: Fixture.t0)

                #expect(try await repos.messages.insertOutbound(full) == .inserted(full))
                #expect(try await repos.messages.insertInbound(minimal) == .inserted(minimal))
                #expect(try await repos.messages.get(id: full.id) == full)
                #expect(try await repos.messages.get(id: minimal.id) == minimal)
                #expect(try await repos.messages.find(providerID: "SM123") == full)
                #expect(try await repos.messages.find(storeID: "northwind", idempotencyKey: full.idempotencyKey!) == full)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func concurrentSendsWithOneIdempotencyKeyInsertExactlyOnce(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let outcomes = try await withThrowingTaskGroup(of: InsertOutcome<Message>.self) { group in
                    for _ in 0..<16 {
                        group.addTask { try await repos.messages.insertOutbound(Fixture.outbound(key: "cart1:2:sms")) }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                let winners = outcomes.filter(\.wasInserted)
                #expect(winners.count == 1)
                #expect(Set(outcomes.map(\.value)) == Set(winners.map(\.value)))
                // Without the ON CONFLICT clause the unique index refuses the row outright.
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "messages")
                        .record(Fixture.outbound(key: "cart1:2:sms").sqlRecord()).run()
                }
                // Another store may use the same key.
                #expect(try await repos.messages.insertOutbound(Fixture.outbound(store: "other", key: "cart1:2:sms")).wasInserted)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func outboundNeedsAKeyAndInboundDeduplicatesByProviderID(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                await #expect(throws: RepositoryError.self) {
                    try await repos.messages.insertOutbound(Fixture.outbound(key: nil))
                }
                func inbound() -> Message {
                    Message(
                        id: Fixture.id("msg"), storeID: "northwind", channel: .sms, direction: .inbound,
                        address: "+13055550123", body: "when does it ship?", status: .received, providerID: "SMin1",
                        createdAt: Fixture.t0, updatedAt: Fixture.t0)
                }
                let first = inbound()
                #expect(try await repos.messages.insertInbound(first) == .inserted(first))
                #expect(try await repos.messages.insertInbound(inbound()) == .duplicate(first))
                #expect(try await repos.messages.find(providerID: "SMin1", direction: .inbound) == first)
                #expect(try await repos.messages.find(providerID: "SMin1") == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func deliveryUpdatesKeepWhatTheyDoNotCarryAndRespectTheExpectedStatus(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let message = try await repos.messages.insertOutbound(Fixture.outbound()).value
                let accepted = try await repos.messages.update(
                    id: message.id, MessageUpdate(status: .accepted, providerID: "SM9", segments: 1, sentAt: Fixture.at(1)),
                    at: Fixture.at(1), from: [.pending, .sending])
                #expect(accepted?.providerID == "SM9")
                #expect(accepted?.sentAt == Fixture.at(1))

                let delivered = try await repos.messages.update(
                    providerID: "SM9", MessageUpdate(status: .delivered, cost: Money(minor: 79, currency: "usd")),
                    at: Fixture.at(5), from: [.accepted, .sent])
                #expect(delivered?.status == .delivered)
                #expect(delivered?.providerID == "SM9")
                #expect(delivered?.segments == 1)
                #expect(delivered?.cost == Money(minor: 79, currency: "USD"))
                #expect(delivered?.updatedAt == Fixture.at(5))

                // A late "sent" callback must not move it back.
                let late = try await repos.messages.update(
                    providerID: "SM9", MessageUpdate(status: .sent), at: Fixture.at(6), from: [.accepted])
                #expect(late == nil)
                #expect(try await repos.messages.get(id: message.id)?.status == .delivered)
                #expect(try await repos.messages.update(id: "missing", MessageUpdate(status: .failed), at: Fixture.t0) == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func listsMessagesForCartJourneyAndContact(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                let journey = try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value
                let second = Fixture.outbound(cartID: cart.id, journeyID: journey.id, contactID: contact.id, at: Fixture.at(2))
                let first = Fixture.outbound(cartID: cart.id, contactID: contact.id, at: Fixture.at(1))
                let third = Fixture.outbound(contactID: contact.id, at: Fixture.at(3))
                for message in [second, first, third] { _ = try await repos.messages.insertOutbound(message) }
                #expect(try await repos.messages.list(cartID: cart.id) == [first, second])
                #expect(try await repos.messages.list(journeyID: journey.id) == [second])
                #expect(try await repos.messages.list(contactID: contact.id) == [first, second, third])
                #expect(try await repos.messages.list(contactID: contact.id, limit: 2) == [second, third])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func capCountsOutboundSMSToAnAddressSinceAnInstant(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let address = "+13055550123"
                let counted: [Message] = [
                    Fixture.outbound(address: address, status: .delivered, at: Fixture.at(0)),
                    Fixture.outbound(address: address, status: .pending, at: Fixture.at(10)),
                    Fixture.outbound(store: "other", address: address, status: .sent, at: Fixture.at(20)),
                ]
                let ignored: [Message] = [
                    Fixture.outbound(address: address, status: .delivered, at: Fixture.at(-1)),  // before the window
                    Fixture.outbound(address: address, status: .blocked, at: Fixture.at(5)),
                    Fixture.outbound(address: address, status: .failed, at: Fixture.at(5)),
                    Fixture.outbound(address: address, status: .delivered, channel: .email, at: Fixture.at(5)),
                    Fixture.outbound(address: "+14165550100", status: .delivered, at: Fixture.at(5)),
                ]
                for message in counted + ignored { _ = try await repos.messages.insertOutbound(message) }
                _ = try await repos.messages.insertInbound(
                    Message(
                        id: Fixture.id("msg"), storeID: "northwind", channel: .sms, direction: .inbound, address: address,
                        body: "hi", status: .received, createdAt: Fixture.at(5), updatedAt: Fixture.at(5)))

                #expect(try await repos.messages.countOutbound(address: address, since: Fixture.t0) == 3)
                #expect(try await repos.messages.countOutbound(address: address, since: Fixture.t0, storeID: "northwind") == 2)
                #expect(try await repos.messages.countOutbound(address: address, since: Fixture.at(11)) == 1)
                #expect(
                    try await repos.messages.countOutbound(
                        address: address, since: Fixture.t0, statuses: [.blocked, .failed]) == 2)
                #expect(try await repos.messages.countOutbound(channel: .email, address: address, since: Fixture.t0) == 1)
            }
        }
    }
}
