import Foundation
import Hummingbird
import NIOCore
import ReclaimAssistant
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// `POST /api/v1/stores/{store}/assistant/preview`: what the assistant would do with a shopper's
/// reply about a stored cart (`cart_id`) or an inline one (`cart`, the `cart.updated` data), without
/// sending, storing or pausing anything.
public struct AssistantController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Source of "now".
    let clock: any WallClock
    /// The store's assistant.
    let assistant: AssistantService

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("assistant/preview", use: self.preview)
    }

    /// The preview's answer (CONTRACT.md).
    struct Preview: ResponseEncodable {
        var intent: String
        var secondaryIntents: [String]
        var action: String
        var reply: String
        var escalate: Bool
        var escalationReason: String?
        var redactedText: String
        var confidence: Double
        /// `builtin` or `llm`.
        var engine: String
        /// Why the LLM's answer was not used, when it was not.
        var fallbackReason: String?

        enum CodingKeys: String, CodingKey {
            case intent
            case secondaryIntents = "secondary_intents"
            case action, reply, escalate
            case escalationReason = "escalation_reason"
            case redactedText = "redacted_text"
            case confidence, engine
            case fallbackReason = "fallback_reason"
        }
    }

    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Preview {
        let store = try StoreLookup.store(context, self.configuration)
        let body = Data(try await request.body.collect(upTo: context.maxUploadSize).readableBytesView)
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            if let path = GenericEventParser.outOfRangeNumberPath(in: body) {
                throw APIError.invalidField(path, "number is out of range")
            }
            throw APIError.malformed("the body must be a JSON object")
        }
        guard case .string(let text)? = object["text"] else { throw APIError.invalidField("text", "required string is missing") }
        var cart: Cart?
        var contact: Contact?
        if case .string(let id)? = object["cart_id"] {
            guard let stored = try await Self.storedCart(id, store: store, self.repositories) else { throw APIError.notFound("cart \(id)") }
            (cart, contact) = (stored.cart, stored.contact)
        } else if let inline = object["cart"] {
            cart = try self.inlineCart(inline, store: store)
        } else {
            throw APIError.invalidField("cart_id", "give cart_id or an inline cart")
        }
        let response = try await self.assistant.respond(to: text, cart: cart, contact: contact, store: store)
        return Preview(
            intent: response.intent.rawValue, secondaryIntents: response.secondaryIntents.map(\.rawValue),
            action: response.action.rawValue, reply: response.reply, escalate: response.escalate,
            escalationReason: response.escalationReason, redactedText: response.redactedText, confidence: response.confidence,
            engine: response.engine, fallbackReason: response.fallbackReason)
    }

    /// The store's cart named by `key` (Reclaim id or platform key) and its shopper; `nil` when there is no
    /// such cart. The API's and the dashboard's previews both read carts this way.
    static func storedCart(
        _ key: String, store: StoreConfiguration, _ repositories: ReclaimRepositories
    ) async throws -> (cart: Cart, contact: Contact?)? {
        guard let cart = try await CartsController.find(key, storeID: store.id, repositories)
        else { return nil }
        let contact = try await cart.contactID.asyncMap { try await repositories.contacts.find(id: $0) } ?? nil
        return (cart, contact)
    }

    /// An unsaved cart from `cart.updated` data, validated like the events API.
    func inlineCart(_ data: JSONValue, store: StoreConfiguration) throws -> Cart {
        let envelope = JSONValue.object(["type": .string("cart.updated"), "id": .string("preview"), "data": data])
        let event: GenericEvent
        do {
            event = try GenericEventParser.parseEvent(body: try JSONEncoder().encode(envelope))
        } catch let error as EventValidationError {
            let first = error.errors.first
            throw APIError.invalidField(
                "cart." + (first?.path ?? "").replacingOccurrences(of: "data.", with: ""), first?.message ?? "invalid")
        }
        guard case .cartUpdated(let snapshot) = event.event else { throw APIError.invalidField("cart", "not a cart") }
        let now = self.clock.now()
        return Cart(
            id: "preview:\(snapshot.externalID)", storeID: store.id, source: snapshot.source, externalID: snapshot.externalID,
            items: snapshot.items, subtotal: snapshot.subtotal, recoveryURL: snapshot.recoveryURL,
            shippingAddress: snapshot.shippingAddress, lastActivityAt: now, createdAt: now, updatedAt: now)
    }
}
