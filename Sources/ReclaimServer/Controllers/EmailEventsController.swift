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
///
/// A list is applied in one transaction, or not at all: an event that cannot be applied (an unknown
/// type, a missing address) answers 400 naming it by its place in the list (`[2].type`) and leaves
/// every event of the list unapplied, so the relay can fix and resend the whole list. Resending an event
/// already applied changes nothing more (a suppression is added once).
public struct EmailEventsController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase

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
            case type, email
            case bounceType = "bounce_type"
            case messageID = "message_id"
        }
    }

    /// What was applied.
    struct Result: ResponseEncodable {
        var applied: Int
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> Result {
        let store = try StoreLookup.store(context, self.configuration)
        guard let secret = store.email?.webhookSecret, !secret.isEmpty else {
            throw APIError.unauthorized("email events are not configured for store \(store.id)")
        }
        let presented = (request.headers[.authorization] ?? "").replacingOccurrences(of: "Bearer ", with: "")
        guard ConstantTime.equals(Array(presented.utf8), Array(secret.utf8)) else {
            throw APIError.unauthorized("missing or invalid bearer secret")
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let (events, isList) = try Self.decode(Data(body.readableBytesView))
        let now = self.clock.now()
        let applied = try await self.database.transaction { db in
            let repositories = ReclaimRepositories(database: db)
            let flowEvents = FlowEventPublisher(queue: JobQueue(db))
            var applied = 0
            for (index, event) in events.enumerated() {
                do {
                    if try await self.apply(event, store: store, repositories, flowEvents, now: now) { applied += 1 }
                } catch let problem as EventProblem {
                    throw APIError.invalidField((isList ? "[\(index)]." : "") + problem.field, problem.message)
                }
            }
            return applied
        }
        return Result(applied: applied)
    }

    /// The events of a body holding one event object or a list of them, and whether it was a list.
    /// - Throws: ``APIError`` naming the first field that cannot be read (`[1].type`).
    static func decode(_ data: Data) throws -> (events: [EmailEvent], isList: Bool) {
        let isList = data.first { !" \t\r\n".utf8.contains($0) } == UInt8(ascii: "[")
        do {
            return isList
                ? (try JSONDecoder().decode([EmailEvent].self, from: data), true)
                : ([try JSONDecoder().decode(EmailEvent.self, from: data)], false)
        } catch let error as DecodingError {
            let described = DecodingErrorDescription(error)
            if case .dataCorrupted = error, described.field == "body" {
                throw APIError.malformed("not an email event: \(described.message)")
            }
            throw APIError(.badRequest, code: "invalid_field", message: described.message)
        }
    }

    /// Why one event cannot be applied, naming its field.
    struct EventProblem: Error {
        var field: String
        var message: String
    }

    /// The event types the relay sends.
    static let types: Set<String> = ["bounce", "complaint", "delivered", "opened", "clicked"]

    private func apply(
        _ event: EmailEvent, store: StoreConfiguration, _ repositories: ReclaimRepositories,
        _ flowEvents: FlowEventPublisher, now: Date
    ) async throws -> Bool {
        let message =
            try await event.messageID.asyncMap {
                try await repositories.messages.find(
                    providerID: $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")),
                    direction: .outbound, storeID: store.id)
            } ?? nil
        guard Self.types.contains(event.type) else {
            throw EventProblem(field: "type", message: "unknown event type \"\(event.type)\"")
        }
        guard let address = (event.email ?? message?.address)?.lowercased() else {
            throw EventProblem(field: "email", message: "required when message_id names no message")
        }
        guard address.contains("@") else { throw EventProblem(field: "email", message: "not an email address") }
        switch event.type {
        case "bounce" where event.bounceType != "soft", "complaint":
            let reason: SuppressionReason = event.type == "complaint" ? .complaint : .hardBounce
            _ = try await repositories.suppressions.add(
                .of(
                    address, channel: .email, store: store.id, reason: reason, detail: "email \(event.type)", at: now))
            if let message {
                _ = try await repositories.messages.update(
                    id: message.id, MessageUpdate(status: .undelivered, errorCode: reason.rawValue), at: now)
                try await flowEvents.publish(.optedOutEmail, cartID: message.cartID, storeID: store.id, at: now)
            }
            return true
        case "bounce":
            return false  // soft bounces are retried by the relay
        case "delivered":
            guard let message else { return false }
            return try await repositories.messages.update(
                id: message.id, MessageUpdate(status: .delivered), at: now, from: [.accepted, .sent]) != nil
        default:  // opened, clicked
            guard let message else { return false }
            try await flowEvents.publish(
                event.type == "opened" ? .emailOpened : .emailClicked, cartID: message.cartID, storeID: store.id, at: now)
            return true
        }
    }
}
