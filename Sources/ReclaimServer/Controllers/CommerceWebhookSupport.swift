@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCommerce
import ReclaimCore

/// The answer to a platform webhook: `{"status": "accepted" | "duplicate" | "ignored" | "ok", "reason"?}`.
///
/// Platforms only look at the status code; the body helps whoever reads the delivery log.
struct WebhookReceipt: ResponseEncodable, Sendable, Hashable {
    /// What happened.
    var status: String
    /// Why, for `ignored`.
    var reason: String?

    /// Stored and queued for processing.
    static let accepted = WebhookReceipt(status: "accepted")
    /// Seen before: nothing done.
    static let duplicate = WebhookReceipt(status: "duplicate")
    /// A connectivity check.
    static let ok = WebhookReceipt(status: "ok")
    /// Valid but of no use to Reclaim.
    static func ignored(_ reason: String) -> WebhookReceipt { WebhookReceipt(status: "ignored", reason: reason) }
}

/// Steps every platform webhook route shares after finding the store (``StoreLookup``): the secret,
/// the raw body, the JSON check.
enum CommerceWebhookSupport {
    /// The platform's webhook secret for the store, or 404 when the platform is not configured there.
    static func secret(_ section: StoreConfiguration.PlatformSection?, platform: String) throws -> String {
        guard let secret = section?.secret, !secret.isEmpty else {
            throw APIError.notFound("\(platform) webhooks for this store")
        }
        return secret
    }

    /// The raw body, refused with 413 past the configured limit.
    static func body(_ request: Request, _ context: AppRequestContext) async throws -> Data {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        return Data(buffer.readableBytesView)
    }

    /// A header's trimmed value, `nil` when absent or blank.
    static func header(_ request: Request, _ name: String) -> String? {
        guard let field = HTTPField.Name(name), let value = request.headers[field] else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Throws 400 unless the body is one JSON object (checked by a scan; decoding waits for the job).
    static func requireJSONObject(_ body: Data) throws {
        if let problem = JSONSyntax.problem(inObject: body) { throw APIError.malformed(problem) }
    }

    /// Runs the platform's parser on the body now, only to answer an out-of-range number (a price,
    /// quantity or time past ``AmountLimits``) with 400 naming the field before anything is stored.
    /// Every other refusal is left to the `commerce.ingest` job, as before. Costs one decode of the
    /// body (tens of microseconds), the price of never queueing a payload that cannot be applied.
    static func requireNumbersInRange(_ parse: () throws(CommerceError) -> Void) throws {
        do {
            try parse()
        } catch {
            if case .outOfRange(let field, let reason) = error { throw APIError.invalidField(field, reason) }
        }
    }

    /// 400 for a body the adapter refused in the request: the field for an out-of-range number, else malformed.
    static func refusal(_ error: CommerceError, platform: String) -> APIError {
        if case .outOfRange(let field, let reason) = error { return APIError.invalidField(field, reason) }
        return APIError.malformed("\(platform) webhook: \(error.description)")
    }

    /// 401 with the adapter's words, for a verification failure.
    static func unauthorized(_ error: CommerceError) -> APIError {
        APIError.unauthorized("webhook verification failed: \(error.description)")
    }

    /// A stable delivery id for platforms that send none: SHA-256 of the parts and the body.
    static func digest(_ parts: [String], body: Data) -> String {
        var hasher = SHA256()
        for part in parts { hasher.update(data: Data((part + "\n").utf8)) }
        hasher.update(data: body)
        return "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
