import Foundation
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// The outbox dispatcher against a local server that answers like Twilio.
@Suite struct DispatchTests {
    @Test func aTextThrottledTwiceThenAcceptedGoesOutExactlyOnce() async throws {
        try await withTestApp(twilioFaults: [.tooManyRequests(retryAfter: 2), .serverError]) { app, twilio in
            let now = app.clock.now()
            let message = ChannelsFixture.sms(
                id: "msg_once", body: "Summit Outfitters: your tent is waiting. Reply STOP to opt out", now: now)
            _ = try await app.dependencies.outboxService.enqueue(message)
            try await app.runJobs()
            // 429 with Retry-After 2: back to pending, nothing more before the two seconds pass.
            #expect(try await app.message("msg_once")?.status == .pending)
            try await app.advanceAndRun(1)
            #expect(await twilio.posts.count == 1)
            // 500: retried with backoff, then accepted.
            for _ in 0..<120 where try await app.message("msg_once")?.status != .accepted {
                try await app.advanceAndRun(1)
            }
            let sent = try #require(try await app.message("msg_once"))
            #expect(await twilio.posts.map(\.status) == [429, 500, 201])
            #expect(await twilio.messages.count == 1)
            #expect(sent.status == .accepted)
            #expect(sent.providerID?.hasPrefix("SM") == true)
            #expect(sent.segments == 1)
            #expect(sent.cost == Money(minor: 1, currency: "USD"))  // configured 0.0079 rounded up to the cent
            #expect(await twilio.posts.last?.form["StatusCallback"]?.hasSuffix("/webhooks/twilio/\(Commerce.store)/status") == true)
            // Running everything again sends nothing more.
            try await app.advanceAndRun(3600)
            #expect(await twilio.messages.count == 1)
        }
    }

    @Test func twoThrottlesThenAcceptedMeansExactlyOneText() async throws {
        try await withTestApp(twilioFaults: [.tooManyRequests(retryAfter: 1), .tooManyRequests(retryAfter: 1)]) { app, twilio in
            _ = try await app.dependencies.outboxService.enqueue(ChannelsFixture.sms(id: "msg_twice", body: "hi", now: app.clock.now()))
            for _ in 0..<30 where try await app.message("msg_twice")?.status != .accepted {
                try await app.advanceAndRun(0.5)
            }
            #expect(await twilio.posts.map(\.status) == [429, 429, 201])
            #expect(await twilio.messages.count == 1)
            try await app.advanceAndRun(600)
            #expect(await twilio.messages.count == 1)
        }
    }

    @Test func theSameStepQueuedTwiceIsStoredAndSentOnce() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            let now = app.clock.now()
            let first = ChannelsFixture.sms(id: "msg_a", body: "hello", now: now)
            var second = ChannelsFixture.sms(id: "msg_b", body: "hello", now: now)
            second.idempotencyKey = first.idempotencyKey
            #expect(try await app.dependencies.outboxService.enqueue(first).wasInserted)
            #expect(try await !app.dependencies.outboxService.enqueue(second).wasInserted)
            try await app.runJobs()
            #expect(await twilio.messages.count == 1)
        }
    }

    @Test func aCrashBetweenSendAndRecordNeverSendsASecondText() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            let now = app.clock.now()
            // The worker claimed the row (pending → sending) and died before recording the answer.
            let message = ChannelsFixture.sms(id: "msg_crash", body: "hello", now: now)
            _ = try await app.dependencies.repositories.messages.insertOutbound(message)
            _ = try await app.dependencies.repositories.messages.update(id: "msg_crash", MessageUpdate(status: .sending), at: now)
            // On restart, recovery queues it; within the grace period it waits, after it gives up loudly.
            #expect(try await app.dependencies.outboxRecovery.run() == 1)
            try await app.runJobs()
            #expect(try await app.message("msg_crash")?.status == .sending)
            try await app.advanceAndRun(MessageDispatcher.sendingGrace + 5)
            let settled = try #require(try await app.message("msg_crash"))
            #expect(settled.status == .failed)
            #expect(settled.errorCode == MessageDispatcher.unknownOutcomeCode)
            #expect(await twilio.posts.isEmpty)
        }
    }

    @Test func aRowLeftSendingWithAProviderIDIsSettledByLookup() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            let now = app.clock.now()
            _ = try await app.dependencies.outboxService.enqueue(ChannelsFixture.sms(id: "msg_lookup", body: "hi", now: now))
            try await app.runJobs()
            let sid = try #require(try await app.message("msg_lookup")?.providerID)
            await twilio.setStatus("delivered", price: "-0.00790", sid: sid)
            // Pretend the answer was recorded only partly: the row is still `sending`.
            _ = try await app.dependencies.repositories.messages.update(id: "msg_lookup", MessageUpdate(status: .sending), at: now)
            try await app.dependencies.outboxRecovery.run()
            try await app.advanceAndRun(MessageDispatcher.sendingGrace + 5)
            let settled = try #require(try await app.message("msg_lookup"))
            #expect(settled.status == .delivered)
            #expect(await twilio.posts.count == 1)
        }
    }

    @Test func error21610SuppressesTheNumberAndLaterTextsAreBlocked() async throws {
        try await withTestApp(twilioFaults: [.apiError(status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient")]) {
            app, twilio in
            let now = app.clock.now()
            _ = try await app.dependencies.outboxService.enqueue(ChannelsFixture.sms(id: "msg_stop1", body: "one", now: now))
            try await app.runJobs()
            let failed = try #require(try await app.message("msg_stop1"))
            #expect(failed.status == .failed)
            #expect(failed.errorCode == "21610")
            let hash = AddressHash.of("+13125550101", channel: .sms)
            #expect(
                try await app.dependencies.repositories.suppressions.isSuppressed(storeID: Commerce.store, channel: .sms, addressHash: hash)
            )
            _ = try await app.dependencies.outboxService.enqueue(ChannelsFixture.sms(id: "msg_stop2", body: "two", step: 1, now: now))
            try await app.advanceAndRun(2)  // past the sender's pace
            #expect(try await app.message("msg_stop2")?.status == .blocked)
            #expect(await twilio.posts.count == 1)
        }
    }

    @Test func thePacerHoldsASecondTextOfALongCodeForASecond() async throws {
        try await withTestApp(twilioFaults: []) { app, twilio in
            try await app.queueTextsAndRun(prefix: "msg_pace", numbers: "+1312555010", count: 3)
            // A long code sends one segment per second: one now, the next two rescheduled.
            #expect(await twilio.messages.count == 1)
            try await app.advanceAndRun(1.01)
            #expect(await twilio.messages.count == 2)
            try await app.advanceAndRun(1.01)
            #expect(await twilio.messages.count == 3)
        }
    }
}
