import Foundation
import ReclaimCore
import ReclaimStore

extension ContactErasureService {
    /// Erases the input of every job (not running) that mentions one of `addresses`: raw webhook bodies of
    /// `commerce.ingest` jobs (base64, so decoded here), and any other payload or last error naming the
    /// phone or email. Pending ones are cancelled too.
    /// - Returns: How many jobs were erased.
    static func eraseJobs(mentioning addresses: [(Channel, String)], now: Date, queue: JobQueue) async throws -> Int {
        let mentions = AddressMentions(
            phones: addresses.filter { $0.0 == .sms }.map(\.1), emails: addresses.filter { $0.0 == .email }.map(\.1))
        guard !mentions.isEmpty else { return 0 }
        let candidates = try await queue.erasureCandidates(
            kinds: [IngestionService.jobKind], needles: addresses.map(\.1))
        let ids = candidates.filter { Self.mentions(mentions, job: $0) }.map(\.id)
        return try await queue.erase(ids: ids, now: now)
    }

    /// Whether the job's payload, its decoded webhook body or its last error mentions the shopper.
    static func mentions(_ mentions: AddressMentions, job: Job) -> Bool {
        if mentions.isMentioned(in: job.payload) { return true }
        if let error = job.lastError, mentions.isMentioned(in: error) { return true }
        guard job.kind == IngestionService.jobKind, let delivery = try? job.decode(WebhookDelivery.self) else { return false }
        return mentions.isMentioned(in: String(decoding: delivery.bodyData, as: UTF8.self))
    }
}
