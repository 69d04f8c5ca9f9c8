import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct JourneyStoreTests {
        @Test(arguments: TestBackend.enabledCases)
        func createRoundTripsEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                var full = Fixture.journey(cartID: cart.id, contactID: contact.id)
                full.state = .ended
                full.nextStep = 3
                full.reason = "purchased"
                full.endedAt = Fixture.at(99)
                let plainCart = try await repos.carts.upsert(Fixture.cart())
                let plain = Journey(
                    id: Fixture.id("jrn"), storeID: "northwind", cartID: plainCart.id, flowName: "default",
                    startedAt: Fixture.t0, updatedAt: Fixture.t0)

                #expect(try await repos.journeys.create(full) == .inserted(full))
                #expect(try await repos.journeys.create(plain) == .inserted(plain))
                #expect(try await repos.journeys.get(id: full.id) == full)
                #expect(try await repos.journeys.find(cartID: plainCart.id) == plain)
                #expect(try await repos.journeys.find(cartID: plainCart.id)?.holdout == false)
                #expect(try await repos.journeys.list(contactID: contact.id) == [full])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aCartHasOneJourneyEvenUnderConcurrentCreates(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let outcomes = try await withThrowingTaskGroup(of: InsertOutcome<Journey>.self) { group in
                    for _ in 0..<8 { group.addTask { try await repos.journeys.create(Fixture.journey(cartID: cart.id)) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(outcomes.filter(\.wasInserted).count == 1)
                #expect(Set(outcomes.map(\.value.id)).count == 1)
                #expect(try await repos.journeys.create(Fixture.journey(cartID: cart.id)).wasInserted == false)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func updateSucceedsOnlyFromTheExpectedVersion(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let journey = try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value
                var advanced = journey
                advanced.nextStep = 1
                advanced.updatedAt = Fixture.at(10)
                #expect(try await repos.journeys.update(advanced, expected: journey) == advanced)
                // A second worker that read the old version loses.
                var paused = journey
                paused.state = .paused
                paused.reason = "escalated"
                paused.updatedAt = Fixture.at(11)
                #expect(try await repos.journeys.update(paused, expected: journey) == nil)
                #expect(try await repos.journeys.get(id: journey.id) == advanced)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func concurrentAdvancesFromOneVersionHaveOneWinner(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let journey = try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value
                let wins = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for index in 0..<8 {
                        group.addTask {
                            var next = journey
                            next.nextStep = 1
                            next.updatedAt = Fixture.at(Double(index + 1))
                            return try await repos.journeys.update(next, expected: journey) != nil
                        }
                    }
                    return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(wins == 1)
            }
        }
    }
}
