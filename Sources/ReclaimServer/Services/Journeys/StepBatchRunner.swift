import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// Runs many due `flow.step` jobs together: the same re-check, engine, compose and gate as
/// ``JourneyService/step(_:_:)``, but the journeys, carts, shoppers and compliance facts are read with
/// one query per table, and every journey's writes (messages, links, unsubscribe tokens, discounts,
/// dispatch jobs, the journey itself, its next step jobs) are committed in one transaction of
/// multi-row statements. A step costs a handful of statements per batch instead of two dozen each.
///
/// Each journey is still all or nothing: its stored version is checked first in the transaction, and a
/// journey changed meanwhile writes nothing and its job is retried, as a single job's would be. Steps a
/// batch cannot take in memory run one at a time after it: a second step of the same journey or shopper
/// (it must see the first one's writes), and the stores whose flows read the shopper's history.
struct StepBatchRunner: Sendable {
    let journeys: JourneyService

    init(_ journeys: JourneyService) {
        self.journeys = journeys
    }

    /// One due step with what it needs.
    private struct Due {
        var job: Job
        var step: JourneyJobs.Step
        var journey: Journey
        var store: StoreConfiguration
    }

    /// Runs the jobs; returns the errors of those that failed, by job id.
    func run(_ jobs: [Job], _ run: JobRunContext) async -> [String: any Error] {
        var failures: [String: any Error] = [:]
        var decoded: [(job: Job, step: JourneyJobs.Step)] = []
        for job in jobs {
            do { decoded.append((job, try job.decode(JourneyJobs.Step.self))) } catch { failures[job.id] = error }
        }
        do {
            let (batch, later) = try await self.partition(decoded)
            // The batch holds each journey and shopper once, so its parts are independent: composing and
            // gating (most of a step's CPU) run on every core, and the parts' commits queue for the database.
            // A part that cannot read or commit fails its own jobs only; the other part's commit stands.
            let parts = Self.split(batch, into: Self.parallelism)
            await withTaskGroup(of: [String: any Error].self) { group in
                for part in parts {
                    group.addTask {
                        do {
                            return try await self.runTogether(part, run)
                        } catch {
                            return Dictionary(part.map { ($0.job.id, error) }, uniquingKeysWith: { first, _ in first })
                        }
                    }
                }
                for await partFailures in group { failures.merge(partFailures) { first, _ in first } }
            }
            for job in later {
                do { try await self.journeys.step(job, run.naming(job)) } catch { failures[job.id] = error }
            }
        } catch {
            // Reading the batch's journeys failed: nothing ran, every job is retried.
            for (job, _) in decoded where failures[job.id] == nil { failures[job.id] = error }
        }
        return failures
    }

    /// Splits the due steps into those the batch takes and those to run one at a time after it. Steps
    /// of journeys that are gone, or no longer active, need nothing (their jobs complete).
    private func partition(_ decoded: [(job: Job, step: JourneyJobs.Step)]) async throws -> (batch: [Due], later: [Job]) {
        let stored = try await self.journeys.repositories.journeys.get(ids: decoded.map(\.step.journeyID))
        var batch: [Due] = []
        var later: [Job] = []
        var journeysSeen = Set<String>()
        var shoppersSeen = Set<String>()
        for (job, step) in decoded {
            guard let journey = stored[step.journeyID], journey.state == .active, let store = self.journeys.store(journey.storeID)
            else { continue }
            let firstOfJourney = journeysSeen.insert(journey.id).inserted
            let firstOfShopper = journey.contactID.map { shoppersSeen.insert($0).inserted } ?? true
            if firstOfJourney, firstOfShopper, !self.journeys.flows.readsShopperHistory(store.id) {
                batch.append(Due(job: job, step: step, journey: journey, store: store))
            } else {
                later.append(job)
            }
        }
        return (batch, later)
    }

    /// Parts a batch is split into, run at once: two on a machine with two cores or more. Each part reads
    /// and writes its own rows, so more parts mean more statements on the one SQLite connection; on two cores
    /// four parts were slower than two (docs/benchmarks.md).
    static let parallelism = max(1, min(2, ProcessInfo.processInfo.activeProcessorCount))

    private static func split(_ batch: [Due], into count: Int) -> [[Due]] {
        guard count > 1, batch.count >= 2 * count else { return batch.isEmpty ? [] : [batch] }
        let size = (batch.count + count - 1) / count
        return stride(from: 0, to: batch.count, by: size).map { Array(batch[$0..<min($0 + size, batch.count)]) }
    }

