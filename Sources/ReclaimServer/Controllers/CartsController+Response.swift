import Foundation
import Hummingbird
import ReclaimCore

/// The body of `GET …/carts/{id}` (snake_case, money in minor units, times ISO 8601).
struct CartResponse: ResponseEncodable, Sendable {
    var id: String
    var storeID: String
    var source: String
    var externalID: String
    /// `open`, `abandoned`, `recovered`, `emptied`, `superseded` or `deleted`.
    var status: String
    var recovered: Bool
    var recoveredAt: Date?
    /// The platform's id of the order that recovered the cart.
    var orderID: String?
    var abandonedAt: Date?
    var lastActivityAt: Date
    var createdAt: Date
    var updatedAt: Date
    var items: [Item]
    var subtotal: Int
    var currency: String
    var recoveryURL: String?
    var shippingAddress: PostalAddress?
    var contact: ContactBody?
    var journey: JourneyBody?
    var messages: [MessageBody]
    var order: OrderBody?

    enum CodingKeys: String, CodingKey {
        case id
        case storeID = "store_id"
        case source
        case externalID = "external_id"
        case status, recovered
        case recoveredAt = "recovered_at"
        case orderID = "order_id"
        case abandonedAt = "abandoned_at"
        case lastActivityAt = "last_activity_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case items, subtotal
        case currency
        case recoveryURL = "recovery_url"
        case shippingAddress = "shipping_address"
        case contact, journey
        case messages, order
    }

    /// One line.
    struct Item: Codable, Sendable {
        var productID: String
        var variantID: String?
        var title: String
        var variantTitle: String?
        var quantity: Int
        var price: Int
        var imageURL: String?
        enum CodingKeys: String, CodingKey {
            case productID = "product_id"
            case variantID = "variant_id"
            case title
            case variantTitle = "variant_title"
            case quantity
            case price
            case imageURL = "image_url"
        }
    }

    /// The journey's progress.
    struct JourneyBody: Codable, Sendable {
        var state: String
        var nextStep: Int
        var reason: String?
        var flow: String
        var variant: String?
        var holdout: Bool
        var startedAt: Date
        var endedAt: Date?
        enum CodingKeys: String, CodingKey {
            case state
            case nextStep = "next_step"
            case reason, flow, variant, holdout
            case startedAt = "started_at"
            case endedAt = "ended_at"
        }
    }

    /// One message with the send gate's decision.
    struct MessageBody: Codable, Sendable {
        var id: String
        var channel: String
        var direction: String
        var step: Int?
        var status: String
        var subject: String?
        var body: String
        var decision: SendDecisionRecord?
        var createdAt: Date
        var sentAt: Date?
        enum CodingKeys: String, CodingKey {
            case id, channel, direction, step, status, subject, body, decision
            case createdAt = "created_at"
            case sentAt = "sent_at"
        }
    }

    /// The order that recovered the cart.
    struct OrderBody: Codable, Sendable {
        var id: String
        var externalID: String
        var total: Int
        var currency: String
        var paid: Bool
        var placedAt: Date
        enum CodingKeys: String, CodingKey {
            case id
            case externalID = "external_id"
            case total, currency, paid
            case placedAt = "placed_at"
        }
    }
}

extension CartResponse.Item {
    /// The line as the API shows it (`price` is the unit price in minor units).
    init(_ line: LineItem) {
        self.init(
            productID: line.productID, variantID: line.variantID, title: line.title, variantTitle: line.variantTitle,
            quantity: line.quantity, price: line.unitPrice, imageURL: line.imageURL)
    }
}

extension CartResponse {
    /// Builds the body from stored values.
    init(cart: Cart, contact: Contact?, journey: Journey?, messages: [Message], order: Order?) {
        self.init(
            id: cart.id, storeID: cart.storeID, source: cart.source.rawValue, externalID: cart.externalID,
            status: cart.status.rawValue, recovered: cart.status == .recovered, recoveredAt: cart.recoveredAt,
            orderID: order?.externalID, abandonedAt: cart.abandonedAt, lastActivityAt: cart.lastActivityAt,
            createdAt: cart.createdAt, updatedAt: cart.updatedAt,
            items: cart.items.map(Item.init),
            subtotal: cart.subtotal.minor, currency: cart.subtotal.currency, recoveryURL: cart.recoveryURL,
            shippingAddress: cart.shippingAddress,
            contact: contact.map(ContactBody.init),
            journey: journey.map {
                JourneyBody(
                    state: $0.state.rawValue, nextStep: $0.nextStep, reason: $0.reason, flow: $0.flowName,
                    variant: $0.variant, holdout: $0.holdout, startedAt: $0.startedAt, endedAt: $0.endedAt)
            },
            messages: messages.map {
                MessageBody(
                    id: $0.id, channel: $0.channel.rawValue, direction: $0.direction.rawValue, step: $0.step,
                    status: $0.status.rawValue, subject: $0.subject, body: $0.body, decision: $0.decision,
                    createdAt: $0.createdAt, sentAt: $0.sentAt)
            },
            order: order.map {
                OrderBody(
                    id: $0.id, externalID: $0.externalID, total: $0.total.minor, currency: $0.total.currency,
                    paid: $0.paid, placedAt: $0.placedAt)
            })
    }
}
