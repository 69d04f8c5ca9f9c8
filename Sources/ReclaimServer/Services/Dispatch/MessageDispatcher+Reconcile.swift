import Foundation
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimStore

extension MessageDispatcher {
    /// How long a row may sit in `sending` without the provider knowing of it before it counts as lost
    /// by a crashed worker (and goes to a human as `failed_unknown`). Rows the provider can be asked about
    /// are settled at once when it knows the text; only an answer of "no such text" waits this long.
    static let sendingGrace: TimeInterval = 120
    /// Between two searches of the provider's log for a text it did not list yet.
    static let searchInterval: TimeInterval = 15

    /// Settles a row found in `sending`: a worker died between sending and recording, or is still
    /// waiting for the provider. Asks the provider at once: by id when one was recorded, else by
    /// searching its log for the text (Twilio's message list); a text the provider has is recorded with
    /// its id and status, so its later status callbacks match. Never sends again unless the provider
    /// deduplicates on the idempotency key.
    func reconcile(_ message: Message, _ payload: DispatchJob, _ run: JobRunContext) async throws {
        let now = self.clock.now()
        let age = now.timeIntervalSince(message.updatedAt)
        let channels = self.channels[message.storeID]
        let provider = message.channel == .sms ? channels.sms : nil
        if message.providerID == nil, let provider, provider.deduplicatesRetries {
            // The provider drops a repeated idempotency key: sending again cannot double the text.
            _ = try await self.repositories.messages.update(
                id: message.id, MessageUpdate(status: .pending), at: now, from: [.sending])
            try await self.schedule(DispatchJob(messageID: message.id, attempt: payload.attempt + 1, paced: true), at: now, now: now)
            return
        }
        let decision: ReconcileDecision
        if let provider, message.providerID != nil || provider.findsSentMessages {
            decision = await self.ask(provider, about: message, sender: channels.smsSender, age: age)
        } else if age < Self.sendingGrace {
            // Nobody to ask and possibly still in flight in another worker: look again once the grace is over.
            var next = payload
            next.attempt += 1
            try await self.schedule(next, at: message.updatedAt.addingTimeInterval(Self.sendingGrace + 1), now: now)
            return
        } else {
            decision = SendStateMachine.reconcile(status: message.status, providerID: message.providerID, lookup: nil)
        }
        try await self.apply(decision, to: message, payload, run)
    }

    /// Settles a `sending` row at start-up when the provider knows its text: the same questions as
    /// ``reconcile(_:_:_:)``, but only an answer that records the text is acted on.
    /// - Returns: Whether the row was settled.
    func settleAtStartup(_ message: Message) async -> Bool {
        let channels = self.channels[message.storeID]
        guard message.status == .sending, message.channel == .sms, let provider = channels.sms,
            message.providerID != nil || provider.findsSentMessages
        else { return false }
        let age = self.clock.now().timeIntervalSince(message.updatedAt)
        guard case .record(let report) = await self.ask(provider, about: message, sender: channels.smsSender, age: age) else {
            return false
        }
        return (try? await self.record(report, for: message)) != nil
    }

    /// Asks the provider about a `sending` row: a lookup by id, or a search of its log.
    private func ask(
        _ provider: any SMSProvider, about message: Message, sender: SMSSender?, age: TimeInterval
    ) async
        -> ReconcileDecision
    {
        if let providerID = message.providerID {
            return await SendStateMachine.reconcile(status: message.status, providerID: providerID, using: provider)
        }
        guard let sender else {
            return SendStateMachine.reconcileUnidentified(search: nil, age: age, patience: Self.sendingGrace)
        }
        let search: LookupOutcome
        do {
            let request = self.smsRequest(message, provider: provider, sender: sender)
            let reports = try await provider.findSent(request, createdAfter: message.updatedAt)
            var unclaimed: SMSStatusReport?
            for report in reports {
                // A text another row already holds is that row's, not this one's.
                let holder = try await self.repositories.messages.find(
                    providerID: report.providerID, direction: .outbound, storeID: message.storeID)
                if holder == nil || holder?.id == message.id {
                    unclaimed = report
                    break
                }
            }
            search = unclaimed.map { .found($0) } ?? .notFound
        } catch let error as ProviderError {
            search = .failed(error)
        } catch {
            search = .failed(ProviderError(provider: provider.name, action: .retry(after: nil), message: "\(error)"))
        }
        return SendStateMachine.reconcileUnidentified(search: search, age: age, patience: Self.sendingGrace)
    }

