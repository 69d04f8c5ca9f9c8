import Foundation
import ReclaimCore
import ReclaimStore

extension MessageDispatcher {
    /// Sends at once to a provider.
    static let batchSendConcurrency = 8

    /// Runs many `message.dispatch` jobs together: their rows are read in one query, each text takes
    /// its sender's pace as a single job's would (a later slot reschedules it), and the suppression list
    /// is checked once per store and channel. The messages are then sent, up to ``batchSendConcurrency``
    /// at once, each exactly as a single job sends it: its row moves `pending → sending` just before its
    /// request leaves (committed first), and the provider's answer is written as soon as it comes (the
    /// provider id and status of an acceptance, or any other outcome). A crash in the middle of a batch
    /// therefore leaves at most the texts in flight in `sending`, never one whose acceptance came back.
    /// A row found in `sending` (a crash between send and record) is reconciled through ``handle(_:_:)``.
    /// - Returns: The errors of the jobs that failed, by job id.
    public func handle(batch jobs: [Job], _ run: JobRunContext) async -> [String: any Error] {
        var failures: [String: any Error] = [:]
        var payloads: [(job: Job, payload: DispatchJob)] = []
        for job in jobs {
            do { payloads.append((job, try job.decode(DispatchJob.self))) } catch { failures[job.id] = error }
        }
        var settled = Set<String>()
        var reconcile: [Job] = []
        do {
            let repositories = self.repositories
            let messages = try await repositories.messages.get(ids: payloads.map(\.payload.messageID))
            let now = self.clock.now()
            var ready: [(job: Job, payload: DispatchJob, message: Message)] = []
            for (job, payload) in payloads {
                guard let message = messages[payload.messageID] else { continue }  // erased: nothing to send
                switch message.status {
                case .pending:
                    if try await self.reschedulesForPace(message, payload, now: now) {
                        settled.insert(job.id)
                    } else {
                        ready.append((job, payload, message))
                    }
                case .sending: reconcile.append(job)
                default: continue  // already accepted, failed or blocked: nothing to do
                }
            }
            let suppressed = try await self.suppressedIDs(ready.map(\.message))
            if !suppressed.isEmpty {
                _ = try await repositories.messages.update(
                    ids: Array(suppressed), MessageUpdate(status: .blocked, decision: Self.suppressedDecision), at: now, from: [.pending])
            }
            settled.formUnion(ready.map(\.job.id))  // from here on each send settles its own job
            let sends = ready.filter { !suppressed.contains($0.message.id) }
            for (id, error) in await self.send(sends, run) { failures[id] = error }
        } catch {
            for (job, _) in payloads
            where failures[job.id] == nil && !settled.contains(job.id) && !reconcile.contains(where: { $0.id == job.id }) {
                failures[job.id] = error
            }
        }
        for job in reconcile {
            do { try await self.handle(job, run.naming(job)) } catch { failures[job.id] = error }
        }
        return failures
    }

    /// The ids of `messages` whose address is on the suppression list, with one query per store and channel.
    private func suppressedIDs(_ messages: [Message]) async throws -> Set<String> {
        var suppressed = Set<String>()
        for (_, group) in Dictionary(grouping: messages, by: { "\($0.storeID)\u{1F}\($0.channel.rawValue)" }) {
            let first = group[0]
            let hashes = group.map { AddressHash.of($0.address, channel: $0.channel) }
            let entries = try await self.repositories.suppressions.find(
                storeID: first.storeID, channel: first.channel, addressHashes: hashes)
            for (message, hash) in zip(group, hashes) where message.isStopped(by: entries[hash]?.reason) {
                suppressed.insert(message.id)
            }
        }
        return suppressed
    }

    /// Sends `pending` messages, a few at a time, each claimed, sent and recorded on its own.
    private func send(_ sends: [(job: Job, payload: DispatchJob, message: Message)], _ run: JobRunContext) async -> [String: any Error] {
        await withTaskGroup(of: (job: Job, error: (any Error)?).self) { group in
            var failures: [String: any Error] = [:]
            var running = 0
            for send in sends {
                if running >= Self.batchSendConcurrency, let done = await group.next() {
                    running -= 1
                    if let error = done.error { failures[done.job.id] = error }
                }
                group.addTask {
                    do {
                        try await self.claimAndSend(send.message, send.payload, run.naming(send.job))
                        return (send.job, nil)
                    } catch {
                        return (send.job, error)
                    }
                }
                running += 1
            }
            for await done in group { if let error = done.error { failures[done.job.id] = error } }
            return failures
        }
    }

    /// Moves one row `pending → sending`, sends it and records the answer at once. When the answer cannot
    /// be written the row stays `sending`, and the retried job reconciles it with the provider, never
    /// sending again.
    private func claimAndSend(_ message: Message, _ payload: DispatchJob, _ run: JobRunContext) async throws {
        let repositories = self.repositories
        guard
            let claimed = try await repositories.messages.update(
                id: message.id, MessageUpdate(status: .sending), at: self.clock.now(), from: [.pending])
        else { return }  // another worker has it
        let channels = self.channels[claimed.storeID]
        let accepted =
            switch claimed.channel {
            case .sms: try await self.attemptSMS(claimed, payload, channels, run)
            case .email: try await self.attemptEmail(claimed, payload, channels, run)
            }
        guard let accepted else { return }
        try await self.recordAccepted([(claimed, accepted)], run)
    }
}
