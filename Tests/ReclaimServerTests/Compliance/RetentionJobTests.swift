import Foundation
import Logging
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// The daily `retention.sweep` job and its scheduling.
@Suite struct RetentionJobTests {
    private func withDependencies(
        clock: TestClock, _ body: (AppDependencies) async throws -> Void
    ) async throws {
        try await withTestDatabase(.sqlite) { database in
            var configuration = ReclaimConfiguration.defaults
            configuration.retention = .init(days: 30, jobsDays: 7)
            var logger = Logger(label: "retention-test")
            logger.logLevel = .warning
            try await body(AppDependencies(configuration: configuration, database: database, clock: clock, logger: logger))
        }
    }

    @Test func sweepExpiresOldInboundTextAndFinishedJobs() async throws {
        let clock = TestClock()
        try await self.withDependencies(clock: clock) { dependencies in
            let old = clock.now().addingTimeInterval(-40 * 86_400)
            for (id, time) in [("old", old), ("new", clock.now())] {
                _ = try await dependencies.repositories.messages.insertInbound(Message(
                    id: id, storeID: "summit", channel: .sms, direction: .inbound, address: "+13125550130", body: "hi",
                    status: .received, providerID: "SM\(id)", createdAt: time, updatedAt: time))
            }
            let job = try await dependencies.queue.enqueue(kind: "noop", payload: [String: String](), runAt: old, now: old)
            let claimed = try await dependencies.queue.claim(limit: 1, lease: 60, worker: "w", now: old)
            #expect(claimed.map(\.id) == [job.id])
            try await dependencies.queue.complete(claimed[0], now: old)
            let summary = try await RetentionJob(dependencies).sweep(now: clock.now())
            #expect(summary == RetentionJob.Summary(jobs: 1, messages: 1))
            #expect(try await dependencies.repositories.messages.get(id: "old")?.body == SQLMessageStore.expiredBody)
            #expect(try await dependencies.repositories.messages.get(id: "new")?.body == "hi")
        }
    }

    @Test func startUpSchedulingJoinsTheDailyChain() async throws {
        let clock = TestClock()
        try await self.withDependencies(clock: clock) { dependencies in
            try await scheduleComplianceJobs(dependencies)
            try await scheduleComplianceJobs(dependencies)
            let next = try await RetentionJob(dependencies).scheduleNext(after: clock.now())
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
