import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    /// The batch reads and multi-row writes of the stores (one query for a batch of due steps or dispatches):
    /// each must give what the one-row method gives for every member of the batch, skip what the one-row method
    /// skips, and accept an empty batch without sending a query.
    @Suite struct BatchReadWriteStoreTests {
        // MARK: - Fixtures

        private func consent(
            _ id: String = Fixture.id("cns"), store: StoreID = "northwind", channel: Channel = .sms,
            address: String, kind: ConsentKind = .singleOptIn, occurred: Double, recorded: Double
        ) -> ConsentRecord {
            ConsentRecord(
                id: id, storeID: store, channel: channel, address: address, kind: kind, source: .checkoutCheckbox,
                disclosureText: "Reply STOP to opt out.", occurredAt: Fixture.at(occurred), recordedAt: Fixture.at(recorded))
        }

        private func suppression(
            _ hash: String, store: StoreID = "northwind", channel: Channel = .sms,
            reason: SuppressionReason = .optedOut
        ) -> Suppression {
            Suppression(
                storeID: store, channel: channel, address: "+13055550123", addressHash: hash, reason: reason,
                detail: "STOP", createdAt: Fixture.t0)
        }

        private func inbound(address: String = "+13055550123", at time: Date = Fixture.t0) -> Message {
            Message(
                id: Fixture.id("msg"), storeID: "northwind", channel: .sms, direction: .inbound, address: address,
                body: "STOP", status: .received, createdAt: time, updatedAt: time)
        }

        private func link(
            _ token: String, target: String = "https://shop.example.com/cart", at seconds: Double = 0
        )
            -> TrackedLink
        {
            TrackedLink(token: token, storeID: "northwind", targetURL: target, createdAt: Fixture.at(seconds))
        }

        // MARK: - Journeys

        @Test(arguments: TestBackend.enabledCases)
        func journeysByIDSkipUnknownAndRepeatedIDs(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.journeys.get(ids: []) == [:])
                var journeys: [Journey] = []
                for store in ["northwind", "northwind", "other"] {
                    let cart = try await repos.carts.upsert(Fixture.cart(store: store))
                    journeys.append(try await repos.journeys.create(Fixture.journey(store: store, cartID: cart.id)).value)
                }
                let (first, second, otherStore) = (journeys[0], journeys[1], journeys[2])

                let found = try await repos.journeys.get(ids: [first.id, "jrn_missing", otherStore.id, first.id])
                #expect(found == [first.id: first, otherStore.id: otherStore])
                #expect(found[second.id] == nil)
                #expect(try await repos.journeys.get(ids: ["jrn_missing"]) == [:])
                for journey in journeys {
                    #expect(try await repos.journeys.get(ids: [journey.id])[journey.id] == repos.journeys.get(id: journey.id))
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func updateIfUnchangedWritesFromTheExpectedVersionAndReadsBack(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart())
                let journey = try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value
                #expect(journey.holdout && journey.contactID == nil && journey.progress == nil)

                var progress = JourneyProgress(flowName: "default")
                progress.abandonedAt = Fixture.t0
                progress.startedAt = Fixture.at(1)
                progress.run = 1
                progress.nextStep = 2
                progress.lastSMSAt = Fixture.at(5)
                var paused = journey
                paused.state = .paused
                paused.nextStep = 2
                paused.reason = "escalated"
                paused.contactID = contact.id
                paused.updatedAt = Fixture.at(10)
                paused.progress = progress
                #expect(try await repos.journeys.updateIfUnchanged(paused, expected: journey))
                #expect(try await repos.journeys.get(id: journey.id) == paused)

                // Clearing fields binds NULLs: reason, contact and progress go, the end time arrives.
                var ended = paused
                ended.state = .ended
                ended.reason = nil
                ended.contactID = nil
                ended.progress = nil
                ended.updatedAt = Fixture.at(20)
                ended.endedAt = Fixture.at(20)
                #expect(try await repos.journeys.updateIfUnchanged(ended, expected: paused))
                #expect(try await repos.journeys.get(id: journey.id) == ended)
            }
        }

        /// Whatever ``SQLJourneyStore/update(_:expected:)`` writes (its builder also sets variant and holdout),
        /// the prepared statement writes the same.
        @Test(arguments: TestBackend.enabledCases)
        func updateIfUnchangedWritesWhatUpdateWrites(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                var pair: [Journey] = []
                for _ in 0..<2 {
                    let cart = try await repos.carts.upsert(Fixture.cart())
                    pair.append(try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value)
                }
                func changed(_ journey: Journey, _ version: Int) -> Journey {
                    var next = journey
                    next.state = version == 1 ? .paused : .ended
                    next.nextStep = version
                    next.reason = version == 1 ? "escalated" : nil
                    next.contactID = version == 1 ? contact.id : nil
                    next.variant = version == 1 ? "A" : nil
                    next.holdout = version != 1
                    next.progress = version == 1 ? JourneyProgress(flowName: "default") : nil
                    next.updatedAt = Fixture.at(Double(10 * version))
                    next.endedAt = version == 1 ? nil : Fixture.at(20)
                    return next
                }
                var (viaBuilder, viaText) = (pair[0], pair[1])
                for version in [1, 2] {
                    let built = try #require(try await repos.journeys.update(changed(viaBuilder, version), expected: viaBuilder))
                    #expect(try await repos.journeys.updateIfUnchanged(changed(viaText, version), expected: viaText))
                    let written = try #require(try await repos.journeys.get(id: viaText.id))
                    var comparable = built
                    (comparable.id, comparable.cartID) = (written.id, written.cartID)
                    #expect(written == comparable, "version \(version)")
                    (viaBuilder, viaText) = (built, written)
                }
            }
        }

        /// Many journeys in one statement: each written or refused as one call would decide, with the same values.
        @Test(arguments: TestBackend.enabledCases)
        func updateManyJourneysDecidesEachAsOneCallWould(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.journeys.updateIfUnchanged([(journey: Journey, expected: Journey)]()) == [])
                let contact = try await repos.contacts.upsert(Fixture.contact())
                var journeys: [Journey] = []
                for _ in 0..<4 {
                    let cart = try await repos.carts.upsert(Fixture.cart())
                    journeys.append(try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value)
                }
                func changed(_ journey: Journey, _ index: Int) -> Journey {
                    var next = journey
                    next.state = index == 0 ? .ended : .paused
                    next.nextStep = journey.nextStep + 1
                    next.reason = index == 0 ? nil : "escalated"
                    next.contactID = index == 1 ? contact.id : nil
                    next.variant = index == 2 ? "B" : nil
                    next.holdout = index == 2
                    next.progress = index == 0 ? nil : JourneyProgress(flowName: "default")
                    next.updatedAt = Fixture.at(Double(100 + index))
                    next.endedAt = index == 0 ? Fixture.at(100) : nil
                    return next
                }
                // The third is stale in its update time, the fourth in its state: neither is written.
                var staleTime = journeys[2]
                staleTime.updatedAt = Fixture.at(-5)
                var staleState = journeys[3]
                staleState.state = .paused
                let changes = [
                    (changed(journeys[0], 0), journeys[0]), (changed(journeys[1], 1), journeys[1]),
                    (changed(journeys[2], 2), staleTime), (changed(journeys[3], 3), staleState),
                ]
                let written = try await repos.journeys.updateIfUnchanged(changes)
                #expect(written == [journeys[0].id, journeys[1].id])
                let stored = try await repos.journeys.get(ids: journeys.map(\.id))
                #expect(stored[journeys[0].id] == changed(journeys[0], 0))
                #expect(stored[journeys[1].id] == changed(journeys[1], 1))
                #expect(stored[journeys[2].id] == journeys[2])
                #expect(stored[journeys[3].id] == journeys[3])
                // Written again from the old versions: all refused.
                #expect(try await repos.journeys.updateIfUnchanged(changes) == [])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func updateIfUnchangedRefusesAStaleStateStepOrTime(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let journey = try await repos.journeys.create(Fixture.journey(cartID: cart.id)).value
                var stored = journey
                stored.nextStep = 1
                stored.updatedAt = Fixture.at(10)
                #expect(try await repos.journeys.updateIfUnchanged(stored, expected: journey))

                var attempt = stored
                attempt.state = .ended
                attempt.nextStep = 7
                attempt.reason = "purchased"
                attempt.updatedAt = Fixture.at(30)
                attempt.endedAt = Fixture.at(30)
                var staleState = stored
                staleState.state = .paused
                var staleStep = stored
                staleStep.nextStep = 0
                var staleTime = stored
                staleTime.updatedAt = Fixture.at(9.999)
                for (label, expected) in [
                    ("the first version", journey), ("state", staleState), ("next step", staleStep),
                    ("updated_at", staleTime),
                ] {
                    #expect(try await !repos.journeys.updateIfUnchanged(attempt, expected: expected), "stale \(label)")
                    #expect(try await repos.journeys.get(id: journey.id) == stored, "stale \(label)")
                }
                var unknown = attempt
                unknown.id = "jrn_missing"
                #expect(try await !repos.journeys.updateIfUnchanged(unknown, expected: stored))
                #expect(try await repos.journeys.get(id: journey.id) == stored)
                // From the stored version it goes through.
                #expect(try await repos.journeys.updateIfUnchanged(attempt, expected: stored))
                #expect(try await repos.journeys.get(id: journey.id) == attempt)
            }
        }

        // MARK: - Carts

        @Test(arguments: TestBackend.enabledCases)
        func cartsByIDSkipUnknownAndRepeatedIDs(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.carts.get(ids: []) == [:])
                let first = try await repos.carts.upsert(Fixture.cart())
                let second = try await repos.carts.upsert(Fixture.cart(status: .recovered, lastActivity: Fixture.at(5)))
                let otherStore = try await repos.carts.upsert(Fixture.cart(store: "other"))
                let unasked = try await repos.carts.upsert(Fixture.cart())

                let found = try await repos.carts.get(ids: [second.id, first.id, "cart_missing", second.id, otherStore.id])
                #expect(found == [first.id: first, second.id: second, otherStore.id: otherStore])
                #expect(found[unasked.id] == nil)
                #expect(try await repos.carts.get(ids: [first.id])[first.id] == repos.carts.get(id: first.id))
                #expect(try await repos.carts.get(ids: ["cart_missing", "cart_missing"]) == [:])
            }
        }

        // MARK: - Consent

        @Test(arguments: TestBackend.enabledCases)
        func latestConsentForManyAddressesAgreesWithOneAtATime(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.consent.latest(storeID: "northwind", channel: .sms, addresses: []) == [:])
                let ana = "+13055550123"
                let ben = "+14165550100"
                let cam = "+447700900123"
                let dee = "+61491570006"
                // Ana: a later occurrence wins over a later recording; among equal occurrences the later recording.
                let anaGranted = self.consent(address: ana, kind: .expressWritten, occurred: 10, recorded: 500)
                let anaRevoked = self.consent(address: ana, kind: .revoked, occurred: 100, recorded: 101)
                let anaRegranted = self.consent(address: ana, kind: .singleOptIn, occurred: 100, recorded: 300)
                // Ben: occurred_at and recorded_at tie, so the greatest id decides ("B" < "a" < "b" bytewise).
                let benTies = ["cns_tie_b", "cns_tie_B", "cns_tie_a"].map {
                    self.consent($0, address: ben, kind: $0 == "cns_tie_b" ? .revoked : .singleOptIn, occurred: 50, recorded: 60)
                }
                let cami = self.consent(address: cam, kind: .doubleOptIn, occurred: 5, recorded: 6)
                // Newer records elsewhere that must not be mixed in.
                let elsewhere = [
                    self.consent(store: "other", address: ana, kind: .revoked, occurred: 900, recorded: 900),
                    self.consent(channel: .email, address: ana, kind: .revoked, occurred: 900, recorded: 900),
                    self.consent("cns_tie_c", store: "other", address: ben, occurred: 50, recorded: 60),
                    self.consent(address: "+15555550199", kind: .revoked, occurred: 900, recorded: 900),
                ]
                for record in [anaRegranted, anaGranted] + benTies + [anaRevoked, cami] + elsewhere {
                    _ = try await repos.consent.append(record)
                }

                let batch = try await repos.consent.latest(storeID: "northwind", channel: .sms, addresses: [ana, ben, cam, dee, ana])
                #expect(batch.mapValues(\.id) == [ana: anaRegranted.id, ben: "cns_tie_b", cam: cami.id])
                #expect(batch[ben]?.kind == .revoked)
                for address in [ana, ben, cam, dee] {
                    let single = try await repos.consent.latest(storeID: "northwind", channel: .sms, address: address)
                    #expect(batch[address] == single, "\(address)")
                }
                #expect(try await repos.consent.latest(storeID: "northwind", channel: .sms, addresses: [dee]) == [:])
                #expect(
                    try await repos.consent.latest(storeID: "northwind", channel: .email, addresses: [ana, ben]).mapValues(\.id)
                        == [ana: elsewhere[1].id])
                #expect(
                    try await repos.consent.latest(storeID: "other", channel: .sms, addresses: [ana, ben]).mapValues(\.id)
                        == [ana: elsewhere[0].id, ben: "cns_tie_c"])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func latestConsentForManyAddressesSkipsErasedRecords(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ana = "+13055550123"
                let ben = "+14165550100"
                let anaRecord = self.consent(address: ana, occurred: 1, recorded: 2)
                let benRecord = self.consent(address: ben, kind: .revoked, occurred: 1, recorded: 2)
                for record in [anaRecord, benRecord] { _ = try await repos.consent.append(record) }
                #expect(try await repos.consent.erase(storeID: "northwind", channel: .sms, address: ana) == 1)

                let batch = try await repos.consent.latest(storeID: "northwind", channel: .sms, addresses: [ana, ben, ""])
                #expect(batch == [ben: benRecord])
                #expect(try await repos.consent.latest(storeID: "northwind", channel: .sms, address: ana) == nil)
            }
        }

        // MARK: - Suppressions

        @Test(arguments: TestBackend.enabledCases)
        func suppressionsByHashStayWithinTheStoreAndChannel(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.suppressions.find(storeID: "northwind", channel: .sms, addressHashes: []) == [:])
                let first = self.suppression("h1")
                let second = self.suppression("h2", reason: .carrierBlocked)
                let email = self.suppression("h1", channel: .email, reason: .hardBounce)
                let otherStore = self.suppression("h3", store: "other")
                for entry in [first, second, email, otherStore] { _ = try await repos.suppressions.add(entry) }

                let found = try await repos.suppressions.find(
                    storeID: "northwind", channel: .sms, addressHashes: ["h1", "h2", "h1", "h3", "ffff"])
                #expect(found == [first.addressHash: first, second.addressHash: second])
                #expect(
                    try await repos.suppressions.find(storeID: "northwind", channel: .email, addressHashes: ["h1", "h2"])
                        == ["h1": email])
                #expect(
                    try await repos.suppressions.find(storeID: "other", channel: .sms, addressHashes: ["h1", "h3"])
                        == ["h3": otherStore])
                for hash in ["h1", "h2", "h3"] {
                    let single = try await repos.suppressions.find(storeID: "northwind", channel: .sms, addressHash: hash)
                    #expect(found[hash] == single, "\(hash)")
                }
            }
        }

        // MARK: - Messages: reads

        @Test(arguments: TestBackend.enabledCases)
        func messagesByIDSkipUnknownAndRepeatedIDs(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.messages.get(ids: []) == [:])
                let outbound = try await repos.messages.insertOutbound(Fixture.outbound(status: .accepted)).value
                let received = try await repos.messages.insertInbound(self.inbound()).value
                let otherStore = try await repos.messages.insertOutbound(Fixture.outbound(store: "other")).value
                let unasked = try await repos.messages.insertOutbound(Fixture.outbound()).value

                let found = try await repos.messages.get(ids: [outbound.id, received.id, "msg_missing", outbound.id, otherStore.id])
                #expect(found == [outbound.id: outbound, received.id: received, otherStore.id: otherStore])
                #expect(found[unasked.id] == nil)
                #expect(try await repos.messages.get(ids: ["msg_missing"]) == [:])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func messagesOfManyCartsAreGroupedOldestFirst(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.messages.list(cartIDs: []) == [:])
                let one = try await repos.carts.upsert(Fixture.cart())
                let two = try await repos.carts.upsert(Fixture.cart())
                let silent = try await repos.carts.upsert(Fixture.cart())
                let unasked = try await repos.carts.upsert(Fixture.cart())
                let oneLater = Fixture.outbound(cartID: one.id, at: Fixture.at(20))
                let oneEarlier = Fixture.outbound(cartID: one.id, at: Fixture.at(10))
                // Equal creation times: by id.
                var twoB = Fixture.outbound(cartID: two.id, at: Fixture.at(5))
                twoB.id = "msg_tie_b"
                var twoA = Fixture.outbound(cartID: two.id, at: Fixture.at(5))
                twoA.id = "msg_tie_a"
                let twoFirst = Fixture.outbound(cartID: two.id, at: Fixture.at(1))
                for message in [oneLater, twoB, oneEarlier, twoA, twoFirst, Fixture.outbound(cartID: unasked.id), Fixture.outbound()] {
                    _ = try await repos.messages.insertOutbound(message)
                }
                _ = try await repos.messages.insertInbound(self.inbound())

                let grouped = try await repos.messages.list(cartIDs: [two.id, one.id, silent.id, "cart_missing", one.id])
                #expect(grouped == [one.id: [oneEarlier, oneLater], two.id: [twoFirst, twoA, twoB]])
                #expect(grouped[silent.id] == nil)
                for cart in [one, two, silent] {
                    #expect(try await grouped[cart.id] ?? [] == repos.messages.list(cartID: cart.id))
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func capCountsForManyAddressesAgreeWithOneAtATime(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let ana = "+13055550123"
                let ben = "+14165550100"
                let cam = "+447700900123"
                let dee = "+61491570006"
                let messages: [Message] = [
                    Fixture.outbound(address: ana, status: .delivered, at: Fixture.at(0)),
                    Fixture.outbound(address: ana, status: .pending, at: Fixture.at(10)),
                    Fixture.outbound(address: ana, status: .sending, at: Fixture.at(11)),
                    Fixture.outbound(store: "other", address: ana, status: .sent, at: Fixture.at(20)),
                    Fixture.outbound(address: ana, status: .delivered, at: Fixture.at(-1)),  // before the window
                    Fixture.outbound(address: ana, status: .blocked, at: Fixture.at(5)),
                    Fixture.outbound(address: ana, status: .failed, at: Fixture.at(5)),
                    Fixture.outbound(address: ana, status: .delivered, channel: .email, at: Fixture.at(5)),
                    Fixture.outbound(address: ben, status: .accepted, at: Fixture.at(3)),
                    Fixture.outbound(address: ben, status: .undelivered, at: Fixture.at(3)),
                    Fixture.outbound(address: cam, status: .blocked, at: Fixture.at(3)),
                    Fixture.outbound(address: cam, status: .failed, at: Fixture.at(4)),
                ]
                for message in messages { _ = try await repos.messages.insertOutbound(message) }
                _ = try await repos.messages.insertInbound(self.inbound(address: ben, at: Fixture.at(5)))
                let addresses = [ana, ben, cam, dee, ana]

                let all = try await repos.messages.countOutbound(addresses: addresses, since: Fixture.t0)
                #expect(all == [ana: 4, ben: 1])
                let northwind = try await repos.messages.countOutbound(addresses: addresses, since: Fixture.t0, storeID: "northwind")
                #expect(northwind == [ana: 3, ben: 1])
                let late = try await repos.messages.countOutbound(addresses: addresses, since: Fixture.at(11))
                #expect(late == [ana: 2])
                let refused = try await repos.messages.countOutbound(
                    addresses: addresses, since: Fixture.t0, statuses: [.blocked, .failed])
                #expect(refused == [ana: 2, cam: 2])
                let email = try await repos.messages.countOutbound(channel: .email, addresses: addresses, since: Fixture.t0)
                #expect(email == [ana: 1])

                for address in [ana, ben, cam, dee] {
                    #expect(try await all[address] ?? 0 == repos.messages.countOutbound(address: address, since: Fixture.t0))
                    #expect(
                        try await northwind[address] ?? 0
                            == repos.messages.countOutbound(address: address, since: Fixture.t0, storeID: "northwind"))
                    #expect(try await late[address] ?? 0 == repos.messages.countOutbound(address: address, since: Fixture.at(11)))
                    #expect(
                        try await refused[address] ?? 0
                            == repos.messages.countOutbound(address: address, since: Fixture.t0, statuses: [.blocked, .failed]))
                    #expect(
                        try await email[address] ?? 0
                            == repos.messages.countOutbound(channel: .email, address: address, since: Fixture.t0))
                }
                #expect(try await repos.messages.countOutbound(addresses: [], since: Fixture.t0) == [:])
                #expect(try await repos.messages.countOutbound(addresses: [ana], since: Fixture.t0, statuses: []) == [:])
                #expect(try await repos.messages.countOutbound(addresses: [dee], since: Fixture.t0) == [:])
            }
        }

        // MARK: - Messages: writes

        @Test(arguments: TestBackend.enabledCases)
        func insertOutboundBatchSkipsKeysAndIDsTheStoreHolds(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.messages.insertOutbound([Message]()) == [])
                let cart = try await repos.carts.upsert(Fixture.cart())
                let stored = try await repos.messages.insertOutbound(Fixture.outbound(key: "cart1:1:sms", status: .delivered)).value

                var sameKey = Fixture.outbound(cartID: cart.id, key: "cart1:1:sms", at: Fixture.at(60))
                sameKey.body = "A second copy of step 1"
                var sameID = Fixture.outbound(key: "cart1:9:sms", at: Fixture.at(60))
                sameID.id = stored.id
                var full = Fixture.outbound(cartID: cart.id, key: "cart1:2:sms", channel: .email, at: Fixture.at(60))
                full.subject = "You left something"
                full.html = "<p>Your cart</p>"
                full.variant = "B"
                full.decision = SendDecisionRecord(
                    kind: .defer, until: Fixture.at(3600),
                    reasons: [Reason(code: "quiet_hours", message: "It is night in Florida.")])
                let bare = Fixture.outbound(key: "cart1:3:sms", at: Fixture.at(61))
                let otherStore = Fixture.outbound(store: "other", key: "cart1:1:sms", at: Fixture.at(62))
                let keyTwiceInBatch = Fixture.outbound(key: "cart1:3:sms", at: Fixture.at(63))

                let inserted = try await repos.messages.insertOutbound([sameKey, full, sameID, bare, otherStore, keyTwiceInBatch])
                #expect(inserted == [full.id, bare.id, otherStore.id])
                #expect(try await repos.messages.get(id: stored.id) == stored)
                #expect(try await repos.messages.get(id: sameKey.id) == nil)
                #expect(try await repos.messages.get(id: keyTwiceInBatch.id) == nil)
                #expect(
                    try await repos.messages.get(ids: [full.id, bare.id, otherStore.id])
                        == [full.id: full, bare.id: bare, otherStore.id: otherStore])
                #expect(try await repos.messages.find(storeID: "northwind", idempotencyKey: "cart1:1:sms") == stored)
                #expect(try await repos.messages.find(storeID: "northwind", idempotencyKey: "cart1:9:sms") == nil)
                // Nothing new a second time.
                #expect(try await repos.messages.insertOutbound([full, bare]) == [])
            }
        }

        /// More rows than one statement takes (and than PostgreSQL's 65,535 parameters allow in one): all stored.
        @Test(arguments: TestBackend.enabledCases)
        func largeBatchesAreWrittenInChunks(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let messages = (0..<2_800).map { index in
                    var message = Fixture.outbound(key: "bulk:\(index)", at: Fixture.at(Double(index)))
                    message.id = "msg_bulk_\(index)"
                    return message
                }
                let inserted = try await repos.messages.insertOutbound(messages)
                #expect(inserted.count == 2_800)
                #expect(try await repos.messages.get(ids: ["msg_bulk_0", "msg_bulk_2799"]).count == 2)
                let links = (0..<1_200).map { self.link("bulk\($0)") }
                #expect(try await repos.links.create(links).count == 1_200)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func insertOutboundBatchRefusesInboundOrKeylessMessagesAndStoresNothing(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let valid = Fixture.outbound(key: "cart1:1:sms")
                var inbound = self.inbound()
                inbound.idempotencyKey = "inbound-key"
                let invalid = RepositoryError.invalid("an outbound message needs an idempotency key")
                for batch in [[valid, inbound], [valid, Fixture.outbound(key: nil)], [Fixture.outbound(key: nil)]] {
                    await #expect(throws: invalid) { try await repos.messages.insertOutbound(batch) }
                }
                #expect(try await repos.messages.get(ids: [valid.id, inbound.id]) == [:])
                #expect(try await repos.messages.insertOutbound([valid]) == [valid.id])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func updateManyChangesOnlyRowsInAnExpectedStatus(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let pending = try await repos.messages.insertOutbound(Fixture.outbound(status: .pending)).value
                let sending = try await repos.messages.insertOutbound(Fixture.outbound(status: .sending)).value
                let delivered = try await repos.messages.insertOutbound(Fixture.outbound(status: .delivered)).value
                let unasked = try await repos.messages.insertOutbound(Fixture.outbound(status: .pending)).value
                let change = MessageUpdate(status: .failed, errorCode: "30003", segments: 2)
                func changed(_ message: Message, at seconds: Double, status: MessageStatus = .failed) -> Message {
                    var message = message
                    message.status = status
                    message.errorCode = "30003"
                    message.segments = 2
                    message.updatedAt = Fixture.at(seconds)
                    return message
                }

                #expect(try await repos.messages.update(ids: [], change, at: Fixture.at(1)) == [])
                #expect(try await repos.messages.update(ids: [pending.id], change, at: Fixture.at(1), from: []) == [])
                #expect(try await repos.messages.get(id: pending.id) == pending)

                let ids = [pending.id, sending.id, delivered.id, pending.id, "msg_missing"]
                let updated = try await repos.messages.update(ids: ids, change, at: Fixture.at(5), from: [.pending, .sending])
                #expect(updated.count == 2)
                #expect(Set(updated) == [changed(pending, at: 5), changed(sending, at: 5)])
                #expect(
                    try await repos.messages.get(ids: [pending.id, sending.id, delivered.id, unasked.id])
                        == [
                            pending.id: changed(pending, at: 5), sending.id: changed(sending, at: 5), delivered.id: delivered,
                            unasked.id: unasked,
                        ])

                // Without `from`, every named row changes whatever its status.
                // (No provider id: it is unique per store and direction, so one change cannot give it to two rows.)
                let sent = MessageUpdate(status: .sent, sentAt: Fixture.at(6))
                let all = try await repos.messages.update(ids: [delivered.id, pending.id], sent, at: Fixture.at(6))
                #expect(Set(all.map(\.id)) == [delivered.id, pending.id])
                #expect(all.allSatisfy { $0.status == .sent && $0.sentAt == Fixture.at(6) && $0.updatedAt == Fixture.at(6) })
                #expect(all.first { $0.id == pending.id }?.errorCode == "30003")
                #expect(try await repos.messages.get(id: unasked.id) == unasked)
            }
        }

        /// A different change per message in one statement: each only from an expected status, and a change that
        /// carries no provider id, cost or time keeps the stored one, as one call at a time does.
        @Test(arguments: TestBackend.enabledCases)
        func updateManyMessagesEachWithItsOwnChange(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let first = try await repos.messages.insertOutbound(Fixture.outbound(status: .sending)).value
                var withCost = Fixture.outbound(status: .sending)
                withCost.providerID = "SM-stored"
                withCost.cost = Money(minor: 3, currency: "USD")
                let second = try await repos.messages.insertOutbound(withCost).value
                let done = try await repos.messages.insertOutbound(Fixture.outbound(status: .delivered)).value
                let decision = SendDecisionRecord(kind: .block, reasons: [Reason(code: "suppressed", message: "opted out")])
                let changes: [(id: String, change: MessageUpdate)] = [
                    (
                        first.id,
                        MessageUpdate(
                            status: .accepted, providerID: "SM1", segments: 1, cost: Money(minor: 79, currency: "USD"),
                            sentAt: Fixture.at(7))
                    ),
                    (second.id, MessageUpdate(status: .failed, errorCode: "30007", decision: decision)),
                    (done.id, MessageUpdate(status: .failed, errorCode: "x")),
                    ("msg_missing", MessageUpdate(status: .failed)),
                ]
                #expect(try await repos.messages.update(changes, at: Fixture.at(8), from: []) == [])
                #expect(try await repos.messages.update(changes, at: Fixture.at(8), from: [.sending]) == [first.id, second.id])
                // The same changes one at a time, on copies, give the same rows.
                let copyA = try await repos.messages.insertOutbound(Fixture.outbound(status: .sending)).value
                var copyBInput = withCost
                copyBInput.id = "msg_copy_b"
                copyBInput.idempotencyKey = "copy:b"
                copyBInput.providerID = "SM-stored-b"
                let copyB = try await repos.messages.insertOutbound(copyBInput).value
                var changeA = changes[0].change
                changeA.providerID = "SM1-copy"  // provider ids are unique per store and direction
                let oneA = try #require(try await repos.messages.update(id: copyA.id, changeA, at: Fixture.at(8), from: [.sending]))
                let oneB = try #require(
                    try await repos.messages.update(id: copyB.id, changes[1].change, at: Fixture.at(8), from: [.sending]))
                let stored = try await repos.messages.get(ids: [first.id, second.id, done.id])
                #expect(stored[first.id]?.status == .accepted && oneA.status == .accepted)
                #expect(stored[first.id]?.providerID == "SM1" && stored[first.id]?.segments == 1)
                #expect(stored[first.id]?.cost == oneA.cost && stored[first.id]?.sentAt == oneA.sentAt)
                #expect(stored[first.id]?.updatedAt == Fixture.at(8))
                #expect(stored[second.id]?.status == .failed && stored[second.id]?.errorCode == "30007")
                #expect(stored[second.id]?.providerID == "SM-stored" && oneB.providerID == "SM-stored-b")
                #expect(stored[second.id]?.cost == Money(minor: 3, currency: "USD") && oneB.cost == Money(minor: 3, currency: "USD"))
                #expect(stored[second.id]?.decision == decision && oneB.decision == decision)
                #expect(stored[done.id] == done)
            }
        }

        // MARK: - Links and unsubscribe tokens

        @Test(arguments: TestBackend.enabledCases)
        func createLinksSkipsTakenTokens(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.links.create([TrackedLink]()) == [])
                let cart = try await repos.carts.upsert(Fixture.cart())
                let message = try await repos.messages.insertOutbound(Fixture.outbound(cartID: cart.id)).value
                let taken = self.link("T1")
                _ = try await repos.links.create(taken)

                let collision = self.link("T1", target: "https://elsewhere.example/")
                let full = TrackedLink(
                    token: "T2", storeID: "northwind", messageID: message.id, cartID: cart.id,
                    targetURL: "https://shop.example.com/cart?discount=BACK10", createdAt: Fixture.at(1))
                let bare = self.link("t2", at: 2)
                let twiceInBatch = self.link("T2", target: "https://second.example/")
                let stored = try await repos.links.create([collision, full, bare, twiceInBatch])
                #expect(stored == ["T2", "t2"])
                #expect(try await repos.links.resolve(token: "T1") == taken)
                #expect(try await repos.links.resolve(token: "T2") == full)
                #expect(try await repos.links.resolve(token: "t2") == bare)
                #expect(try await repos.links.links(messageID: message.id) == [full])
                #expect(try await repos.links.create([full, taken]) == [])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func createUnsubscribeTokensSkipsExistingTokens(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                #expect(try await repos.unsubscribes.create([UnsubscribeToken]()) == [])
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let message = try await repos.messages.insertOutbound(Fixture.outbound(channel: .email)).value
                let existing = UnsubscribeToken(
                    token: "U1", storeID: "northwind", channel: .email, addressHash: "a1b2",
                    createdAt: Fixture.t0)
                #expect(try await repos.unsubscribes.create(existing))

                let collision = UnsubscribeToken(
                    token: "U1", storeID: "other", channel: .sms, addressHash: "ffff",
                    createdAt: Fixture.at(9))
                let full = UnsubscribeToken(
                    token: "U2", storeID: "northwind", channel: .email, addressHash: "c3d4",
                    contactID: contact.id, messageID: message.id, createdAt: Fixture.at(1),
                    usedAt: Fixture.at(2))
                let bare = UnsubscribeToken(
                    token: "U3", storeID: "other", channel: .sms, addressHash: "e5f6",
                    createdAt: Fixture.at(3))
                let twiceInBatch = UnsubscribeToken(
                    token: "U3", storeID: "northwind", channel: .email, addressHash: "0000",
                    createdAt: Fixture.at(4))
                #expect(try await repos.unsubscribes.create([collision, full, bare, twiceInBatch]) == ["U2", "U3"])
                #expect(try await repos.unsubscribes.resolve(token: "U1") == existing)
                #expect(try await repos.unsubscribes.resolve(token: "U2") == full)
                #expect(try await repos.unsubscribes.resolve(token: "U3") == bare)
                #expect(try await repos.unsubscribes.find(messageID: message.id) == full)
                #expect(try await repos.unsubscribes.create([existing, full]) == [])
            }
        }

        // MARK: - Jobs

        @Test(arguments: TestBackend.enabledCases)
        func cancelManyKeysCancelsOnlyTheirPendingJobs(backend: TestBackend) async throws {
            try await withTestDatabase(backend) { database in
                let queue = JobQueue(database: database)
                let now = Fixture.t0
                #expect(try await queue.cancel(uniqueKeys: [], now: now) == 0)
                // Due now: claimed, so running; the "done" one then completes.
                let running = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: now, uniqueKey: "step:running", now: now)
                let done = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: now, uniqueKey: "step:done", now: now)
                let claimed = try await queue.claim(limit: 10, lease: 60, worker: "w", now: now)
                #expect(Set(claimed.map(\.id)) == [running.id, done.id])
                try await queue.complete(try #require(claimed.first { $0.id == done.id }), now: now)
                // Due later: pending.
                func pending(_ key: String?) async throws -> String {
                    try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: Fixture.at(60), uniqueKey: key, now: now).id
                }
                let first = try await pending("step:1")
                let second = try await pending("step:2")
                let kept = try await pending("step:3")
                let keyless = try await pending(nil)

                let keys = ["step:1", "step:2", "step:1", "step:running", "step:done", "step:missing"]
                #expect(try await queue.cancel(uniqueKeys: keys, now: Fixture.at(1)) == 2)
                for id in [first, second] {
                    let job = try #require(try await queue.get(id: id))
                    #expect(job.state == .cancelled)
                    #expect(job.updatedAt == Fixture.at(1))
                }
                #expect(try await queue.get(id: kept)?.state == .pending)
                #expect(try await queue.get(id: keyless)?.state == .pending)
                #expect(try await queue.get(id: running.id)?.state == .running)
                #expect(try await queue.get(id: done.id)?.state == .done)
                #expect(try await queue.cancel(uniqueKeys: keys, now: Fixture.at(2)) == 0)
                #expect(try await queue.get(id: first)?.updatedAt == Fixture.at(1))
                // The keys are free again.
                #expect(
                    try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: Fixture.at(60), uniqueKey: "step:1", now: now)
                        .wasEnqueued)
                #expect(try await queue.cancel(uniqueKeys: ["step:3"], now: Fixture.at(3)) == 1)
            }
        }
    }
}
