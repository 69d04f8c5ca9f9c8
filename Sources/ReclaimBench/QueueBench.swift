import Foundation
import Logging
import ReclaimStore
import SQLKit

/// Measures the job queue on one database: bulk enqueue, claim+complete throughput on a large backlog,
/// and lateness of jobs coming due at a steady rate.
struct QueueBench {
    let database: ReclaimDatabase
    let options: BenchOptions
    let queue: JobQueue

    init(database: ReclaimDatabase, options: BenchOptions) {
        self.database = database
        self.options = options
        self.queue = JobQueue(database: database)
    }

    func run() async throws {
        let label = self.database.dialect.description
        print("### \(label)\n")
        print("| measurement | result |")
        print("|---|---|")

        // 0. The floor: one awaited trivial statement through the pool.
        let pings = 5_000
        let pingStart = ContinuousClock.now
        for _ in 0..<pings { try await self.database.ping() }
        print(
            row(
                "round trip (`SELECT 1` through the pool)",
                "\(fmt((ContinuousClock.now - pingStart).seconds * 1e6 / Double(pings))) µs"))

        // 1. Enqueue: due times follow insertion order, as timers mostly do.
        try await self.empty()
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        let total = self.options.jobs
        let batch = 10_000
        let enqueueStart = ContinuousClock.now
        var enqueued = 0
        while enqueued < total {
            let count = min(batch, total - enqueued)
            let jobs = (enqueued..<enqueued + count).map { i in
                NewJob(kind: "bench", payloadJSON: "{\"i\":\(i)}", runAt: base.addingTimeInterval(Double(i) / 1_000))
            }
            try await self.queue.enqueueBatch(jobs, now: base)
            enqueued += count
        }
        let enqueueSeconds = (ContinuousClock.now - enqueueStart).seconds
        print(
            row(
                "enqueue \(total.formatted()) jobs (enqueueBatch, 10k per call)",
                "\(fmt(enqueueSeconds)) s = \(rate(total, enqueueSeconds)) jobs/s"))

        // 2. Claim + complete against the full backlog.
        let far = base.addingTimeInterval(Double(total))
        let claims = self.options.claims
        var start = ContinuousClock.now
        var done = 0
        while done < claims {
            let jobs = try await self.queue.claim(limit: 100, lease: 300, worker: "bench", now: far)
            if jobs.isEmpty { break }
            try await self.queue.complete(jobs, now: far)
            done += jobs.count
        }
        var seconds = (ContinuousClock.now - start).seconds
        print(
            row(
                "claim(100) + complete(batch), \(done.formatted()) jobs, \((total).formatted()) pending",
                "\(rate(done, seconds)) jobs/s (\(fmt(seconds * 100_000 / Double(max(1, done)))) ms per 100)"))

        start = ContinuousClock.now
        var single = 0
        while single < claims / 5 {
            let jobs = try await self.queue.claim(limit: 100, lease: 300, worker: "bench", now: far)
            if jobs.isEmpty { break }
            for job in jobs { try await self.queue.complete(job, now: far) }
            single += jobs.count
        }
        seconds = (ContinuousClock.now - start).seconds
        print(row("claim(100) + complete each job, \(single.formatted()) jobs", "\(rate(single, seconds)) jobs/s"))

        let countStart = ContinuousClock.now
        let counts = try await self.queue.counts(now: far)
        print(
            row(
                "counts(now:) with \(counts.pending.formatted()) pending, \(counts.done.formatted()) done",
                "\(fmt((ContinuousClock.now - countStart).seconds * 1_000)) ms"))

        // 3. Lateness at a steady arrival rate, on an empty queue.
        try await self.empty()
        try await self.lateness()
        print("")
    }

    /// A producer enqueues jobs due at `rate` per second, 0.5 s ahead; one worker claims batches of 100,
    /// polling every 10 ms when idle, and records claim time − run_at.
    private func lateness() async throws {
        let rate = self.options.rate
        let duration = self.options.seconds
        let clock = ContinuousClock()
        let wall: @Sendable () -> Date = { Date() }
        let t0 = wall().addingTimeInterval(0.5)
        let totalJobs = Int(Double(rate) * duration)
        let queue = self.queue

        async let produced: Int = {
            var next = 0
            while next < totalJobs {
                // Keep the producer 0.5 s ahead of due times, in 10 ms slices.
                let horizon = wall().addingTimeInterval(0.5)
                var jobs: [NewJob] = []
                while next < totalJobs {
                    let due = t0.addingTimeInterval(Double(next) / Double(rate))
                    if due > horizon { break }
                    jobs.append(NewJob(kind: "bench.due", payloadJSON: "{}", runAt: due))
                    next += 1
                }
                if !jobs.isEmpty { try await queue.enqueueBatch(jobs, now: wall()) }
                try await Task.sleep(for: .milliseconds(10))
            }
            return next
        }()

        var lateness: [Double] = []
        lateness.reserveCapacity(totalJobs)
        let deadline = clock.now + .seconds(duration + 5)
        while lateness.count < totalJobs, clock.now < deadline {
            let now = wall()
            let jobs = try await queue.claim(limit: 100, lease: 60, worker: "bench", now: now)
            if jobs.isEmpty {
                try await Task.sleep(for: .milliseconds(10))
                continue
            }
            for job in jobs { lateness.append(now.timeIntervalSince(job.runAt) * 1_000) }
            try await queue.complete(jobs, now: wall())
        }
        let producedCount = try await produced
        lateness.sort()
        func percentile(_ p: Double) -> String {
            guard !lateness.isEmpty else { return "n/a" }
            return fmt(lateness[min(lateness.count - 1, Int(Double(lateness.count - 1) * p))])
        }
        print(
            row(
                "lateness at \(rate.formatted())/s for \(fmt(duration)) s (\(lateness.count.formatted()) of \(producedCount.formatted()) jobs; poll 10 ms)",
                "p50 \(percentile(0.5)) ms, p99 \(percentile(0.99)) ms, max \(percentile(1)) ms"))
    }

    /// Deletes every job (TRUNCATE on PostgreSQL).
    private func empty() async throws {
        switch self.database.dialect {
        case .postgres: try await self.database.sql.raw("TRUNCATE jobs").run()
        case .sqlite:
            try await self.database.sql.raw("DELETE FROM jobs").run()
            try await self.database.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        }
    }
}

func row(_ what: String, _ result: String) -> String { "| \(what) | \(result) |" }
func fmt(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.0f", value) }
func rate(_ count: Int, _ seconds: Double) -> String { Int(Double(count) / max(seconds, 1e-9)).formatted() }

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = self.components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
