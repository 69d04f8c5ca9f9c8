import Foundation
import ReclaimStore
import ReclaimTestSupport
import Testing

@Suite struct JobQueueLeaseTests {
    let now = Date(epochMilliseconds: 1_700_000_000_000)

    private func at(_ seconds: TimeInterval) -> Date { self.now.addingTimeInterval(seconds) }

    @Test(arguments: TestBackend.enabledCases)
    func twoWorkersClaimingConcurrentlyShareTheJobsWithoutOverlap(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            // Given 500 due jobs
            let queue = JobQueue(database: database)
            let ids = try await queue.enqueueBatch(
                (0..<500).map { NewJob(kind: "k", payloadJSON: "{\"n\":\($0)}", runAt: self.at(TimeInterval($0 % 7))) },
                now: self.now
            ).map(\.id)

            // When two workers, on two separate pools as two processes would be, loop claim(limit: 10)
            let perWorker = try await withSecondConnection(to: database) { other in
                try await withThrowingTaskGroup(of: [String].self) { group in
                    for (worker, db) in [("w1", database), ("w2", other)] {
                        group.addTask {
                            let queue = JobQueue(database: db)
                            var got: [String] = []
                            while true {
                                let batch = try await queue.claim(limit: 10, lease: 60, worker: worker, now: self.at(10))
                                if batch.isEmpty { break }
                                #expect(batch.allSatisfy { $0.leaseOwner == worker && $0.attempts == 1 })
                                got += batch.map(\.id)
                                try await queue.complete(batch, now: self.at(11))
                            }
                            return got
                        }
                    }
                    return try await group.reduce(into: [[String]]()) { $0.append($1) }
                }
            }

            // Then no job was handed out twice and together they got all of them
            let all = perWorker.flatMap { $0 }
            #expect(all.count == 500)
            #expect(Set(all) == Set(ids))
            #expect(try await queue.counts(now: self.at(12)).done == 500)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aDeadWorkersJobIsReclaimedAfterItsLeaseAndItsLateResultRefused(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            // Given a job claimed by a worker that then dies
            let queue = JobQueue(database: database)
            let id = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now).id
            let lost = try #require(try await queue.claim(limit: 1, lease: 30, worker: "dead-worker", now: self.now).first)

            // When its lease has not expired yet, nobody else gets it
            #expect(try await queue.claim(limit: 1, lease: 30, worker: "rescuer", now: self.at(29)).isEmpty)

            // When it expires, another worker claims it again
            let rescued = try #require(try await queue.claim(limit: 1, lease: 30, worker: "rescuer", now: self.at(30)).first)
            #expect(rescued.id == id)
            #expect(rescued.attempts == 2)
            #expect(rescued.leaseOwner == "rescuer")
            #expect(rescued.runAt == self.now)

