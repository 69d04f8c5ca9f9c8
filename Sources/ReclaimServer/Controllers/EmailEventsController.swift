import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// `POST /webhooks/email/{store}`: delivery events from the email relay, authenticated with
/// `Authorization: Bearer <email.webhook_secret>`. A hard bounce or a complaint suppresses the address
/// at once; opens and clicks reach the journey. Body: one event or a list of events:
/// `{"type": "bounce"|"complaint"|"delivered"|"opened"|"clicked", "email": "...", "bounce_type":
/// "hard"|"soft", "message_id": "<Message-ID>"}`.
public struct EmailEventsController: Sendable {
    let dependencies: AppDependencies

    /// Creates the controller.
    public init(dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("webhooks/email/:store", use: self.receive)
    }

    /// One relay event.
    struct EmailEvent: Decodable {
        var type: String
        var email: String?
        var bounceType: String?
        var messageID: String?

        enum CodingKeys: String, CodingKey {
            case type, email, bounceType = "bounce_type", messageID = "message_id"
        }
    }

    /// What was applied.
    struct Result: ResponseEncodable {
        var applied: Int
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> Result {
        let store = try StoreLookup.store(context, self.dependencies)
        guard let secret = store.email?.webhookSecret, !secret.isEmpty else {
            throw APIError.unauthorized("email events are not configured for store \(store.id)")
        }
        let presented = (request.headers[.authorization] ?? "").replacingOccurrences(of: "Bearer ", with: "")
        guard ConstantTime.equals(Array(presented.utf8), Array(secret.utf8)) else {
            throw APIError.unauthorized("missing or invalid bearer secret")
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let data = Data(body.readableBytesView)
        let events: [EmailEvent]
        do {
            if let list = try? JSONDecoder().decode([EmailEvent].self, from: data) { events = list } else {
                events = [try JSONDecoder().decode(EmailEvent.self, from: data)]
            }
        } catch DecodingError.keyNotFound(let key, _) {
            throw APIError.invalidField(key.stringValue, "required field is missing")
        } catch {
            throw APIError.malformed("not an email event: \(error)")
        }
        var applied = 0
        for event in events where try await self.apply(event, store: store) { applied += 1 }
        return Result(applied: applied)
    }

    private func apply(_ event: EmailEvent, store: StoreConfiguration) async throws -> Bool {
        let now = self.dependencies.clock.now()
        let repositories = self.dependencies.repositories
        let message = try await event.messageID.asyncMap {
            try await repositories.messages.find(providerID: $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")),
                                                 direction: .outbound, storeID: store.id)
        } ?? nil
        guard let address = (event.email ?? message?.address)?.lowercased() else {
            throw APIError.invalidField("email", "required when message_id names no message")
        }
        switch event.type {
        case "bounce" where event.bounceType != "soft", "complaint":
            let reason: SuppressionReason = event.type == "complaint" ? .complaint : .hardBounce
            _ = try await repositories.suppressions.add(.of(
                address, channel: .email, store: store.id, reason: reason, detail: "email \(event.type)", at: now))
            if let message {
                _ = try await repositories.messages.update(
                    id: message.id, MessageUpdate(status: .undelivered, errorCode: reason.rawValue), at: now)
                try await self.dependencies.flowEvents.publish(.optedOutEmail, cartID: message.cartID, storeID: store.id, at: now)
            }
            return true
        case "bounce":
            return false  // soft bounces are retried by the relay
        case "delivered":
            guard let message else { return false }
            return try await repositories.messages.update(
                id: message.id, MessageUpdate(status: .delivered), at: now, from: [.accepted, .sent]) != nil
        case "opened", "clicked":
            guard let message else { return false }
            try await self.dependencies.flowEvents.publish(
                event.type == "opened" ? .emailOpened : .emailClicked, cartID: message.cartID, storeID: store.id, at: now)
            return true
        default:
            throw APIError.invalidField("type", "unknown event type \"\(event.type)\"")
        }
    }
}
