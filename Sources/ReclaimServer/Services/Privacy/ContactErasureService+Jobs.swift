import Foundation
import ReclaimCore
import ReclaimStore

extension ContactErasureService {
    /// Erases the input of every job of `store` (not running) that mentions one of `addresses`: raw webhook
    /// bodies of `commerce.ingest` jobs (base64, so decoded here), and any other payload or last error
    /// naming the phone or email together with the store's id. Pending ones are cancelled too. Other
    /// stores' jobs are left alone: an erasure concerns one store.
    /// - Returns: How many jobs were erased.
    static func eraseJobs(
        mentioning addresses: [(Channel, String)], store: StoreID, now: Date, queue: JobQueue
    ) async throws -> Int {
        let mentions = AddressMentions(
            phones: addresses.filter { $0.0 == .sms }.map(\.1), emails: addresses.filter { $0.0 == .email }.map(\.1))
        guard !mentions.isEmpty else { return 0 }
        let candidates = try await queue.erasureCandidates(
            kinds: [IngestionService.jobKind], needles: addresses.map(\.1), skipping: WebhookDelivery.bodyRemovedMarker)
        let ids = candidates.filter { Self.job($0, of: store, mentions: mentions) }.map(\.id)
        return try await queue.erase(ids: ids, now: now)
    }

    /// Whether the job belongs to `store` and its payload, its decoded webhook body or its last error
    /// mentions the shopper.
    static func job(_ job: Job, of store: StoreID, mentions: AddressMentions) -> Bool {
        if job.kind == IngestionService.jobKind, let delivery = try? job.decode(WebhookDelivery.self) {
            guard delivery.storeID == store else { return false }
            if mentions.isMentioned(in: String(decoding: delivery.bodyData, as: UTF8.self)) { return true }
        } else if !job.payload.contains(WebhookDelivery.quoted(store)) {
            return false
        }
        return mentions.isMentioned(in: job.payload) || job.lastError.map(mentions.isMentioned(in:)) == true
    }
}
