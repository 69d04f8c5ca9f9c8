import Foundation
import ReclaimCore
import ReclaimStore

extension MessageDispatcher {
    /// Sends at once to a provider.
    static let batchSendConcurrency = 8

    /// Runs many `message.dispatch` jobs together: their rows are read in one query, each text takes
    /// its sender's pace as a single job's would (a later slot reschedules it), the suppression list is
    /// checked once per store and channel, and the rows move `pending → sending` in one statement
    /// (committed before any request leaves, as for a single job). The messages are then sent, up to
    /// ``batchSendConcurrency`` at once, and the accepted ones recorded in one transaction; every other
    /// outcome is recorded exactly as ``handle(_:_:)`` records it. A row found in `sending` (a crash
    /// between send and record) is reconciled through ``handle(_:_:)``.
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
            let repositories = self.dependencies.repositories
            let messages = try await repositories.messages.get(ids: payloads.map(\.payload.messageID))
            let now = self.dependencies.clock.now()
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
            let claimed = try await repositories.messages.update(
                ids: ready.map(\.message.id).filter { !suppressed.contains($0) }, MessageUpdate(status: .sending), at: now, from: [.pending])
            settled.formUnion(ready.map(\.job.id))  // from here on each send settles its own job
            let byID = Dictionary(ready.map { ($0.message.id, $0) }, uniquingKeysWith: { first, _ in first })
            let sends = claimed.compactMap { message in byID[message.id].map { (job: $0.job, payload: $0.payload, message: message) } }
            for (id, error) in await self.send(sends, run) { failures[id] = error }
        } catch {
            for (job, _) in payloads where failures[job.id] == nil && !settled.contains(job.id) && !reconcile.contains(where: { $0.id == job.id }) {
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
            let entries = try await self.dependencies.repositories.suppressions.find(
                storeID: first.storeID, channel: first.channel, addressHashes: hashes)
            for (message, hash) in zip(group, hashes) where message.isStopped(by: entries[hash]?.reason) {
                suppressed.insert(message.id)
            }
        }
        return suppressed
    }

    /// Sends claimed (`sending`) messages, a few at a time, and records the accepted ones together.
    private func send(_ sends: [(job: Job, payload: DispatchJob, message: Message)], _ run: JobRunContext) async -> [String: any Error] {
        typealias Attempt = (job: Job, message: Message, result: Result<MessageUpdate?, any Error>)
        let attempts = await withTaskGroup(of: Attempt.self) { group in
            var attempts: [Attempt] = []
            var running = 0
            for send in sends {
                if running >= Self.batchSendConcurrency, let attempt = await group.next() {
                    running -= 1
                    attempts.append(attempt)
                }
                group.addTask {
                    let context = run.naming(send.job)
                    let channels = self.channels[send.message.storeID]
                    do {
                        let accepted = switch send.message.channel {
                        case .sms: try await self.attemptSMS(send.message, send.payload, channels, context)
                        case .email: try await self.attemptEmail(send.message, send.payload, channels, context)
                        }
                        return (send.job, send.message, .success(accepted))
                    } catch {
                        return (send.job, send.message, .failure(error))
                    }
                }
                running += 1
            }
            for await attempt in group { attempts.append(attempt) }
            return attempts
        }
        var failures: [String: any Error] = [:]
        var accepted: [(job: Job, message: Message, update: MessageUpdate)] = []
        for attempt in attempts {
            switch attempt.result {
            case .success(let update?): accepted.append((attempt.job, attempt.message, update))
            case .success(nil): continue
            case .failure(let error): failures[attempt.job.id] = error
            }
        }
        do {
            try await self.recordAccepted(accepted.map { ($0.message, $0.update) }, run)
        } catch {
            // The sends left; their rows stay `sending` and the retried jobs reconcile them, never resend.
            for entry in accepted { failures[entry.job.id] = error }
        }
        return failures
    }
}
