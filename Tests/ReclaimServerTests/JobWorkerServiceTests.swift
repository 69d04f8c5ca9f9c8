import Foundation
import Logging
import ReclaimCore
import ReclaimStore
import ServiceLifecycle
import Testing

@testable import ReclaimServer

/// The background worker: runs handlers, retries with backoff, gives up, honours graceful shutdown.
@Suite struct JobWorkerServiceTests {
    struct Payload: Codable, Sendable { var value: String }

    static let settings = JobWorkerService.Settings(
        batchSize: 10, concurrency: 4, lease: 30, pollInterval: 0.01, backoff: RetryBackoff(base: 5, cap: 60))

    func withQueue(_ body: (JobQueue, ReclaimDatabase) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            let database = try await ReclaimDatabase.open(url: "sqlite://\(directory.path)/jobs.sqlite", logger: logger)
            do {
                _ = try await Migrator(database: database, logger: logger).migrate()
                try await body(JobQueue(database: database), database)
            } catch {
                try? await database.shutdown()
                throw error
            }
            try await database.shutdown()
        }
    }

    func worker(_ queue: JobQueue, _ registry: JobHandlerRegistry, _ clock: TestClock) -> JobWorkerService {
        var logger = Logger(label: "worker")
        logger.logLevel = .critical
        return JobWorkerService(queue: queue, registry: registry, clock: clock, settings: Self.settings, logger: logger)
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
                return Dictionary(uniqueKeysWithValues: bad.map { ($0.id, PermanentJobError("bad input") as any Error) }
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

    @Test func gracefulShutdownFinishesTheJobInHand() async throws {
        try await withQueue { queue, _ in
            let clock = TestClock()
            let recorder = Recorder()
            var registry = JobHandlerRegistry()
            registry.register("slow") { _, _ in
                recorder.record("started")
                try await Task.sleep(for: .milliseconds(300))
                recorder.record("finished")
            }
            let id = try await queue.enqueue(kind: "slow", payload: Payload(value: "x"), runAt: clock.now(), now: clock.now()).id
            var logger = Logger(label: "group")
            logger.logLevel = .critical
            let group = ServiceGroup(
                configuration: .init(services: [self.worker(queue, registry, clock)], logger: logger))

            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                while !recorder.all.contains("started") { try await Task.sleep(for: .milliseconds(5)) }
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }

            #expect(recorder.all == ["started", "finished"])
            #expect(try await queue.get(id: id)?.state == .done)
        }
    }
}