    /// Runs the steps in memory and commits their writes. Returns the errors of the jobs that failed,
    /// including those whose journey changed meanwhile.
    private func runTogether(_ batch: [Due], _ run: JobRunContext) async throws -> [String: any Error] {
        guard !batch.isEmpty else { return [:] }
        var failures: [String: any Error] = [:]
        let repositories = self.journeys.repositories
        let carts = try await repositories.carts.get(ids: batch.map(\.journey.cartID))
        let contacts = try await repositories.contacts.find(ids: batch.compactMap(\.journey.contactID))
        let ready = batch.filter { carts[$0.journey.cartID] != nil }  // a deleted cart: nothing to do
        let shoppers = ready.compactMap { due in due.journey.contactID.flatMap { contacts[$0] }.map { (due.store.id, $0) } }
        let facts = try await StepBatchFacts.load(
            shoppers: shoppers, cartIDs: ready.map(\.journey.cartID), repositories: repositories, now: run.now)
        var workspaces: [StepBatchWorkspace] = []
        for due in ready {
            guard let cart = carts[due.journey.cartID] else { continue }
            let contact = due.journey.contactID.flatMap { contacts[$0] }
            let workspace = StepBatchWorkspace(job: due.job, facts: facts, gate: self.journeys.gate)
            do {
                try await self.journeys.handle(
                    JourneyService.dueEvent(step: due.step.step, cart: cart), journey: due.journey, cart: cart, contact: contact,
                    store: due.store, context: self.journeys.flowContext(cart: cart, contact: contact, store: due.store),
                    workspace: workspace, run.naming(due.job))
                workspaces.append(workspace)
            } catch {
                failures[due.job.id] = error
            }
        }
        let commit = try await self.commit(workspaces, runningKeys: Set(batch.compactMap(\.job.uniqueKey)), now: run.now)
        if commit.dispatchDue { self.journeys.jobWakeup.signal() }
        for (job, journeyID) in commit.conflicts { failures[job] = JourneyConflict(journeyID: journeyID) }
        return failures
    }

    /// Writes every journey's buffered changes in one transaction.
    private func commit(
        _ workspaces: [StepBatchWorkspace], runningKeys: Set<String>, now: Date
    ) async throws
        -> (conflicts: [(job: String, journeyID: String)], dispatchDue: Bool)
    {
        guard !workspaces.isEmpty else { return ([], false) }
        return try await self.journeys.database.transaction { db in
            let repositories = ReclaimRepositories(database: db)
            // Each journey first: one whose stored version moved on writes nothing else.
            let written = try await repositories.journeys.updateIfUnchanged(workspaces.compactMap(\.saved))
            var conflicts: [(job: String, journeyID: String)] = []
            var kept: [StepBatchWorkspace] = []
            for workspace in workspaces {
                if let saved = workspace.saved, !written.contains(saved.journey.id) {
                    conflicts.append((workspace.job.id, saved.journey.id))
                    continue
                }
                kept.append(workspace)
            }
            let queued = kept.flatMap(\.queued)
            let inserted = try await repositories.messages.insertOutbound(queued.map(\.message) + kept.flatMap(\.blocked))
            // A message another worker stored first under the same key keeps its own links and dispatch.
            let sending = queued.filter { inserted.contains($0.message.id) }
            try await repositories.links.create(sending.flatMap(\.links))
            try await repositories.unsubscribes.create(sending.compactMap(\.unsubscribe))
            for discount in sending.compactMap(\.discount) {
                if case .inserted(let issued) = try await repositories.discounts.insert(discount) {
                    _ = try await repositories.discounts.supersede(cartID: issued.cartID, keepingID: issued.id)
                }
            }
            let queue = JobQueue(db)
            try await queue.enqueueBatch(
                try sending.map { outgoing in
                    let job = DispatchJob(messageID: outgoing.message.id)
                    return try NewJob(kind: MessageDispatcher.jobKind, payload: job, runAt: outgoing.sendAt, uniqueKey: job.uniqueKey)
                }, now: now)
            try await self.scheduleSteps(kept, runningKeys: runningKeys, queue: queue, now: now)
            return (conflicts, sending.contains { $0.sendAt <= now })
        }
    }

    /// Cancels the step jobs the journeys dropped and queues the ones they (re)scheduled; a step whose
    /// own job is running (a deferral reschedules the step that is running) gets a key of its own.
    private func scheduleSteps(_ workspaces: [StepBatchWorkspace], runningKeys: Set<String>, queue: JobQueue, now: Date) async throws {
        let steps = workspaces.flatMap { $0.scheduled.sorted { $0.key.step < $1.key.step } }
        let keyed = steps.map { (step: $0.key, at: $0.value, key: JourneyJobs.stepKey(journeyID: $0.key.journeyID, step: $0.key.step)) }
        try await queue.cancel(uniqueKeys: workspaces.flatMap(\.cancelledKeys) + keyed.map(\.key), now: now)
        let jobs = try keyed.map { entry in
            try NewJob(
                kind: JourneyJobs.stepKind, payload: entry.step, runAt: entry.at,
                uniqueKey: runningKeys.contains(entry.key) ? JourneyJobs.rescheduleKey(entry.key, at: entry.at) : entry.key)
        }
        let results = try await queue.enqueueBatch(jobs, now: now)
        // A key held by a job running elsewhere: the new run takes a key of its own, as a single job's would.
        let held = try zip(keyed, results).compactMap { entry, result -> NewJob? in
            guard case .duplicate = result else { return nil }
            return try NewJob(
                kind: JourneyJobs.stepKind, payload: entry.step, runAt: entry.at,
                uniqueKey: JourneyJobs.rescheduleKey(entry.key, at: entry.at))
        }
        try await queue.enqueueBatch(held, now: now)
    }
}
