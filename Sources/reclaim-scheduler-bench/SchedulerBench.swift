import Foundation
import Logging
import ReclaimCore
import ReclaimServer
import ReclaimStore
import SQLKit

/// `bench/scheduler`: N active journeys on SQLite (carts, shoppers and consents inserted in bulk),
/// of which the first `rate × seconds` have their first step coming due at `rate` per second; the
/// real worker runs the steps (re-check, compose, gate, outbox) and the dispatcher hands each text
/// to the outbox provider. Prints the lateness (provider acceptance − step due time) percentiles,
/// the throughput and the process's resident memory as the journeys table grows.
struct Options {
    var journeys = 1_000_000
    var rate = 1_000
    var seconds = 20.0
    var concurrency = ReclaimConfiguration.WorkerSection().concurrency  // what `reclaim serve` runs with
    var batchSize = ReclaimConfiguration.WorkerSection().batchSize  // likewise
    var logLevel = Logger.Level.critical
    var path = FileManager.default.temporaryDirectory.appendingPathComponent("scheduler-bench-\(getpid()).sqlite").path

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        while let name = iterator.next() {
            let value = iterator.next() ?? ""
            switch name {
            case "--journeys": options.journeys = Int(value) ?? options.journeys
            case "--rate": options.rate = Int(value) ?? options.rate
            case "--seconds": options.seconds = Double(value) ?? options.seconds
            case "--sqlite": options.path = value
            case "--concurrency": options.concurrency = Int(value) ?? options.concurrency
            case "--batch-size": options.batchSize = Int(value) ?? options.batchSize
            case "--log-level": options.logLevel = Logger.Level(rawValue: value) ?? options.logLevel
            default:
                let usage =
                    "usage: reclaim-scheduler-bench [--journeys N] [--rate R] [--seconds S] [--sqlite PATH] "
                    + "[--concurrency N] [--batch-size N] [--log-level debug]\n"
                FileHandle.standardError.write(Data(usage.utf8))
                exit(2)
            }
        }
        return options
    }
}

/// The system clock moved to a Tuesday afternoon in New York, so quiet hours never interfere.
struct AfternoonClock: WallClock {
    let offset: TimeInterval
    init() {
        let target = ISO8601DateFormatter().date(from: "2026-11-17T20:00:00Z")!
        self.offset = target.timeIntervalSince(Date())
    }
    func now() -> Date { Date().addingTimeInterval(self.offset) }
}

func residentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
}

