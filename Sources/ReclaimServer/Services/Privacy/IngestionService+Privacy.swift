import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// Privacy requests (Shopify's mandatory topics).
///
/// - `customers/redact`: the shopper found by email or phone loses their personal data (contact, consent
///   records, carts' IP/user agent/address, messages), as `POST …/contacts/erase` does; suppression
///   entries keep only their hash (an `erased` one is added when there was none), so nobody erased is
///   ever messaged again.
/// - `customers/data_request`: logged for the merchant. Reclaim holds nothing beyond what the
///   dashboard exports (consent CSV, the cart API), which the merchant sends to the shopper.
/// - `shop/redact`: every shopper of the store is erased the same way (when the payload names the
///   configured shop domain, or none is configured), and every webhook body the store's queued or failed
///   `commerce.ingest` jobs still hold.
extension IngestionService {
    func applyPrivacy(_ request: PrivacyRequest, _ context: Context) async throws -> Outcome {
        switch request.kind {
        case .customerDataRequest:
            context.logger.notice(
                "customer data request received: export the shopper's consent records and carts from the dashboard",
                metadata: ["request_id": "\(request.requestID ?? "-")", "customer_id": "\(request.customerID ?? "-")"])
            return Outcome(kind: "privacy", note: "data request logged")
        case .customerRedact:
            let erased = try await self.eraseCustomer(email: request.email, phone: request.phone, context)
            return Outcome(kind: "privacy", note: "\(erased) contacts erased")
        case .shopRedact:
            let configured = context.store.shopify?.shopDomain?.lowercased()
            if let configured, let named = request.shopDomain?.lowercased(), configured != named {
                context.logger.warning("shop/redact for another shop domain ignored", metadata: ["domain": "\(named)"])
                return Outcome(kind: "ignored", note: "shop domain does not match")
            }
            let erased = try await context.repositories.eraseStore(storeID: context.store.id, at: context.now)
            let jobs = try await Self.eraseDeliveries(of: context.store.id, queue: context.queue, now: context.now)
            context.logger.notice("shop data erased", metadata: ["contacts": "\(erased)", "jobs": "\(jobs)"])
            return Outcome(kind: "privacy", note: "\(erased) contacts erased")
        }
    }

    /// Erases the shopper with this email or phone (and the other address their contact holds) the way
    /// `POST …/contacts/erase` does (``ContactErasureService``); returns how many contacts were erased.
    func eraseCustomer(email: String?, phone: String?, _ context: Context) async throws -> Int {
        var addresses: [(Channel, String)] = []
        if let email { addresses.append((.email, email.lowercased())) }
        if let phone = self.e164(phone, context) { addresses.append((.sms, phone)) }
        guard !addresses.isEmpty else { return 0 }
        let counts = try await ContactErasureService.erase(
            addresses, store: context.store.id, now: context.now, in: context.repositories)
        context.logger.notice("customer erased", metadata: ["contacts": "\(counts.contacts)", "jobs": "\(counts.jobs)"])
        return counts.contacts
    }

    /// Erases the input of the store's `commerce.ingest` jobs that still hold a webhook body (queued,
    /// failed or from before bodies were dropped on apply); a pending one is cancelled.
    /// - Returns: How many jobs were erased.
    static func eraseDeliveries(of store: StoreID, queue: JobQueue, now: Date) async throws -> Int {
        let candidates = try await queue.erasureCandidates(
            kinds: [Self.jobKind], needles: [], skipping: WebhookDelivery.bodyRemovedMarker)
        let ids = candidates.filter { (try? $0.decode(WebhookDelivery.self))?.storeID == store }.map(\.id)
        return try await queue.erase(ids: ids, now: now)
    }
}
