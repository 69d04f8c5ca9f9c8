import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct ContactStoreTests {
        @Test(arguments: TestBackend.enabledCases)
        func upsertRoundTripsEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let full = Fixture.contact()
                let minimal = Contact(
                    id: Fixture.id("con"), storeID: "northwind", phone: "+14165550100",
                    createdAt: Fixture.t0, updatedAt: Fixture.t0)

                #expect(try await repos.contacts.upsert(full) == full)
                #expect(try await repos.contacts.upsert(minimal) == minimal)
                #expect(try await repos.contacts.find(id: full.id) == full)
                #expect(try await repos.contacts.find(id: minimal.id) == minimal)
                #expect(try await repos.contacts.find(storeID: "northwind", phone: "+13055550123") == full)
                #expect(try await repos.contacts.find(storeID: "northwind", email: "ANA@example.com") == full)
                #expect(try await repos.contacts.find(storeID: "other", phone: "+13055550123") == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func upsertMergesIntoTheContactWithTheSamePhone(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                // Given
                let first = try await repos.contacts.upsert(
                    Contact(
                        id: "c1", storeID: "northwind", phone: "+13055550123", firstName: "Ana",
                        createdAt: Fixture.t0, updatedAt: Fixture.t0))
                // When
                let merged = try await repos.contacts.upsert(
                    Contact(
                        id: "c2", storeID: "northwind", phone: "+13055550123", email: "Ana@Example.com",
                        lastName: "Silva", createdAt: Fixture.at(60), updatedAt: Fixture.at(60)))
                // Then
                #expect(merged.id == first.id)
                #expect(merged.firstName == "Ana")
                #expect(merged.lastName == "Silva")
                #expect(merged.email == "ana@example.com")
                #expect(merged.createdAt == Fixture.t0)
                #expect(merged.updatedAt == Fixture.at(60))
                #expect(try await repos.contacts.find(id: "c2") == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func upsertMatchesByEmailIgnoringCase(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let first = try await repos.contacts.upsert(Fixture.contact(phone: nil, email: "Ana@Example.com"))
                let second = try await repos.contacts.upsert(
                    Contact(
                        id: Fixture.id("con"), storeID: "northwind", phone: "+13055550123", email: "ana@example.COM",
                        createdAt: Fixture.at(1), updatedAt: Fixture.at(1)))
                #expect(second.id == first.id)
                #expect(second.phone == "+13055550123")
                #expect(second.firstName == "Ana")
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func phoneMatchWinsAndAnEmailHeldByAnotherContactStaysThere(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let byPhone = try await repos.contacts.upsert(Fixture.contact(phone: "+13055550123", email: nil))
                let byEmail = try await repos.contacts.upsert(Fixture.contact(phone: nil, email: "shared@example.com"))
                let merged = try await repos.contacts.upsert(
                    Contact(
                        id: Fixture.id("con"), storeID: "northwind", phone: "+13055550123",
                        email: "shared@example.com", firstName: "Bea", createdAt: Fixture.at(5), updatedAt: Fixture.at(5)))
                #expect(merged.id == byPhone.id)
                #expect(merged.email == nil)
                #expect(merged.firstName == "Bea")
                #expect(try await repos.contacts.find(storeID: "northwind", email: "shared@example.com")?.id == byEmail.id)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func upsertWithoutChangesKeepsUpdatedAt(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let stored = try await repos.contacts.upsert(Fixture.contact())
                var again = Fixture.contact(at: Fixture.at(300))
                again.firstName = nil
                #expect(try await repos.contacts.upsert(again) == stored)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aContactNeedsAPhoneOrAnEmail(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                await #expect(throws: RepositoryError.self) {
                    try await repos.contacts.upsert(Fixture.contact(phone: nil, email: nil))
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func uniqueIndexesRefuseASecondContactWithTheSamePhoneOrEmail(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let db = repos.database
                try await db.insert(into: "contacts").record(Fixture.contact(phone: "+1", email: "a@x.com").sqlRecord()).run()
                await #expect(throws: (any Error).self) {
                    try await db.insert(into: "contacts").record(Fixture.contact(phone: "+1", email: nil).sqlRecord()).run()
                }
                await #expect(throws: (any Error).self) {
                    try await db.insert(into: "contacts").record(Fixture.contact(phone: nil, email: "a@x.com").sqlRecord()).run()
                }
                // NULLs are distinct; other stores are separate.
                try await db.insert(into: "contacts").record(Fixture.contact(phone: nil, email: "b@x.com").sqlRecord()).run()
                try await db.insert(into: "contacts").record(Fixture.contact(phone: nil, email: "c@x.com").sqlRecord()).run()
                try await db.insert(into: "contacts").record(Fixture.contact(store: "other", phone: "+1").sqlRecord()).run()
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func concurrentUpsertsOfOneShopperLeaveOneContact(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ids = try await withThrowingTaskGroup(of: String.self) { group in
                    for index in 0..<8 {
                        group.addTask {
                            var contact = Fixture.contact(email: index.isMultiple(of: 2) ? "ana@example.com" : nil)
                            contact.firstName = "Ana\(index)"
                            return try await repos.contacts.upsert(contact).id
                        }
                    }
                    return try await group.reduce(into: Set<String>()) { $0.insert($1) }
                }
                #expect(ids.count == 1)
                let count = try await repos.database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                    .from("contacts").first()?.decode(column: "n", as: Int.self)
                #expect(count == 1)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func eraseClearsPersonalDataAndKeepsTheRow(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                #expect(try await repos.contacts.erase(id: contact.id, at: Fixture.at(10)))
                let erased = try #require(try await repos.contacts.find(id: contact.id))
                #expect(erased == Contact(id: contact.id, storeID: "northwind", createdAt: Fixture.t0, updatedAt: Fixture.at(10)))
                #expect(try await repos.contacts.find(storeID: "northwind", phone: "+13055550123") == nil)
                #expect(try await repos.contacts.erase(id: "missing", at: Fixture.t0) == false)
                // The phone is free for a new contact.
                #expect(try await repos.contacts.upsert(Fixture.contact()).id != contact.id)
            }
        }
    }
}