    /// Carries out a reconciliation decision.
    private func apply(_ decision: ReconcileDecision, to message: Message, _ payload: DispatchJob, _ run: JobRunContext) async throws {
        let now = self.clock.now()
        switch decision {
        case .record(let report):
            let recorded = try await self.record(report, for: message)
            run.logger.info(
                "message left in sending settled by the provider",
                metadata: [
                    "message_id": "\(message.id)", "provider_id": "\(report.providerID)",
                    "status": "\(recorded?.status.rawValue ?? "-")",
                ])
        case .lookUpLater(let after):
            var next = payload
            next.attempt += 1
            // A text not listed yet is looked for again soon until the grace is over; a failing lookup
            // is tried a few times.
            let searching = message.providerID == nil && now.timeIntervalSince(message.updatedAt) < Self.sendingGrace
            guard searching || next.attempt < Self.maxAttempts else {
                try await self.fail(message, code: Self.unknownOutcomeCode, reason: nil)
                return
            }
            let delay = after ?? (searching ? Self.searchInterval : 30)
            try await self.schedule(next, at: now.addingTimeInterval(delay), now: now)
        case .needsReview(let reason):
            run.logger.error(
                "message left in sending; not resending", metadata: ["message_id": "\(message.id)", "reason": "\(reason)"])
            try await self.fail(message, code: Self.unknownOutcomeCode, reason: nil)
        case .sendNow, .noAction:
            return
        }
    }

    /// Records what the provider reports about a `sending` row: its id, status, segments and cost.
    @discardableResult
    func record(_ report: SMSStatusReport, for message: Message) async throws -> Message? {
        let now = self.clock.now()
        let channels = self.channels[message.storeID]
        let segments = report.segments ?? SMSSegmenter.segmentCount(message.body)
        let cost = report.price?.money() ?? channels.configuredCost(segments: segments, country: self.country(of: message.address))
        return try await self.repositories.messages.update(
            id: message.id,
            MessageUpdate(
                status: report.status == .pending || report.status == .sending ? .accepted : report.status,
                providerID: report.providerID, errorCode: report.errorCode, segments: segments, cost: cost,
                sentAt: report.occurredAt ?? now),
            at: now, from: [.sending])
    }
}

/// Picks up the outbox after a restart without pushing paced work out.
///
/// - A `sending` row the provider knows (looked up by id, or found in its log) is settled at once.
/// - Every other `pending` or `sending` row gets a dispatch job due now, unless a job for it is still
///   live (a paced job waiting for its slot, or one a killed worker held, which is claimed again when its
///   lease runs out): queueing a second one would take a second pacing slot for the same text.
public struct OutboxRecovery: Sendable {
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// The durable job queue.
    let queue: JobQueue
    /// Source of "now".
    let clock: any WallClock
    /// Settles rows whose outcome is unknown.
    let dispatcher: MessageDispatcher
    /// `sending` rows asked about at once at start-up.
    static let settleConcurrency = 8

    /// Settles what it can and enqueues the jobs.
    /// - Returns: How many rows were found.
    @discardableResult
    public func run() async throws -> Int {
        let rows = try await self.repositories.messages.listOutbound(statuses: [.pending, .sending], limit: 100_000)
        let settled = await self.settle(rows.filter { $0.status == .sending })
        let live = Set(
            try await self.queue.liveUniqueKeys(kind: MessageDispatcher.jobKind, prefix: DispatchJob.keyPrefix)
                .compactMap(DispatchJob.messageID(uniqueKey:)))
        let now = self.clock.now()
        for row in rows where !settled.contains(row.id) && !live.contains(row.id) {
            let job = DispatchJob(messageID: row.id)
            _ = try await self.queue.enqueue(
                kind: MessageDispatcher.jobKind, payload: job, runAt: now, uniqueKey: job.uniqueKey, now: now)
        }
        return rows.count
    }

    /// Asks the providers about `sending` rows, a few at a time.
    /// - Returns: The ids of the rows settled.
    private func settle(_ rows: [Message]) async -> Set<String> {
        guard !rows.isEmpty else { return [] }
        let dispatcher = self.dispatcher
        return await withTaskGroup(of: String?.self) { group in
            var settled = Set<String>()
            var running = 0
            for row in rows {
                if running >= Self.settleConcurrency, let done = await group.next() {
                    running -= 1
                    if let id = done { settled.insert(id) }
                }
                group.addTask { await dispatcher.settleAtStartup(row) ? row.id : nil }
                running += 1
            }
            for await done in group { if let id = done { settled.insert(id) } }
            return settled
        }
    }
}
