import Foundation
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@Suite struct JobQueueTests {
    let now = Date(epochMilliseconds: 1_700_000_000_000)

    struct StepPayload: Codable, Equatable, Sendable {
        var journeyID: String
        var step: Int
        var dueAt: Date
    }

    private func at(_ seconds: TimeInterval) -> Date { self.now.addingTimeInterval(seconds) }

    @Test(arguments: TestBackend.enabledCases)
    func enqueuedPayloadRoundTrips(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let payload = StepPayload(journeyID: "j-1", step: 2, dueAt: self.at(90))
            let result = try await queue.enqueue(kind: "journey.step", payload: payload, runAt: self.now, now: self.now)
            #expect(result.wasEnqueued)

            let stored = try #require(try await queue.get(id: result.id))
            #expect(stored.kind == "journey.step")
            #expect(stored.state == .pending)
            #expect(stored.attempts == 0)
            #expect(stored.maxAttempts == 8)
            #expect(stored.runAt == self.now)
            #expect(stored.createdAt == self.now)
            #expect(try stored.decode(StepPayload.self) == payload)
            #expect(try await queue.get(id: "missing") == nil)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func theNextDueTimeIsTheEarliestPendingJobs(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            #expect(try await queue.nextPendingRunAt() == nil)
            let early = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(5), now: self.now)
            _ = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(20), now: self.now)
            let middle = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(10), now: self.now)
            #expect(try await queue.nextPendingRunAt() == self.at(5))
            // A running job is not pending; a cancelled one is not either.
            let claimed = try await queue.claim(limit: 1, lease: 60, worker: "w", now: self.at(6))
            #expect(claimed.map(\.id) == [early.id])
            #expect(try await queue.nextPendingRunAt() == self.at(10))
            #expect(try await queue.cancel(id: middle.id, now: self.at(6)))
            #expect(try await queue.nextPendingRunAt() == self.at(20))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func jobsAreNotClaimedBeforeTheyAreDue(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            _ = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(60), now: self.now)

            #expect(try await queue.claim(limit: 10, lease: 30, worker: "w", now: self.at(59.999)).isEmpty)
            let claimed = try await queue.claim(limit: 10, lease: 30, worker: "w", now: self.at(60))
            #expect(claimed.count == 1)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func claimsComeInRunAtOrderAndRespectTheLimit(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            // Enqueued out of order.
            for offset in [30, 10, 50, 20, 40] {
                _ = try await queue.enqueue(
                    NewJob(kind: "k", payloadJSON: "{}", runAt: self.at(TimeInterval(offset)), id: "job-\(offset)"), now: self.now
                )
            }
            let first = try await queue.claim(limit: 3, lease: 60, worker: "w", now: self.at(100))
            #expect(first.map(\.id) == ["job-10", "job-20", "job-30"])
            #expect(first.allSatisfy { $0.state == .running && $0.attempts == 1 && $0.leaseOwner == "w" })
            #expect(first.allSatisfy { $0.leaseExpiresAt == self.at(160) })

            let rest = try await queue.claim(limit: 3, lease: 60, worker: "w", now: self.at(100))
            #expect(rest.map(\.id) == ["job-40", "job-50"])
            #expect(try await queue.claim(limit: 3, lease: 60, worker: "w", now: self.at(100)).isEmpty)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aUniqueKeyHoldsAtMostOneLiveJob(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let first = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "cart-1:step-1", now: self.now)
            let second = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "cart-1:step-1", now: self.now)
            #expect(first.wasEnqueued)
            #expect(second == .duplicate(existingID: first.id))

            // Still a duplicate while running.
            let claimed = try await queue.claim(limit: 1, lease: 60, worker: "w", now: self.now)
            #expect(
                try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "cart-1:step-1", now: self.now)
                    == .duplicate(existingID: first.id))

            // Done frees the key.
            try await queue.complete(try #require(claimed.first), now: self.at(1))
            let third = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "cart-1:step-1", now: self.at(2))
            #expect(third.wasEnqueued)
            #expect(third.id != first.id)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func cancelStopsPendingJobsAndFreesTheirKey(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let job = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(60), uniqueKey: "journey-7", now: self.now)

            #expect(try await queue.cancel(uniqueKey: "journey-7", now: self.at(1)) == 1)
            #expect(try await queue.cancel(uniqueKey: "journey-7", now: self.at(1)) == 0)
            #expect(try await queue.get(id: job.id)?.state == .cancelled)
            #expect(try await queue.claim(limit: 10, lease: 30, worker: "w", now: self.at(120)).isEmpty)
            #expect(
                try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(60), uniqueKey: "journey-7", now: self.now)
                    .wasEnqueued)

            let other = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.at(60), now: self.now)
            #expect(try await queue.cancel(id: other.id, now: self.at(1)))
            #expect(try await !queue.cancel(id: other.id, now: self.at(1)))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aFailureWithRetryGoesBackToPendingAtRetryAt(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let id = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now).id
            let job = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.now).first)

            let state = try await queue.fail(job, error: "provider said 503", retryAt: self.at(300), now: self.at(1))
            #expect(state == .pending)
            let stored = try #require(try await queue.get(id: id))
            #expect(stored.state == .pending)
            #expect(stored.runAt == self.at(300))
            #expect(stored.lastError == "provider said 503")
            #expect(stored.leaseOwner == nil)
            #expect(stored.attempts == 1)

            #expect(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.at(299)).isEmpty)
            let again = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.at(300)).first)
            #expect(again.attempts == 2)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aJobIsDeadAfterItsLastAttemptOrWithoutRetry(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let backoff = RetryBackoff(base: 10, cap: 100)
            let id = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, maxAttempts: 3, now: self.now).id
            var clock = self.now
            var states: [JobState] = []
            for _ in 1...3 {
                let job = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: clock).first)
                states.append(try await queue.fail(job, error: "boom \(job.attempts)", backoff: backoff, jitter: 0, now: clock))
                clock = try #require(try await queue.get(id: id)).runAt
            }
            #expect(states == [.pending, .pending, .dead])
            let dead = try #require(try await queue.get(id: id))
            #expect(dead.attempts == 3)
            #expect(dead.lastError == "boom 3")
            #expect(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.at(10_000)).isEmpty)

            let other = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now).id
            let job = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.now).first)
            #expect(try await queue.fail(job, error: "permanent", retryAt: nil, now: self.now) == .dead)
            #expect(try await queue.get(id: other)?.state == .dead)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func retryDelaysFollowTheBackoff(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let id = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now).id
            var clock = self.now
            var delays: [TimeInterval] = []
            for _ in 1...4 {
                let job = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: clock).first)
                try await queue.fail(job, error: "e", backoff: .standard, jitter: 0, now: clock)
                let next = try #require(try await queue.get(id: id)).runAt
                delays.append(next.timeIntervalSince(clock))
                clock = next
            }
            #expect(delays == [5, 10, 20, 40])
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func enqueueBatchStoresEveryJobAndReportsDuplicates(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            _ = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "taken", now: self.now)
            var jobs = (0..<2_500).map { i in
                NewJob(kind: "bulk", payloadJSON: "{\"i\":\(i)}", runAt: self.at(TimeInterval(i % 100)))
            }
            jobs.append(NewJob(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "taken"))
            jobs.append(NewJob(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "fresh"))
            jobs.append(NewJob(kind: "k", payloadJSON: "{}", runAt: self.now, uniqueKey: "fresh"))

            let results = try await queue.enqueueBatch(jobs, now: self.now)
            #expect(results.count == jobs.count)
            let bulkEnqueued = results.prefix(2_500).filter(\.wasEnqueued).count
            #expect(bulkEnqueued == 2_500)
            #expect(!results[2_500].wasEnqueued)
            #expect(results[2_501].wasEnqueued)
            #expect(results[2_502] == .duplicate(existingID: results[2_501].id))

            let counts = try await queue.counts(now: self.at(1_000))
            #expect(counts.pending == 2_502)
            #expect(counts.claimable == 2_502)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func countsReportEveryState(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            for i in 0..<6 {
                _ = try await queue.enqueue(
                    kind: "k", payloadJSON: "{}", runAt: self.at(TimeInterval(i)), uniqueKey: "u\(i)", now: self.now)
            }
            let claimed = try await queue.claim(limit: 3, lease: 60, worker: "w", now: self.at(2))
            try await queue.complete(claimed[0], now: self.at(3))
            try await queue.fail(claimed[1], error: "x", retryAt: nil, now: self.at(3))
            try await queue.cancel(uniqueKey: "u5", now: self.at(3))

            let counts = try await queue.counts(now: self.at(4))
            #expect(counts == JobCounts(pending: 2, running: 1, done: 1, dead: 1, cancelled: 1, claimable: 2))
            #expect(counts[.running] == 1)
            // Once the lease expires the running job is claimable too.
            #expect(try await queue.counts(now: self.at(62)).claimable == 3)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func purgeDeletesOldFinishedJobsOnly(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            for _ in 0..<4 { _ = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now) }
            let claimed = try await queue.claim(limit: 3, lease: 60, worker: "w", now: self.now)
            try await queue.complete(claimed[0], now: self.now)
            try await queue.complete(claimed[1], now: self.at(3_600))
            try await queue.fail(claimed[2], error: "x", retryAt: nil, now: self.now)

            #expect(try await queue.purgeFinished(before: self.at(60)) == 1)  // the early done one
            let counts = try await queue.counts(now: self.now)
            #expect(counts.done == 1)
            #expect(counts.dead == 1)
            #expect(counts.pending == 1)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func enqueueJoinsTheCallersTransaction(_ backend: TestBackend) async throws {
        struct Abort: Error {}
        try await withTestDatabase(backend) { database in
            await #expect(throws: Abort.self) {
                try await database.transaction { db in
                    _ = try await JobQueue(db).enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now)
                    throw Abort()
                }
            }
            let counts = try await JobQueue(database: database).counts(now: self.now)
            #expect(counts.pending == 0)
        }
    }

    @Test func invalidArgumentsAreRejected() async throws {
        try await withTestDatabase(.sqlite) { database in
            let queue = JobQueue(database: database)
            await #expect(throws: JobQueueError.self) {
                try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, maxAttempts: 0, now: self.now)
            }
            await #expect(throws: JobQueueError.self) { try await queue.claim(limit: 0, lease: 1, worker: "w", now: self.now) }
            await #expect(throws: JobQueueError.self) { try await queue.claim(limit: 1, lease: 0, worker: "w", now: self.now) }
        }
    }
}

@Suite struct TimeOrderedIDTests {
    @Test func idsSortByTimeThenSequenceAndAreVersion7() throws {
        let now = Date(epochMilliseconds: 1_700_000_000_000)
        let batch = (0..<10_000).map { _ in TimeOrderedID.make(at: now) }
        #expect(batch == batch.sorted())
        #expect(Set(batch).count == batch.count)
        let later = TimeOrderedID.make(at: now.addingTimeInterval(0.001))
        #expect(batch.allSatisfy { $0 < later })

        var fixed = SystemRandomNumberGenerator()
        #expect(TimeOrderedID.make(at: now, sequence: 1, using: &fixed) < TimeOrderedID.make(at: now, sequence: 2, using: &fixed))
        let uuid = try #require(UUID(uuidString: batch[0]))
        #expect(uuid.uuidString == batch[0])
        #expect(batch[0].hasPrefix("018BCFE5-6800-7"))  // 1_700_000_000_000 ms = 0x018BCFE56800, version 7
        let variant = try #require(batch[0].split(separator: "-")[3].first)
        #expect("89AB".contains(variant))
    }
}
