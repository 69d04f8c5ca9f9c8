import Foundation
import Hummingbird
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// `POST /webhooks/telnyx/{store}`: Telnyx v2 message events, verified with Ed25519 over
/// `timestamp|payload` within a timestamp tolerance (401 and nothing stored otherwise), deduplicated
/// on the event id in the same transaction as the event's effects (a failure keeps neither, so the
/// retry is processed). `message.sent`/`message.finalized` update the outbox; `message.received` goes
/// through the same ``InboundMessageService`` as Twilio (keywords first), and its replies leave
/// through the outbox.
public struct TelnyxWebhookController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Handles inbound texts.
    let inboundTexts: InboundMessageService
    /// Applies delivery reports.
    let statuses: ProviderStatusService

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("webhooks/telnyx/:store", use: self.receive)
    }

    /// Acknowledgement body.
    struct Acknowledgement: ResponseEncodable {
        var received: Bool
        var duplicate: Bool
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> Acknowledgement {
        let store = try StoreLookup.store(context, self.configuration)
        guard let publicKey = store.sms?.telnyx?.publicKey, !publicKey.isEmpty else {
            throw APIError.unauthorized("Telnyx is not configured for store \(store.id)")
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let raw = Array(buffer: body)
        let headers = request.headers.map { (name: $0.name.canonicalName, value: $0.value) }
        let now = self.clock.now()
        do {
            try TelnyxWebhookVerifier(publicKeyBase64: publicKey).verify(headers: headers, rawBody: raw, now: now)
        } catch {
            context.logger.warning("telnyx signature rejected", metadata: ["store": "\(store.id)", "error": "\(error)"])
            throw APIError.unauthorized("missing or invalid telnyx-signature-ed25519")
        }
        let event: TelnyxWebhookEvent
        do { event = try TelnyxWebhookEvent(rawBody: raw) } catch {
            throw APIError.malformed("not a Telnyx event: \(error)")
        }
        // The event id is recorded in the same transaction as the event's effects: a failure keeps
        // neither, so Telnyx's retry is processed rather than answered as a duplicate.
        let duplicate: Bool
        switch event.kind {
        case .sent, .finalized:
            duplicate = try await self.apply(event.statusReport, eventID: event.eventID, store: store, now: now)
        case .received:
            guard let inbound = event.inbound else {
                duplicate = try await self.apply(nil, eventID: event.eventID, store: store, now: now)
                break
            }
            let text = InboundMessageService.InboundText(providerID: inbound.providerID, from: inbound.from, body: inbound.text)
            duplicate = try await self.inboundTexts.receive(
                text, store: store, route: .outbox(prefix: "telnyx"),
                delivery: .init(source: Self.deliverySource, id: event.eventID)
            ).duplicate
        case .other:
            duplicate = try await self.apply(nil, eventID: event.eventID, store: store, now: now)
        }
        return Acknowledgement(received: true, duplicate: duplicate)
    }

    /// `webhook_deliveries.source` of Telnyx events.
    static let deliverySource = "telnyx"

    /// Records the event and applies its status report (if any) in one transaction.
    /// - Returns: `true` when the event was seen before (nothing applied).
    private func apply(_ report: SMSStatusReport?, eventID: String, store: StoreConfiguration, now: Date) async throws -> Bool {
        try await self.database.transaction { db in
            guard
                try await WebhookDeliveryStore(db).record(
                    source: Self.deliverySource, deliveryID: eventID, storeID: store.id, receivedAt: now)
            else { return true }
            if let report {
                try await self.statuses.apply(
                    report, store: store, repositories: ReclaimRepositories(database: db))
            }
            return false
        }
    }
}
