import Foundation

/// The Message resource (`201` from create, `200` from fetch), reduced to what Reclaim stores.
struct TwilioMessageResource: Decodable, Sendable {
    let sid: String
    let status: String
    let from: String?
    let to: String?
    let numSegments: FlexibleString?
    let price: FlexibleString?
    let priceUnit: String?
    let errorCode: FlexibleString?
    let errorMessage: String?
    let dateUpdated: String?
    let body: String?
    let direction: String?
    let dateCreated: String?
    let messagingServiceSid: String?

    enum CodingKeys: String, CodingKey {
        case sid, status, from, to, price, body, direction
        case numSegments = "num_segments"
        case priceUnit = "price_unit"
        case errorCode = "error_code"
        case errorMessage = "error_message"
        case dateUpdated = "date_updated"
        case dateCreated = "date_created"
        case messagingServiceSid = "messaging_service_sid"
    }
}

/// One page of the Message list (`GET …/Messages.json?To=…`): the messages, newest first, and the
/// path of the next page (`null` on the last).
struct TwilioMessagePage: Decodable, Sendable {
    let messages: [TwilioMessageResource]
    let nextPageURI: String?

    enum CodingKeys: String, CodingKey {
        case messages
        case nextPageURI = "next_page_uri"
    }
}

/// Twilio's error body: legacy `{code, message, more_info, status}` or RFC 9457 problem JSON
/// (`{type, title, status, code, detail}`).
struct TwilioErrorBody: Decodable, Sendable {
    let code: FlexibleString?
    let message: String?
    let moreInfo: String?
    let title: String?
    let detail: String?

    enum CodingKeys: String, CodingKey {
        case code, message, title, detail
        case moreInfo = "more_info"
    }

    /// The best human-readable text in the body.
    var text: String? { self.message ?? self.detail ?? self.title }
}