            // Then the dead worker's late result is refused and changes nothing
            await #expect(throws: JobQueueError.leaseLost(jobID: id)) { try await queue.complete(lost, now: self.at(31)) }
            await #expect(throws: JobQueueError.leaseLost(jobID: id)) {
                try await queue.fail(lost, error: "late", retryAt: self.at(100), now: self.at(31))
            }
            await #expect(throws: JobQueueError.leaseLost(jobID: id)) {
                try await queue.extendLease(lost, by: 60, now: self.at(31))
            }
            #expect(try await queue.complete([lost], now: self.at(31)) == [id])
            #expect(try await queue.get(id: id)?.leaseOwner == "rescuer")

            // And the new owner's result counts
            try await queue.complete(rescued, now: self.at(32))
            #expect(try await queue.get(id: id)?.state == .done)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func theSameWorkerNameCannotFinishAnEarlierLeaseOfAReclaimedJob(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            _ = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now)
            let first = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.now).first)
            let second = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.at(31)).first)
            #expect(second.attempts == 2)
            await #expect(throws: JobQueueError.leaseLost(jobID: first.id)) { try await queue.complete(first, now: self.at(32)) }
            try await queue.complete(second, now: self.at(32))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func extendingALeaseKeepsOthersAway(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            _ = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now)
            let job = try #require(try await queue.claim(limit: 1, lease: 30, worker: "w", now: self.now).first)
            let extended = try await queue.extendLease(job, by: 120, now: self.at(20))
            #expect(extended.leaseExpiresAt == self.at(140))

            #expect(try await queue.claim(limit: 1, lease: 30, worker: "other", now: self.at(100)).isEmpty)
            try await queue.complete(extended, now: self.at(101))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aHeartbeatExtendsEveryLeaseItsWorkerHoldsAndNoOtherWorkers(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            for index in 0..<4 {
                _ = try await queue.enqueue(kind: "k", payloadJSON: "{\"n\":\(index)}", runAt: self.now, now: self.now)
            }
            let mine = try await queue.claim(limit: 3, lease: 10, worker: "live", now: self.now)
            let theirs = try #require(try await queue.claim(limit: 1, lease: 10, worker: "other", now: self.now).first)
            #expect(mine.count == 3)

            // The live worker beats at 8 s: its three leases now run to 18 s; the other worker's does not move.
            #expect(try await queue.extendLeases(worker: "live", by: 10, now: self.at(8)) == 3)
            for job in mine { #expect(try await queue.get(id: job.id)?.leaseExpiresAt == self.at(18)) }
            #expect(try await queue.get(id: theirs.id)?.leaseExpiresAt == self.at(10))

            // At 12 s only the job of the worker that stopped beating is claimed again.
            let rescued = try await queue.claim(limit: 10, lease: 10, worker: "rescuer", now: self.at(12))
            #expect(rescued.map(\.id) == [theirs.id])

            // The extended leases still complete.
            #expect(try await queue.complete(mine, now: self.at(13)).isEmpty)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aLateHeartbeatDoesNotTakeBackAnExpiredLease(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let id = try await queue.enqueue(kind: "k", payloadJSON: "{}", runAt: self.now, now: self.now).id
            _ = try #require(try await queue.claim(limit: 1, lease: 10, worker: "stalled", now: self.now).first)
            // Its lease ran out at 10 s: a beat at 11 s extends nothing, and another worker may claim it.
            #expect(try await queue.extendLeases(worker: "stalled", by: 10, now: self.at(11)) == 0)
            let rescued = try #require(try await queue.claim(limit: 1, lease: 10, worker: "rescuer", now: self.at(11)).first)
            #expect(rescued.id == id)
            #expect(try await queue.extendLeases(worker: "stalled", by: 10, now: self.at(12)) == 0)
            #expect(try await queue.get(id: id)?.leaseOwner == "rescuer")
            await #expect(throws: JobQueueError.invalidArgument("lease must be positive")) {
                try await queue.extendLeases(worker: "rescuer", by: 0, now: self.at(12))
            }
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func liveUniqueKeysListsPendingAndRunningJobsOfAKindByPrefix(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            for key in ["dispatch:a:0", "dispatch:b:1:paced", "dispatch:c:0", "other:d", "dispatch_x"] {
                _ = try await queue.enqueue(
                    kind: key.hasPrefix("other") ? "o" : "d", payloadJSON: "{}", runAt: self.now, uniqueKey: key, now: self.now)
            }
            _ = try await queue.enqueue(kind: "d", payloadJSON: "{}", runAt: self.at(100), uniqueKey: "dispatch:later:0", now: self.now)
            let claimed = try await queue.claim(limit: 10, lease: 60, worker: "w", now: self.now)
            let done = try #require(claimed.first { $0.uniqueKey == "dispatch:c:0" })
            try await queue.complete(done, now: self.now)
            #expect(
                try await queue.liveUniqueKeys(kind: "d", prefix: "dispatch:")
                    == ["dispatch:a:0", "dispatch:b:1:paced", "dispatch:later:0"])
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aJobWhoseWorkerDiesOnEveryAttemptEndsDead(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            let id = try await queue.enqueue(kind: "poison", payloadJSON: "{}", runAt: self.now, maxAttempts: 2, now: self.now).id
            #expect(try await queue.claim(limit: 1, lease: 10, worker: "a", now: self.now).count == 1)
            #expect(try await queue.claim(limit: 1, lease: 10, worker: "b", now: self.at(10)).count == 1)
            // The second lease expires too: no third attempt, the job is dead.
            #expect(try await queue.claim(limit: 1, lease: 10, worker: "c", now: self.at(20)).isEmpty)
            let dead = try #require(try await queue.get(id: id))
            #expect(dead.state == .dead)
            #expect(dead.attempts == 2)
            #expect(dead.lastError?.contains("lease expired") == true)
        }
    }
}
