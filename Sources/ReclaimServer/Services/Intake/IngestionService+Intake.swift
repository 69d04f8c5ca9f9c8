import Foundation
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// A verified platform webhook, stored as it arrived and processed later by `commerce.ingest`.
struct WebhookDelivery: Sendable, Hashable, Codable {
    /// Platform that sent it.
    var source: CommerceSource
    /// The store in the route.
    var storeID: StoreID
    /// The platform's delivery id (or a digest of the body when it sends none): the dedupe key.
    var deliveryID: String
    /// `X-Shopify-Topic`, `X-WC-Webhook-Topic` or the BigCommerce scope.
    var topic: String?
    /// WooCommerce `X-WC-Webhook-Source` of deliveries queued by older versions. Unsigned, so never used
    /// for links (the configured website is); no longer recorded.
    var siteURL: String?
    /// The raw body, base64 (the job payload stays small JSON without escaping a whole document).
    var body: String
    /// Set once the delivery was handled: the body (the shopper's personal data) is gone from the job.
    var bodyRemoved: Bool?

    enum CodingKeys: String, CodingKey {
        case source
        case storeID = "store_id"
        case deliveryID = "delivery_id"
        case topic
        case siteURL = "site_url"
        case body
        case bodyRemoved = "body_removed"
    }

    /// Creates a delivery from the raw body bytes.
    init(source: CommerceSource, storeID: StoreID, deliveryID: String, topic: String?, siteURL: String? = nil, body: Data) {
        self.source = source
        self.storeID = storeID
        self.deliveryID = deliveryID
        self.topic = topic
        self.siteURL = siteURL
        self.body = body.base64EncodedString()
    }

    /// The raw body bytes.
    var bodyData: Data { Data(base64Encoded: self.body) ?? Data() }

    /// The payload text of a delivery whose body was removed (``withoutBody()``).
    static let bodyRemovedMarker = #""body_removed":true"#

    /// The same delivery without its body: what its job keeps once the event is applied.
    func withoutBody() -> WebhookDelivery {
        var copy = self
        copy.body = ""
        copy.bodyRemoved = true
        return copy
    }

    /// The job payload, written by hand: one pass, no JSON escaping of the (base64) body.
    func payloadJSON() -> String {
        var fields = [
            "\"source\":\(Self.quoted(self.source.rawValue))", "\"store_id\":\(Self.quoted(self.storeID))",
            "\"delivery_id\":\(Self.quoted(self.deliveryID))",
        ]
        if let topic = self.topic { fields.append("\"topic\":\(Self.quoted(topic))") }
        if let siteURL = self.siteURL { fields.append("\"site_url\":\(Self.quoted(siteURL))") }
        fields.append("\"body\":\"\(self.body)\"")
        if self.bodyRemoved == true { fields.append(Self.bodyRemovedMarker) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension IngestionService {
    /// Records the delivery and enqueues its `commerce.ingest` job in one transaction.
    /// - Returns: `false` for a redelivery (nothing stored; answer 200 all the same).
    func enqueue(_ delivery: WebhookDelivery, now: Date) async throws -> Bool {
        try await self.database.transaction { db in
            let isNew = try await WebhookDeliveryStore(db).record(
                source: "\(delivery.source.rawValue):\(delivery.storeID)", deliveryID: delivery.deliveryID,
                storeID: delivery.storeID, receivedAt: now)
            guard isNew else { return false }
            _ = try await JobQueue(db).enqueue(
                kind: Self.jobKind, payloadJSON: delivery.payloadJSON(), runAt: now, now: now)
            return true
        }
    }
}
