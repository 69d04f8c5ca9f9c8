import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    /// Erasure and retention in storage: the installation's address-hash key, job inputs, clicks, message
    /// HTML and conversation turns.
    @Suite struct PrivacyStoreTests {
        // MARK: - Address-hash key

        @Test(arguments: TestBackend.enabledCases)
        func migrationStoresTheProcessKeyAndRekeysOldHashes(backend: TestBackend) async throws {
            try await withTestDatabase(backend, migrated: false) { database in
                // Given a database from before keyed hashes, holding plain SHA-256 hashes
                let earlier = Array(AllMigrations.list.prefix { $0.name != CreateInstallationSecretsTable.migrationName })
                try await Migrator(database: database, migrations: earlier, logger: testLogger()).migrate()
                let repos = ReclaimRepositories(database: database.sql)
                let plain = AddressHashKey.digest("+13055550123")
                _ = try await repos.suppressions.add(
                    Suppression(
                        storeID: "northwind", channel: .sms, address: nil, addressHash: plain, reason: .erased, createdAt: Fixture.t0))
                _ = try await repos.unsubscribes.create(
                    UnsubscribeToken(
                        token: "U1", storeID: "northwind", channel: .email, addressHash: AddressHashKey.digest("ana@example.com"),
                        createdAt: Fixture.t0))
                // When the rest is applied
                try await Migrator(database: database, logger: testLogger()).migrate()
                // Then the key is stored, loaded, and every hash is the keyed one
                let stored = try #require(
                    try await InstallationSecretStore(database: database.sql)
                        .value(InstallationSecretStore.addressHashKeyName))
                let key = try #require(AddressHashKey(hex: stored))
                #expect(AddressHashKeyHolder.shared.key == key)
                #expect(
                    try await repos.suppressions.isSuppressed(
                        storeID: "northwind", channel: .sms, addressHash: key.hash(normalized: "+13055550123")))
                #expect(try await !repos.suppressions.isSuppressed(storeID: "northwind", channel: .sms, addressHash: plain))
                #expect(try await repos.unsubscribes.resolve(token: "U1")?.addressHash == key.hash(normalized: "ana@example.com"))
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func theKeyIsWrittenOnceAndEveryProcessReadsIt(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                let secrets = InstallationSecretStore(database: database.sql)
                let storedHex = try await secrets.value(InstallationSecretStore.addressHashKeyName)
                let stored = try #require(storedHex.flatMap(AddressHashKey.init(hex:)))
                // Another process proposing its own key gets the stored one.
                let other = AddressHashKey.random()
                #expect(try await secrets.addressHashKey(candidate: other, at: Fixture.t0) == stored)
                #expect(try await !secrets.insertIfAbsent(InstallationSecretStore.addressHashKeyName, value: other.hex, at: Fixture.t0))
                let fresh = AddressHashKeyHolder()
                #expect(try await AddressHashKey.load(from: database.sql, into: fresh) == stored)
                #expect(fresh.key == stored)
                // A process already hashing with another installation's key is refused.
                let foreign = AddressHashKeyHolder()
                try foreign.install(other)
                await #expect(throws: AddressHashKeyError.conflict) {
                    try await AddressHashKey.load(from: database.sql, into: foreign)
                }
                #expect(foreign.key == other)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aLostKeyIsReplacedOnlyWhenNoHashDependsOnIt(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                let secrets = InstallationSecretStore(database: database.sql)
                try await database.sql.delete(from: InstallationSecretStore.table).run()
                _ = try await ReclaimRepositories(database: database.sql).suppressions.add(
                    Suppression(
                        storeID: "northwind", channel: .sms, address: nil, addressHash: "h1", reason: .erased, createdAt: Fixture.t0))
                await #expect(throws: AddressHashKeyError.missing(storedHashes: 1)) {
                    try await secrets.addressHashKey(candidate: .random(), at: Fixture.t0)
                }
                try await database.sql.delete(from: "suppressions").run()
                let candidate = AddressHashKey.random()
                #expect(try await secrets.addressHashKey(candidate: candidate, at: Fixture.t0) == candidate)
            }
        }

        @Test func keysRoundTripThroughHexAndNeverPrint() throws {
            let key = AddressHashKey.random()
            #expect(AddressHashKey(hex: key.hex) == key)
            #expect(AddressHashKey(hex: key.hex.uppercased()) == key)
            #expect(AddressHashKey(hex: "abc") == nil)
            #expect(AddressHashKey(hex: String(repeating: "g", count: 64)) == nil)
            #expect(!"\(key)".contains(key.hex))
            #expect(key.hash(normalized: "+13055550123") == key.hash(normalized: "+13055550123"))
            #expect(key.hash(normalized: "+13055550123") != AddressHashKey.random().hash(normalized: "+13055550123"))
            #expect(key.hash(normalized: "+13055550123") != AddressHashKey.digest("+13055550123"))
            #expect(AddressHashKey.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        }

        // MARK: - Job inputs

        @Test(arguments: TestBackend.enabledCases)
        func erasureFindsAndErasesJobsThatMentionTheShopper(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                let queue = JobQueue(database: database)
                let now = Fixture.t0
                func add(_ kind: String, _ payload: String, runAt: Date = now) async throws -> String {
                    try await queue.enqueue(kind: kind, payloadJSON: payload, runAt: runAt, now: now).id
                }
                let ingest = try await add("commerce.ingest", #"{"body":"eyJwaG9uZSI6IiJ9"}"#)
                let note = try await add("note", #"{"to":"+13055550123"}"#)
                let shouting = try await add("note", #"{"to":"ANA@EXAMPLE.COM"}"#)
                let unrelated = try await add("note", #"{"to":"+13125550100"}"#)
                let failed = try await add("note", "{}", runAt: now.addingTimeInterval(-10))
                let claimed = try await queue.claim(limit: 1, lease: 60, worker: "w", now: now)
                #expect(claimed.map(\.id) == [failed])
                #expect(try await queue.fail(claimed[0], error: "bad address +13055550123", retryAt: nil, now: now) == .dead)
                let running = try await add("note", #"{"to":"+13055550123"}"#, runAt: now.addingTimeInterval(-5))
                #expect(try await queue.claim(limit: 1, lease: 60, worker: "w", now: now).map(\.id) == [running])

                let stripped = try await add("commerce.ingest", #"{"body":"","body_removed":true}"#)
                let everything = try await queue.erasureCandidates(kinds: ["commerce.ingest"], needles: [])
                #expect(Set(everything.map(\.id)) == [ingest, stripped])
                let candidates = try await queue.erasureCandidates(
                    kinds: ["commerce.ingest"], needles: ["+13055550123", "ana@example.com"],
                    skipping: #""body_removed":true"#)
                #expect(Set(candidates.map(\.id)) == [ingest, note, shouting, failed])
                #expect(!candidates.map(\.id).contains(unrelated))

                #expect(try await queue.erase(ids: [note, failed, running], now: now) == 2)
                let erased = try #require(try await queue.get(id: note))
                #expect(erased.payload == JobQueue.erasedPayload)
                #expect(erased.state == .cancelled)
                let dead = try #require(try await queue.get(id: failed))
                #expect(dead.state == .dead)
                #expect(dead.lastError == nil)
                #expect(dead.payload == JobQueue.erasedPayload)
                #expect(try await queue.get(id: running)?.payload == #"{"to":"+13055550123"}"#)
                let again = try await queue.erasureCandidates(kinds: [], needles: ["+13055550123"])
                #expect(again.isEmpty)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func replacingAPayloadKeepsTheJob(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                let queue = JobQueue(database: database)
                let id = try await queue.enqueue(kind: "note", payloadJSON: #"{"body":"secret"}"#, runAt: Fixture.t0, now: Fixture.t0).id
                #expect(try await queue.replacePayload(id: id, with: #"{"body":""}"#, now: Fixture.at(1)))
                let job = try #require(try await queue.get(id: id))
                #expect(job.payload == #"{"body":""}"#)
                #expect(job.state == .pending)
                #expect(try await !queue.replacePayload(id: "missing", with: "{}", now: Fixture.at(1)))
            }
        }

        // MARK: - Clicks, HTML, turns

        @Test(arguments: TestBackend.enabledCases)
        func erasingClicksClearsTheirAddressAndBrowserForTheContactOnly(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                let otherCart = try await repos.carts.upsert(Fixture.cart())
                for (token, cartID) in [("T1", cart.id), ("T2", otherCart.id)] {
                    _ = try await repos.links.create(
                        TrackedLink(
                            token: token, storeID: "northwind", cartID: cartID, targetURL: "https://shop.example.com/",
                            createdAt: Fixture.t0))
                    _ = try await repos.links.recordClick(
                        Click(
                            id: "click_\(token)", storeID: "northwind", token: token, cartID: cartID, ip: "198.51.100.7",
                            userAgent: "Ana's phone", clickedAt: Fixture.t0))
                }
                #expect(try await repos.links.eraseClickDetails(contactIDs: [contact.id]) == 1)
                #expect(try await repos.links.eraseClickDetails(contactIDs: []) == 0)
                let mine = try await repos.links.clicks(token: "T1")
                #expect(mine.count == 1 && mine[0].ip == nil && mine[0].userAgent == nil)
                #expect(try await repos.links.clicks(token: "T2").first?.ip == "198.51.100.7")
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func erasingMessagesClearsTheEmailHTML(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                var email = Fixture.outbound(address: "ana@example.com", channel: .email)
                email.subject = "Ana, your cart"
                email.html = "<p>Hi Ana Silva</p>"
                let stored = try await repos.messages.insertOutbound(email).value
                #expect(try await repos.messages.get(id: stored.id)?.html == "<p>Hi Ana Silva</p>")
                _ = try await repos.messages.erasePersonalData(
                    storeID: "northwind", addresses: ["ana@example.com"], contactIDs: [], at: Fixture.at(1))
                let erased = try #require(try await repos.messages.get(id: stored.id))
                #expect(erased.html == nil)
                #expect(erased.subject == nil)
                #expect(erased.address.isEmpty)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func retentionDeletesOnlyOldTurns(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let conversation = try await repos.conversations.getOrCreate(
                    Conversation(
                        id: "conv1", storeID: "northwind", contactID: contact.id, updatedAt: Fixture.t0, createdAt: Fixture.t0))
                for (id, time) in [("old1", Fixture.t0), ("old2", Fixture.at(1)), ("new", Fixture.at(86_400 * 40))] {
                    _ = try await repos.conversations.appendTurn(
                        Turn(
                            id: id, conversationID: conversation.id, author: .shopper, text: "hi from Ana", createdAt: time))
                }
                #expect(try await repos.conversations.purgeTurns(before: Fixture.at(86_400), limit: 1) == 1)
                #expect(try await repos.conversations.purgeTurns(before: Fixture.at(86_400)) == 1)
                #expect(try await repos.conversations.turns(conversationID: conversation.id).map(\.id) == ["new"])
            }
        }
    }
}