/// Runs the benchmark. (A `@main` type rather than top-level code: `main.swift`'s globals are
/// initialised lazily, which put the timestamps taken between statements out of order.)
@main
enum SchedulerBench {
    static func main() async throws {
        let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
        try? FileManager.default.removeItem(atPath: options.path)
        var logger = Logger(label: "scheduler-bench")
        logger.logLevel = options.logLevel  // debug prints every SQL statement
        let yaml = """
            database: { url: "sqlite://\(options.path)" }
            worker: { concurrency: \(options.concurrency), batch_size: \(options.batchSize) }
            stores:
              - id: bench
                name: Bench Coffee
                currency: USD
                default_region: US
                website: https://bench.example
                sms: { provider: outbox }
                email: { provider: outbox, from: "Bench Coffee <hello@bench.example>" }
                flows: [ { name: bench, default: true, steps: [ { delay: 1s, channel: sms, template: check_in_sms } ] } ]
            """
        let configuration = try ConfigurationLoader(environment: [:]).parse(yaml)
        let database = try await ReclaimDatabase.open(url: configuration.database.url, logger: logger)
        _ = try await Migrator(database: database, logger: logger).migrate()
        let clock = AfternoonClock()
        let sql = database.sql
        let baseRSS = residentMiB()

        // --- bulk set-up: shoppers, consents, abandoned carts and journeys --------------------------------
        let setupStart = ContinuousClock.now
        // The carts were abandoned as set-up began; their first steps come due from 3 s after it ends, so a
        // slow set-up (a million rows take ~20 s) does not count as lateness.
        let abandoned = clock.now().addingTimeInterval(-1)
        let flows = FlowDirectory(configuration: configuration)
        let flow = FlowSelector(configuration: flows["bench"]).select(for: FlowContext(cartID: "x", cartValue: 4200))
        let progress = FlowEngine.start(
            flow: flow, context: FlowContext(cartID: "x", cartValue: 4200), abandonedAt: abandoned, now: abandoned
        ).progress
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        let progressJSON = String(decoding: try encoder.encode(progress), as: UTF8.self)
        let items = String(
            decoding: try encoder.encode([
                LineItem(productID: "ETH", title: "Ethiopia Yirgacheffe", variantTitle: "Whole bean", quantity: 1, unitPrice: 4200)
            ]), as: UTF8.self)
        let ms = { (date: Date) in Int(date.timeIntervalSince1970 * 1000) }
        let n = options.journeys
        let seq = "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < \(n - 1))"
        let phone = "'+1212' || (200 + i / 10000) || printf('%04d', i % 10000)"
        try await sql.raw(
            SQLQueryString(
                """
                \(unsafeRaw: seq) INSERT INTO contacts (id, store_id, phone, first_name, locale, created_at, updated_at)
                SELECT 'c' || i, 'bench', \(unsafeRaw: phone), 'Maya', 'en-US', \(bind: ms(abandoned)), \(bind: ms(abandoned)) FROM seq
                """)
        ).run()
        try await sql.raw(
            SQLQueryString(
                """
                \(unsafeRaw: seq) INSERT INTO consent_records (id, store_id, contact_id, channel, address, kind, source, disclosure_text, ip, page_url, occurred_at, recorded_at)
                SELECT 'k' || i, 'bench', 'c' || i, 'sms', \(unsafeRaw: phone), 'express_written', 'checkout_checkbox',
                'Text me cart reminders from Bench Coffee. Consent is not a condition of purchase. Reply STOP to opt out.', '203.0.113.7',
                'https://bench.example/checkout', \(bind: ms(abandoned) - 86_400_000), \(bind: ms(abandoned) - 86_400_000) FROM seq
                """)
        ).run()
        try await sql.raw(
            SQLQueryString(
                """
                \(unsafeRaw: seq) INSERT INTO carts (id, store_id, source, external_id, contact_id, items, subtotal_minor, subtotal_currency,
                recovery_url, shipping_address, status, last_activity_at, abandoned_at, created_at, updated_at)
                SELECT 'k' || i, 'bench', 'events', 'cart-' || i, 'c' || i, \(bind: items), 4200, 'USD', 'https://bench.example/cart/' || i,
                '{"country":"US","province":"NY","city":"New York","zip":"10001"}', 'abandoned', \(bind: ms(abandoned) - 1_800_000),
                \(bind: ms(abandoned)), \(bind: ms(abandoned)), \(bind: ms(abandoned)) FROM seq
                """)
        ).run()
        try await sql.raw(
            SQLQueryString(
                """
                \(unsafeRaw: seq) INSERT INTO journeys (id, store_id, cart_id, contact_id, flow_name, holdout, state, next_step, started_at, updated_at, progress)
                SELECT 'j' || i, 'bench', 'k' || i, 'c' || i, 'bench', 0, 'active', 0, \(bind: ms(abandoned)), \(bind: ms(abandoned)), \(bind: progressJSON) FROM seq
                """)
        ).run()
        // Fold the bulk inserts' write-ahead log into the file now, as a long-running server's would be, rather
        // than in the first measured commits.
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        // And let the kernel write the gigabyte of set-up out now: otherwise its write-back competes with the
        // measured commits' fsyncs for the disk during the first seconds, which no running server sees.
        sync()
        let due = Int(Double(options.rate) * options.seconds)
        let t0 = clock.now().addingTimeInterval(3)
        let queue = JobQueue(database: database)
        var batch: [NewJob] = []
        for i in 0..<min(due, n) {
            let at = t0.addingTimeInterval(Double(i) / Double(options.rate))
            batch.append(
                NewJob(kind: "flow.step", payloadJSON: #"{"journey_id":"j\#(i)","step":0}"#, runAt: at, uniqueKey: "journey:j\(i):step:0"))
            if batch.count == 1000 {
                try await queue.enqueueBatch(batch, now: clock.now())
                batch.removeAll()
            }
        }
        if !batch.isEmpty { try await queue.enqueueBatch(batch, now: clock.now()) }
        let setupSeconds = Double((ContinuousClock.now - setupStart).components.seconds)
        let setupRSS = residentMiB()
        print(
            "bench/scheduler: \(n) active journeys (set up in \(Int(setupSeconds)) s), \(due) first steps due at \(options.rate)/s for \(Int(options.seconds)) s, SQLite"
        )

        // --- run the real worker until every due step has been handed to the provider ------------------
        let dependencies = AppDependencies(
            configuration: configuration, database: database, clock: clock, logger: logger,
            channels: try ChannelDirectory(configuration: configuration, clock: clock), flows: flows)
        let worker = try JobWorkerService(dependencies: dependencies, registry: buildJobRegistry(dependencies))
        let deadline = t0.addingTimeInterval(options.seconds + 30)
        var peakRSS = setupRSS
        // The worker's own loop, as `reclaim serve` runs it; this task only watches the queue drain.
        let running = Task { try await worker.run() }
        while clock.now() < deadline {
            try await Task.sleep(for: .milliseconds(200))
            peakRSS = max(peakRSS, residentMiB())
            guard clock.now() > t0 else { continue }
            let live = try await sql.raw("SELECT COUNT(*) AS n FROM jobs WHERE state IN ('pending', 'running')").first()
            let left = try live?.decode(column: "n", as: Int.self) ?? 0
            if left == 0 { break }
        }
        running.cancel()
        _ = try? await running.value

        let runSeconds = clock.now().timeIntervalSince(t0)
        var done: [String] = []
        for row in try await sql.raw("SELECT kind, COUNT(*) AS n FROM jobs WHERE state = 'done' GROUP BY kind ORDER BY kind").all() {
            done.append("\(try row.decode(column: "kind", as: String.self)) \(try row.decode(column: "n", as: Int.self))")
        }
        print(String(format: "jobs done in %.1f s after the first came due: ", runSeconds) + done.joined(separator: ", "))

        // --- lateness: provider acceptance minus the step's due time -----------------------------------
        var lateness: [Double] = []
        for row in try await sql.raw("SELECT journey_id, sent_at FROM messages WHERE direction = 'outbound' AND sent_at IS NOT NULL").all()
        {
            let journey = try row.decode(column: "journey_id", as: String.self)
            guard let index = Int(journey.dropFirst()) else { continue }
            let sent = try row.decode(column: "sent_at", as: Int.self)
            let dueAt = t0.addingTimeInterval(Double(index) / Double(options.rate))
            lateness.append(Double(sent - ms(dueAt)) / 1000)
        }
        lateness.sort()
        let sortedLateness = lateness
        let percentile = { (p: Double) -> String in
            guard !sortedLateness.isEmpty else { return "n/a" }
            return String(format: "%.3f s", sortedLateness[min(sortedLateness.count - 1, Int(Double(sortedLateness.count) * p))])
        }
        print("sent \(lateness.count) of \(due)")
        print("lateness (accepted − due): p50 \(percentile(0.5))  p99 \(percentile(0.99))  max \(percentile(1.0))")
        print(
            String(
                format: "resident memory: %.0f MiB at start, %.0f MiB after set-up, %.0f MiB peak while sending", baseRSS, setupRSS, peakRSS
            ))
        try await database.shutdown()
        try? FileManager.default.removeItem(atPath: options.path)
    }
}
