import Foundation
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimStore

extension MessageDispatcher {
    /// How long a row may sit in `sending` before it counts as abandoned by a crashed worker.
    static let sendingGrace: TimeInterval = 120

    /// Settles a row found in `sending`: a worker died between sending and recording, or is still
    /// waiting for the provider. Looks the provider id up when there is one; never sends again unless
    /// the provider deduplicates on the idempotency key.
    func reconcile(_ message: Message, _ payload: DispatchJob, _ run: JobRunContext) async throws {
        let now = self.dependencies.clock.now()
        let age = now.timeIntervalSince(message.updatedAt)
        guard age >= Self.sendingGrace else {
            // Possibly still in flight in another worker: look again once the grace period is over.
            var next = payload
            next.attempt += 1
            try await self.schedule(next, at: message.updatedAt.addingTimeInterval(Self.sendingGrace + 1), now: now)
            return
        }
        let provider = message.channel == .sms ? self.channels[message.storeID].sms : nil
        var lookup: LookupOutcome?
        if let provider, let providerID = message.providerID {
            do {
                lookup = try await provider.lookup(providerID: providerID).map { .found($0) } ?? .notFound
            } catch let error as ProviderError {
                lookup = .failed(error)
            }
        }
        if message.providerID == nil, let provider, provider.deduplicatesRetries {
            // The provider drops a repeated idempotency key: sending again cannot double the text.
            _ = try await self.dependencies.repositories.messages.update(
                id: message.id, MessageUpdate(status: .pending), at: now, from: [.sending])
            try await self.schedule(DispatchJob(messageID: message.id, attempt: payload.attempt + 1, paced: true), at: now, now: now)
            return
        }
        switch SendStateMachine.reconcile(status: message.status, providerID: message.providerID, lookup: lookup) {
        case .record(let report):
            _ = try await self.dependencies.repositories.messages.update(
                id: message.id,
                MessageUpdate(status: report.status, errorCode: report.errorCode, segments: report.segments,
                              cost: report.price?.money(), sentAt: report.occurredAt ?? now),
                at: now, from: [.sending])
        case .lookUpLater(let after):
            var next = payload
            next.attempt += 1
            guard next.attempt < Self.maxAttempts else {
                try await self.fail(message, code: Self.unknownOutcomeCode, reason: nil)
                return
            }
            try await self.schedule(next, at: now.addingTimeInterval(after ?? 30), now: now)
        case .needsReview(let reason):
            run.logger.error(
                "message left in sending; not resending", metadata: ["message_id": "\(message.id)", "reason": "\(reason)"])
            try await self.fail(message, code: Self.unknownOutcomeCode, reason: nil)
        case .sendNow, .noAction:
            return
        }
    }
}

/// Picks up the outbox after a restart: every `pending` row gets a dispatch job (its own may have been
/// lost with a crash before commit — the unique key makes this a no-op when it exists) and every
/// `sending` row gets a reconciliation.
public struct OutboxRecovery: Sendable {
    let dependencies: AppDependencies

    /// Creates the recovery.
    public init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    /// Enqueues the jobs.
    /// - Returns: How many rows were found.
    @discardableResult
    public func run() async throws -> Int {
        let now = self.dependencies.clock.now()
        let rows = try await self.dependencies.repositories.messages.listOutbound(statuses: [.pending, .sending], limit: 100_000)
        for row in rows {
            let job = DispatchJob(messageID: row.id)
            _ = try await self.dependencies.queue.enqueue(
                kind: MessageDispatcher.jobKind, payload: job, runAt: now, uniqueKey: job.uniqueKey, now: now)
        }
        return rows.count
    }
}
