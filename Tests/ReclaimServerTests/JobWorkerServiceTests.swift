import Foundation
import Logging
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import ServiceLifecycle
import Testing

@testable import ReclaimServer

/// The background worker: runs handlers, retries with backoff, gives up, honours graceful shutdown.
@Suite struct JobWorkerServiceTests {
    struct Payload: Codable, Sendable { var value: String }

    static let settings = JobWorkerService.Settings(
        batchSize: 10, concurrency: 4, lease: 30, pollInterval: 0.01, backoff: RetryBackoff(base: 5, cap: 60))

    func withQueue(_ body: (JobQueue, ReclaimDatabase) async throws -> Void) async throws {
        try await withTestDatabase(.sqlite) { database in try await body(JobQueue(database: database), database) }
    }

    func worker(_ queue: JobQueue, _ registry: JobHandlerRegistry, _ clock: TestClock, wakeup: JobWakeup? = nil) -> JobWorkerService {
        var logger = Logger(label: "worker")
        logger.logLevel = .critical
        return JobWorkerService(queue: queue, registry: registry, clock: clock, settings: Self.settings, logger: logger, wakeup: wakeup)
    }

    @Test func runsDueJobsThroughTheirHandlerAndCompletesThem() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            var registry = JobHandlerRegistry()
            registry.register("greet") { job, _ in recorder.record(try job.decode(Payload.self).value) }
            let due = try await queue.enqueue(kind: "greet", payload: Payload(value: "now"), runAt: clock.now(), now: clock.now())
            let later = try await queue.enqueue(
                kind: "greet", payload: Payload(value: "later"), runAt: clock.now().addingTimeInterval(60), now: clock.now())

            let ran = try await self.worker(queue, registry, clock).runOnce()

