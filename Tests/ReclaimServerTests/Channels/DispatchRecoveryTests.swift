import Foundation
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// A crash in the middle of a batch (issue 16, item 11): acceptances are written as they come, texts
/// Twilio has are settled from its message list at start-up, and restarts do not push paced texts out.
@Suite struct DispatchRecoveryTests {
    /// Stores `count` texts to different numbers, each with a dispatch job whose pacing slot is already taken.
    func queuePacedTexts(_ app: TestApp, prefix: String, count: Int) async throws -> [String] {
        let now = app.clock.now()
        var ids: [String] = []
        for index in 0..<count {
            let id = "\(prefix)\(index)"
            _ = try await app.dependencies.repositories.messages.insertOutbound(
                ChannelsFixture.sms(
                    id: id, to: "+1312555\(String(format: "%04d", 200 + index))", body: "Your tent is waiting \(index)", now: now))
            let job = DispatchJob(messageID: id, paced: true)
            _ = try await app.dependencies.queue.enqueue(
                kind: MessageDispatcher.jobKind, payload: job, runAt: now, uniqueKey: job.uniqueKey, now: now)
            ids.append(id)
        }
        return ids
    }

    @Test func eachAcceptanceIsRecordedAsTwilioAnswersNotAfterTheWholeBatch() async throws {
        // Twilio answers two sends at once and holds the other three for four seconds.
        let slow = FakeTwilio.Fault.delay(.seconds(4))
        try await withTestApp(twilioFaults: [.delay(.zero), .delay(.zero), slow, slow, slow]) { app, twilio in
            let ids = try await self.queuePacedTexts(app, prefix: "msg_batch", count: 5)
            let jobs = try await app.dependencies.queue.claim(limit: 10, lease: 60, worker: "w", now: app.clock.now())
            #expect(jobs.count == 5)
            var logger = Logger(label: "dispatch")
            logger.logLevel = .critical
            let context = JobRunContext(now: app.clock.now(), logger: logger)
            let batch = Task { await app.dependencies.messageDispatcher.handle(batch: jobs, context) }

            // While three sends still wait for Twilio, the two it answered are already recorded with their SIDs:
            // a crash now would lose nothing Twilio accepted.
            var rows: [Message] = []
            for _ in 0..<300 {
                rows = try await ids.asyncMap { try #require(try await app.message($0)) }
                if rows.filter({ $0.status == .accepted }).count == 2 { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            let accepted = rows.filter { $0.status == .accepted }
            #expect(accepted.count == 2)
            #expect(Set(accepted.compactMap(\.providerID)) == Set(await twilio.messages.map(\.sid)))
            #expect(rows.filter { $0.status != .accepted }.count == 3)

            #expect(await batch.value.isEmpty)
            let settled = try await ids.asyncMap { try #require(try await app.message($0)) }
            #expect(settled.allSatisfy { $0.status == .accepted })
            #expect(Set(settled.compactMap(\.providerID)) == Set(await twilio.messages.map(\.sid)))
            #expect(await twilio.messages.count == 5)
        }
    }

    @Test func textsTwilioAcceptedBeforeACrashAreRecordedWithTheirSIDsAtStartUp() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            let repositories = app.dependencies.repositories
            let crash = app.clock.now()
            let ids = try await self.queuePacedTexts(app, prefix: "msg_crash", count: 4)
            // Ten minutes earlier the first shopper got the same text (another cart): it is not today's.
            let earlier = await twilio.accept(
                to: "+13125550200", from: ChannelsFixture.from, body: "Your tent is waiting 0", at: crash.addingTimeInterval(-600))
            // The killed process had moved three rows to `sending`; Twilio accepted two of them, and the
            // answers died with the process. The fourth row was never claimed.
            for id in ids.prefix(3) {
                _ = try await repositories.messages.update(id: id, MessageUpdate(status: .sending), at: crash)
            }
            var sids: [String: String] = [:]
            for (index, id) in ids.prefix(2).enumerated() {
                let message = try #require(try await app.message(id))
                sids[id] = await twilio.accept(
                    to: message.address, from: ChannelsFixture.from, body: message.body,
                    at: crash.addingTimeInterval(0.2 + Double(index) * 0.1)
                ).sid
            }
            app.clock.advance(by: 2)  // the restart

            try await app.dependencies.outboxRecovery.run()

            // Settled at start-up from Twilio's message list, with the SIDs its callbacks will carry.
            for id in ids.prefix(2) {
                let row = try #require(try await app.message(id))
                #expect(row.status == .accepted)
                #expect(row.providerID == sids[id])
                #expect(row.providerID != earlier.sid)
                #expect(row.segments == 1)
            }
            let query = try #require(await twilio.listQueries.first { $0["To"] == "+13125550200" })
            #expect(query["DateSent>"] != nil)

            // A later status callback matches the row.
            let first = try #require(sids[ids[0]])
            let delivered = try await app.dependencies.providerStatusService.apply(
                SMSStatusReport(provider: "twilio", providerID: first, status: .delivered, providerStatus: "delivered"),
                store: try #require(app.dependencies.configuration.store(Commerce.store)))
            #expect(delivered?.id == ids[0])
            #expect(try await app.message(ids[0])?.status == .delivered)

            // The never-claimed row goes out; the one Twilio never got is not sent again.
            try await app.runJobs()
            #expect(try await app.message(ids[3])?.status == .accepted)
            #expect(try await app.message(ids[2])?.status == .sending)
            #expect(await twilio.posts.count == 1)
            try await app.advanceAndRun(MessageDispatcher.sendingGrace + 5)
            #expect(try await app.message(ids[2])?.errorCode == MessageDispatcher.unknownOutcomeCode)
            #expect(await twilio.posts.count == 1)

            // Nothing Twilio accepted is `failed_unknown`.
            for resource in await twilio.messages where resource.sid != earlier.sid {
                let row = try #require(
                    try await repositories.messages.find(providerID: resource.sid, direction: .outbound, storeID: Commerce.store))
                #expect(row.errorCode != MessageDispatcher.unknownOutcomeCode)
            }
        }
    }

    @Test func aRowLeftSendingIsSettledByItsJobAsSoonAsTwilioListsIt() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            let now = app.clock.now()
            let message = ChannelsFixture.sms(id: "msg_late", body: "Your tent is waiting", now: now)
            _ = try await app.dependencies.repositories.messages.insertOutbound(message)
            _ = try await app.dependencies.repositories.messages.update(id: message.id, MessageUpdate(status: .sending), at: now)
            // Not listed at start-up (still on its way to Twilio when the process died).
            try await app.dependencies.outboxRecovery.run()
            try await app.runJobs()
            #expect(try await app.message(message.id)?.status == .sending)
            // Twilio lists it a few seconds later: the next search records it, long before the grace is over.
            let resource = await twilio.accept(
                to: message.address, from: ChannelsFixture.from, body: message.body, at: now.addingTimeInterval(1))
            try await app.advanceAndRun(MessageDispatcher.searchInterval + 1)
            let settled = try await app.message(message.id)
            #expect(settled?.status == .accepted && settled?.providerID == resource.sid)
            #expect(await twilio.posts.isEmpty)
        }
    }

