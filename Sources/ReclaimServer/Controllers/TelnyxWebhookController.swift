import Foundation
import Hummingbird
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// `POST /webhooks/telnyx/{store}`: Telnyx v2 message events, verified with Ed25519 over
/// `timestamp|payload` within a timestamp tolerance (401 and nothing stored otherwise), deduplicated
/// on the event id. `message.sent`/`message.finalized` update the outbox; `message.received` goes
/// through the same inbound pipeline as Twilio (keywords first), and its reply leaves through the outbox.
public struct TelnyxWebhookController: Sendable {
    let dependencies: AppDependencies

    /// Creates the controller.
    public init(dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

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
        let store = try StoreLookup.store(context, self.dependencies)
        guard let publicKey = store.sms?.telnyx?.publicKey, !publicKey.isEmpty else {
            throw APIError.unauthorized("Telnyx is not configured for store \(store.id)")
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let raw = Array(buffer: body)
        let headers = request.headers.map { (name: $0.name.canonicalName, value: $0.value) }
        let now = self.dependencies.clock.now()
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
        let isNew = try await WebhookDeliveryStore(database: self.dependencies.database)
            .record(source: "telnyx", deliveryID: event.eventID, storeID: store.id, receivedAt: now)
        guard isNew else { return Acknowledgement(received: true, duplicate: true) }
        switch event.kind {
        case .sent, .finalized:
            if let report = event.statusReport { try await ProviderStatusService(self.dependencies).apply(report, store: store.id) }
        case .received:
            if let inbound = event.inbound { try await self.handle(inbound, store: store) }
        case .other:
            break
        }
        return Acknowledgement(received: true, duplicate: false)
    }

    private func handle(_ inbound: InboundSMS, store: StoreConfiguration) async throws {
        let text = InboundMessageService.InboundText(providerID: inbound.providerID, from: inbound.from, body: inbound.text)
        let outcome = try await InboundMessageService(self.dependencies).receive(text, store: store)
        if outcome.kind == .none, !outcome.duplicate {
            let sender = (try? self.dependencies.phones.e164(inbound.from, defaultRegion: store.defaultRegion)) ?? inbound.from
            try await ConversationService(self.dependencies).handle(
                text: outcome.body, sender: sender, providerID: inbound.providerID, store: store)
            return
        }
        guard let reply = outcome.reply, !outcome.duplicate else { return }
        let now = self.dependencies.clock.now()
        let message = Message(
            id: "msg_\(TimeOrderedID.make(at: now))", storeID: store.id, channel: .sms, direction: .outbound,
            address: inbound.from, body: reply, status: .pending, idempotencyKey: "reply:telnyx:\(inbound.providerID)",
            createdAt: now, updatedAt: now)
        _ = try await OutboxService(self.dependencies).enqueue(message)
    }
}