            #expect(ran == 1)
            #expect(recorder.all == ["now"])
            #expect(try await queue.get(id: due.id)?.state == .done)
            #expect(try await queue.get(id: later.id)?.state == .pending)
        }
    }

    @Test func jobsOfAKindWithABatchHandlerRunTogetherAndFailOneByOne() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            var registry = JobHandlerRegistry()
            registry.register("pair") { job, _ in recorder.record("alone \(try job.decode(Payload.self).value)") }
            registry.registerBatch("pair") { jobs, _ in
                let values = jobs.compactMap { try? $0.decode(Payload.self).value }
                recorder.record("together \(values.sorted().joined(separator: ","))")
                let bad = jobs.filter { (try? $0.decode(Payload.self).value) == "bad" }
                return Dictionary(
                    uniqueKeysWithValues: bad.map { ($0.id, PermanentJobError("bad input") as any Error) }
                        + jobs.filter { (try? $0.decode(Payload.self).value) == "flaky" }.map { ($0.id, CancellationError() as any Error) })
            }
            registry.register("other") { job, _ in recorder.record("other \(try job.decode(Payload.self).value)") }
            var ids: [String: String] = [:]
            for value in ["a", "b", "bad", "flaky"] {
                ids[value] = try await queue.enqueue(kind: "pair", payload: Payload(value: value), runAt: clock.now(), now: clock.now()).id
            }
            _ = try await queue.enqueue(kind: "other", payload: Payload(value: "x"), runAt: clock.now(), now: clock.now())

            #expect(try await self.worker(queue, registry, clock).runOnce() == 5)
            #expect(Set(recorder.all) == ["together a,b,bad,flaky", "other x"])
            #expect(try await queue.get(id: ids["a"]!)?.state == .done)
            #expect(try await queue.get(id: ids["b"]!)?.state == .done)
            #expect(try await queue.get(id: ids["bad"]!)?.state == .dead)
            let flaky = try #require(try await queue.get(id: ids["flaky"]!))
            #expect(flaky.state == .pending)
            #expect(flaky.attempts == 1)
            #expect(flaky.runAt > clock.now())
            #expect(flaky.lastError?.contains("CancellationError") == true)

            // A lone job of the kind goes to the single-job handler.
            clock.advance(by: 61)
            #expect(try await self.worker(queue, registry, clock).runOnce() == 1)
            #expect(recorder.all.last == "alone flaky")
            #expect(try await queue.get(id: ids["flaky"]!)?.state == .done)
        }
    }

    @Test func failingJobIsRetriedWithBackoffThenDies() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            var registry = JobHandlerRegistry()
            registry.register("flaky") { _, _ in
                recorder.record("try")
                throw CancellationError()
            }
            let id = try await queue.enqueue(
                kind: "flaky", payload: Payload(value: "x"), runAt: clock.now(), maxAttempts: 3, now: clock.now()
            ).id
            let worker = self.worker(queue, registry, clock)

            try await worker.runOnce()
            let afterFirst = try #require(try await queue.get(id: id))
            #expect(afterFirst.state == .pending)
            #expect(afterFirst.attempts == 1)
            #expect(afterFirst.runAt > clock.now())
            #expect(try await worker.runOnce() == 0)  // not due yet: backoff holds it

            clock.advance(by: 61)
            try await worker.runOnce()
            clock.advance(by: 61)
            try await worker.runOnce()

            #expect(recorder.all.count == 3)
            let dead = try #require(try await queue.get(id: id))
            #expect(dead.state == .dead)
            #expect(dead.lastError?.isEmpty == false)
        }
    }

    @Test func permanentErrorAndUnknownKindDieAtOnce() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            var registry = JobHandlerRegistry()
            registry.register("bad") { _, _ in throw PermanentJobError("payload refers to a deleted cart") }
            let bad = try await queue.enqueue(kind: "bad", payload: Payload(value: "x"), runAt: clock.now(), now: clock.now())
            let unknown = try await queue.enqueue(kind: "nobody", payload: Payload(value: "x"), runAt: clock.now(), now: clock.now())

            try await self.worker(queue, registry, clock).runOnce()

            #expect(try await queue.get(id: bad.id)?.state == .dead)
            #expect(try await queue.get(id: bad.id)?.lastError == "payload refers to a deleted cart")
            #expect(try await queue.get(id: unknown.id)?.state == .dead)
        }
    }

    /// Runs `worker` as a service until `body` returns, then shuts it down gracefully.
    func whileRunning(_ worker: JobWorkerService, _ body: () async throws -> Void) async throws {
        var logger = Logger(label: "group")
        logger.logLevel = .critical
        let group = ServiceGroup(configuration: .init(services: [worker], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            do {
                try await body()
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    /// Waits until `condition` holds, up to `seconds`.
    func eventually(_ seconds: Double = 5, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while !(try await condition()) {
            if ContinuousClock.now > deadline { return false }
            try await Task.sleep(for: .milliseconds(5))
        }
        return true
    }

    @Test func aSlowJobDoesNotHoldBackJobsDueAfterIt() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            let release = Latch()
            var registry = JobHandlerRegistry()
            registry.register("slow") { _, _ in
                recorder.record("slow started")
                while !release.isOpen { try await Task.sleep(for: .milliseconds(5)) }
                recorder.record("slow finished")
            }
            registry.register("quick") { job, _ in recorder.record("quick \(try job.decode(Payload.self).value)") }
            let slow = try await queue.enqueue(kind: "slow", payload: Payload(value: "s"), runAt: clock.now(), now: clock.now()).id
            let wakeup = JobWakeup()
            let worker = self.worker(queue, registry, clock, wakeup: wakeup)

            try await self.whileRunning(worker) {
                #expect(try await self.eventually { recorder.all.contains("slow started") })
                for value in ["a", "b", "c"] {
                    _ = try await queue.enqueue(kind: "quick", payload: Payload(value: value), runAt: clock.now(), now: clock.now())
                }
                wakeup.signal()
                // The quick jobs run while the slow one still holds its slot.
                #expect(try await self.eventually { recorder.all.filter { $0.hasPrefix("quick") }.count == 3 })
                #expect(!recorder.all.contains("slow finished"))
                release.open()
                #expect(try await self.eventually { recorder.all.contains("slow finished") })
            }
            #expect(try await queue.get(id: slow)?.state == .done)
        }
    }

    @Test func batchesOfAKindNeverOverlapAndLaterJobsFormTheNextBatch() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            let release = Latch()
            var registry = JobHandlerRegistry()
            registry.register("pair") { _, _ in recorder.record("alone") }
            registry.registerBatch("pair") { jobs, _ in
                let values = jobs.compactMap { try? $0.decode(Payload.self).value }.sorted().joined(separator: ",")
                recorder.record("start \(values)")
                while values.hasPrefix("a") && !release.isOpen { try? await Task.sleep(for: .milliseconds(5)) }
                recorder.record("end \(values)")
                return [:]
            }
            for value in ["a1", "a2", "a3"] {
                _ = try await queue.enqueue(kind: "pair", payload: Payload(value: value), runAt: clock.now(), now: clock.now())
            }
            let wakeup = JobWakeup()
            let worker = self.worker(queue, registry, clock, wakeup: wakeup)

            try await self.whileRunning(worker) {
                #expect(try await self.eventually { recorder.all.contains("start a1,a2,a3") })
                var later: [String] = []
                for value in ["b1", "b2"] {
                    later.append(
                        try await queue.enqueue(kind: "pair", payload: Payload(value: value), runAt: clock.now(), now: clock.now()).id)
                }
                wakeup.signal()
                // Claimed meanwhile, but waiting for the running batch (the final order below proves they waited).
                let claimed = try await self.eventually { () async throws -> Bool in
                    var states: [JobState?] = []
                    for id in later { states.append(try await queue.get(id: id)?.state) }
                    return states.allSatisfy { $0 == .running }
                }
                #expect(claimed)
                #expect(recorder.all == ["start a1,a2,a3"])
                release.open()
                #expect(try await self.eventually { recorder.all.contains("end b1,b2") })
            }
            #expect(recorder.all == ["start a1,a2,a3", "end a1,a2,a3", "start b1,b2", "end b1,b2"])
            let states = try await queue.counts(now: clock.now())
            #expect(states.done == 5)
        }
    }

    @Test func aJobRunningLongerThanItsLeaseKeepsItThroughTheHeartbeat() async throws {
        try await withQueue { queue, _ in
            let (clock, recorder, release) = (TestClock(), Recorder(), Latch())
            let registry = JobHandlerRegistry.holding("slow", until: release, recorder: recorder)
            let id = try await queue.enqueue(kind: "slow", payload: Payload(value: "x"), runAt: clock.now(), now: clock.now()).id
            var logger = Logger(label: "worker")
            logger.logLevel = .critical
            // A 0.6 s lease: the heartbeat extends it every 0.2 s (real time).
            let worker = JobWorkerService(
                queue: queue, registry: registry, clock: clock,
                settings: .init(batchSize: 10, concurrency: 4, lease: 0.6, pollInterval: 0.01), logger: logger)

            try await self.whileRunning(worker) {
                #expect(try await self.eventually { recorder.all.contains("started") })
                // Twice the lease passes on the queue's clock. After each step, wait for a beat: the lease then ends
                // a full lease (0.6 s) past the queue's now, where without one at most 0.3 s would be left.
                for _ in 0..<4 {
                    clock.advance(by: 0.3)
                    let renewedBy = clock.now().addingTimeInterval(0.45)
                    let beaten = try await self.eventually { () async throws -> Bool in
                        guard let expiry = try await queue.get(id: id)?.leaseExpiresAt else { return false }
                        return expiry > renewedBy
                    }
                    #expect(beaten)
                    #expect(try await queue.claim(limit: 1, lease: 30, worker: "rescuer", now: clock.now()).isEmpty)
                }
                release.open()
            }
            #expect(try await queue.get(id: id)?.state == .done)
        }
    }

    /// The worker holds two jobs and runs one at a time. Each waits for the shutdown itself (no sleep): the first
    /// is running when shutdown begins, and the second can only start after the worker has seen the shutdown.
    /// A worker that cancelled or dropped its jobs on shutdown would lose "finished" or never start the second.
    @Test func gracefulShutdownFinishesTheJobsInHand() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            var registry = JobHandlerRegistry()
            registry.register("slow") { job, _ in
                let value = try job.decode(Payload.self).value
                recorder.record("started \(value)")
                try await gracefulShutdown()
                recorder.record("finished \(value)")
            }
            var ids: [String] = []
            for value in ["x", "y"] {
                ids.append(try await queue.enqueue(kind: "slow", payload: Payload(value: value), runAt: clock.now(), now: clock.now()).id)
            }
            var logger = Logger(label: "group")
            logger.logLevel = .critical
            let worker = JobWorkerService(
                queue: queue, registry: registry, clock: clock,
                settings: .init(batchSize: 10, concurrency: 1, lease: 30, pollInterval: 0.01), logger: logger)
            let group = ServiceGroup(configuration: .init(services: [worker], logger: logger))

            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                #expect(try await self.eventually { recorder.all.contains { $0.hasPrefix("started") } })
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }

            let entries = recorder.all
            #expect(entries.map { $0.split(separator: " ")[0] } == ["started", "finished", "started", "finished"])
            #expect(Set(entries.map { $0.split(separator: " ")[1] }) == ["x", "y"])
            for id in ids { #expect(try await queue.get(id: id)?.state == .done) }
        }
    }
}

extension JobHandlerRegistry {
    /// A registry whose `kind` jobs record "started" and run until `release` opens.
    static func holding(_ kind: String, until release: Latch, recorder: Recorder) -> JobHandlerRegistry {
        var registry = JobHandlerRegistry()
        registry.register(kind) { _, _ in
            recorder.record("started")
            while !release.isOpen { try await Task.sleep(for: .milliseconds(5)) }
        }
        return registry
    }
}

/// A flag a test opens once, read from any task.
final class Latch: @unchecked Sendable {
    // @unchecked: `opened` is only touched under `lock`.
    private let lock = NSLock()
    private var opened = false
    var isOpen: Bool { self.lock.withLock { self.opened } }
    func open() { self.lock.withLock { self.opened = true } }
}
