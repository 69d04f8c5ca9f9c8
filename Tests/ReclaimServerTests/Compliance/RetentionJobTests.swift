import Foundation
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// The daily `retention.sweep` job and its scheduling.
@Suite struct RetentionJobTests {
    /// The application's dependencies, with texts kept 30 days and finished jobs 7.
    private func withDependencies(
        clock: TestClock, _ body: @Sendable @escaping (AppDependencies) async throws -> Void
    ) async throws {
        let keepThirtyDays: (inout TestArguments) -> Void = { $0.configuration.retention = .init(days: 30, jobsDays: 7) }
        try await withTestApp(clock: clock, configure: keepThirtyDays) { app in
            try await body(app.dependencies)
        }
    }

    @Test func sweepExpiresOldInboundTextAndFinishedJobs() async throws {
        let clock = TestClock()
        try await self.withDependencies(clock: clock) { dependencies in
            let old = clock.now().addingTimeInterval(-40 * 86_400)
            for (id, time) in [("old", old), ("new", clock.now())] {
                _ = try await dependencies.repositories.messages.insertInbound(
                    Message(
                        id: id, storeID: "summit", channel: .sms, direction: .inbound, address: "+13125550130", body: "hi",
                        status: .received, providerID: "SM\(id)", createdAt: time, updatedAt: time))
            }
            let job = try await dependencies.queue.enqueue(kind: "noop", payload: [String: String](), runAt: old, now: old)
            let claimed = try await dependencies.queue.claim(limit: 1, lease: 60, worker: "w", now: old)
            #expect(claimed.map(\.id) == [job.id])
            try await dependencies.queue.complete(claimed[0], now: old)
            let summary = try await dependencies.retentionJob.sweep(now: clock.now())
            #expect(summary == RetentionJob.Summary(jobs: 1, messages: 1, turns: 0, deliveries: 0))
            #expect(try await dependencies.repositories.messages.get(id: "old")?.body == SQLMessageStore.expiredBody)
            #expect(try await dependencies.repositories.messages.get(id: "new")?.body == "hi")
        }
    }

    @Test func sweepPurgesDeadJobsOldDeliveryRecordsAndOldTurns() async throws {
        let clock = TestClock()
        try await self.withDependencies(clock: clock) { dependencies in
            // Given a job that died 8 days ago and one that died yesterday
            let now = clock.now()
            func deadJob(at time: Date) async throws -> String {
                let job = try await dependencies.queue.enqueue(kind: "noop", payload: [String: String](), runAt: time, now: time)
                let claimed = try #require(try await dependencies.queue.claim(limit: 1, lease: 60, worker: "w", now: time).first)
                #expect(claimed.id == job.id)
                #expect(try await dependencies.queue.fail(claimed, error: "gave up", retryAt: nil, now: time) == .dead)
                return job.id
            }
            let oldDead = try await deadJob(at: now.addingTimeInterval(-8 * 86_400))
            let newDead = try await deadJob(at: now.addingTimeInterval(-86_400))
            // delivery records from 8 days and 2 days ago (the default keeps a week)
            let deliveries = WebhookDeliveryStore(database: dependencies.database)
            for (id, age) in [("old", 8.0), ("recent", 2.0)] {
                _ = try await deliveries.record(
                    source: "shopify:summit", deliveryID: id, storeID: "summit", receivedAt: now.addingTimeInterval(-age * 86_400))
            }
            // and conversation turns from 40 days and 1 day ago (texts are kept 30 days here)
            let repos = dependencies.repositories
            let contact = try await repos.contacts.upsert(
                Contact(
                    id: "con_r", storeID: "summit", phone: "+13125550131", createdAt: now, updatedAt: now))
            let conversation = try await repos.conversations.getOrCreate(
                Conversation(
                    id: "conv_r", storeID: "summit", contactID: contact.id, updatedAt: now, createdAt: now))
            for (id, age) in [("turn_old", 40.0), ("turn_new", 1.0)] {
                _ = try await repos.conversations.appendTurn(
                    Turn(
                        id: id, conversationID: conversation.id, author: .shopper, text: "where is my order",
                        createdAt: now.addingTimeInterval(-age * 86_400)))
            }
            // When the sweep runs
            let summary = try await dependencies.retentionJob.sweep(now: now)
            // Then only what is past its period is gone
            #expect(summary.jobs == 1)
            #expect(summary.deliveries == 1)
            #expect(summary.turns == 1)
            #expect(try await dependencies.queue.get(id: oldDead) == nil)
            #expect(try await dependencies.queue.get(id: newDead)?.state == .dead)
            #expect(try await !deliveries.contains(source: "shopify:summit", deliveryID: "old"))
            #expect(try await deliveries.contains(source: "shopify:summit", deliveryID: "recent"))
            #expect(try await repos.conversations.turns(conversationID: conversation.id).map(\.id) == ["turn_new"])
        }
    }

    @Test func retentionPeriodsHaveDefaultsAndMinimums() throws {
        let loader = ConfigurationLoader(environment: [:])
        #expect(try loader.parse("retention: { days: 90 }").retention == .init(days: 90, jobsDays: 30, webhookDeliveriesDays: 7))
        #expect(try loader.parse("retention: { webhook_deliveries_days: 14 }").retention.webhookDeliveriesDays == 14)
        for (yaml, key) in [
            ("retention: { webhook_deliveries_days: 1 }", "webhook"), ("retention: { days: 0 }", "days"),
            ("retention: { jobs_days: -3 }", "jobs"),
        ] {
            #expect(throws: ConfigurationError.self) { try loader.parse(yaml) }
            do {
                _ = try loader.parse(yaml)
            } catch {
                #expect("\(error)".contains("retention."), "\(error)")
                #expect("\(error)".lowercased().contains(key), "\(error)")
                #expect("\(error)".contains("at least"), "\(error)")
            }
        }
    }

    @Test func startUpSchedulingJoinsTheDailyChain() async throws {
        let clock = TestClock()
        try await self.withDependencies(clock: clock) { dependencies in
            try await scheduleComplianceJobs(dependencies)
            try await scheduleComplianceJobs(dependencies)
            let next = try await dependencies.retentionJob.scheduleNext(after: clock.now())
            #expect(!next.wasEnqueued)
            let job = try #require(try await dependencies.queue.get(id: next.id))
            #expect(job.kind == RetentionJob.kind)
            #expect(job.runAt == RetentionJob.nextRun(after: clock.now()))
            #expect(buildJobRegistry(dependencies).kinds.contains(RetentionJob.kind))
        }
    }

    @Test func nextRunIsThreeOClockUTC() throws {
        let formatter = ISO8601DateFormatter()
        let early = try #require(formatter.date(from: "2026-11-18T01:00:00Z"))
        let late = try #require(formatter.date(from: "2026-11-18T11:06:40Z"))
        #expect(formatter.string(from: RetentionJob.nextRun(after: early)) == "2026-11-18T03:00:00Z")
        #expect(formatter.string(from: RetentionJob.nextRun(after: late)) == "2026-11-19T03:00:00Z")
        #expect(RetentionJob.uniqueKey(RetentionJob.nextRun(after: late)) == "retention.sweep:2026-11-19")
    }
}