    @Test func restartsDoNotTakeASecondPacingSlotForATextWaitingForItsSlot() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            let now = app.clock.now()
            try await app.queueTextsAndRun(prefix: "msg_wait", numbers: "+1312555030", count: 3)
            #expect(await twilio.messages.count == 1)  // the other two wait for their slots, 1 s and 2 s away
            for _ in 0..<3 {  // three restarts while they wait
                try await app.dependencies.outboxRecovery.run()
                try await app.runJobs()
            }
            _ = try await app.dependencies.outboxService.enqueue(
                ChannelsFixture.sms(id: "msg_after", to: "+13125550309", body: "after", now: now))
            try await app.runJobs()
            // One text a second, as if no restart had happened: the fourth leaves at 3 s.
            for _ in 0..<3 { try await app.advanceAndRun(1.01) }
            #expect(await twilio.messages.count == 4)
            #expect(try await app.message("msg_after")?.status == .accepted)
            #expect(await twilio.posts.count == 4)
        }
    }

    @Test func dispatchJobKeysNameTheirRow() {
        #expect(DispatchJob.messageID(uniqueKey: DispatchJob(messageID: "msg_1").uniqueKey) == "msg_1")
        #expect(DispatchJob.messageID(uniqueKey: DispatchJob(messageID: "a:b", attempt: 3, paced: true).uniqueKey) == "a:b")
        #expect(DispatchJob.messageID(uniqueKey: "dispatch:") == nil)
        #expect(DispatchJob.messageID(uniqueKey: "dispatch:x:paced") == nil)
        #expect(DispatchJob.messageID(uniqueKey: "journey:x:0") == nil)
    }
}

extension Sequence {
    /// The elements mapped by an async function, in order.
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
