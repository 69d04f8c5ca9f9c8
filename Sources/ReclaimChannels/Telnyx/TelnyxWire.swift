import Foundation

/// The body of `POST /v2/messages`.
struct TelnyxSendBody: Encodable, Sendable {
    let from: String?
    let to: String
    let text: String
    let messagingProfileID: String?
    let webhookURL: String?

    enum CodingKeys: String, CodingKey {
        case from, to, text
        case messagingProfileID = "messaging_profile_id"
        case webhookURL = "webhook_url"
    }
}

/// `{"data": …}`.
struct TelnyxEnvelope<Payload: Decodable & Sendable>: Decodable, Sendable {
    let data: Payload
}

/// The message object, in send responses, lookups and webhooks.
struct TelnyxMessage: Decodable, Sendable {
    struct Party: Decodable, Sendable {
        let phoneNumber: String?
        let status: String?

        enum CodingKeys: String, CodingKey {
            case status
            case phoneNumber = "phone_number"
        }
    }

    struct Cost: Decodable, Sendable {
        let amount: FlexibleString?
        let currency: String?
    }

    struct Media: Decodable, Sendable {
        let url: String?
    }

    let id: String
    let direction: String?
    let from: Party?
    let to: [Party]?
    let text: String?
    let parts: Int?
    let cost: Cost?
    let errors: [TelnyxErrorObject]?
    let media: [Media]?
    let receivedAt: String?
    let autoresponseType: String?

    enum CodingKeys: String, CodingKey {
        case id, direction, from, to, text, parts, cost, errors, media
        case receivedAt = "received_at"
        case autoresponseType = "autoresponse_type"
    }

    /// The first recipient's status, which is the message's for a single-recipient SMS.
    var status: String { self.to?.first?.status ?? "queued" }

    /// The reported cost, if any.
    var price: ProviderPrice? { ProviderPrice(amount: self.cost?.amount?.value, currency: self.cost?.currency) }
}

/// One entry of `errors[]`.
struct TelnyxErrorObject: Decodable, Sendable {
    let code: FlexibleString?
    let title: String?
    let detail: String?
}

/// `{"errors": [...]}`.
struct TelnyxErrorBody: Decodable, Sendable {
    let errors: [TelnyxErrorObject]
}
