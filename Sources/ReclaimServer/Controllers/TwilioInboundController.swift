import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ReclaimChannels
import ReclaimCore
import ReclaimPhone

/// `POST /webhooks/twilio/{store}/inbound` and `/status`: Twilio's messaging webhooks.
///
/// Every request must carry a valid `X-Twilio-Signature` over the configured public URL and all its
/// form parameters; one that does not is a 401 and changes nothing. Inbound texts go through
/// ``InboundMessageService`` (as Telnyx's do); status callbacks are read by ``TwilioStatusCallback``
/// and stored by ``ProviderStatusService`` (as Telnyx's status events are).
public struct TwilioInboundController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Handles inbound texts.
    let inboundTexts: InboundMessageService
    /// Applies delivery reports.
    let statuses: ProviderStatusService

    /// The signature header.
    static let signatureHeader = HTTPField.Name("X-Twilio-Signature")!

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("webhooks/twilio/:store/inbound", use: self.inbound)
            .post("webhooks/twilio/:store/status", use: self.status)
    }

    @Sendable func inbound(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (store, form) = try await self.verified(request, context: context)
        guard let from = form.nonBlank("From") else { throw APIError.invalidField("From", "required field is missing") }
        let text = InboundMessageService.InboundText(
            providerID: form.nonBlank("MessageSid") ?? form.nonBlank("SmsSid"), from: from, body: form["Body"] ?? "")
        // Keywords act before the response; an ordinary reply is answered by a `conversation.reply` job
        // through the outbox (tracked, paced, priced), never inside this request.
        let outcome = try await self.inboundTexts.receive(text, store: store, route: .response)
        return TwiML.response(message: outcome.reply)
    }

    @Sendable func status(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (store, form) = try await self.verified(request, context: context)
        let callback: TwilioStatusCallback
        do { callback = try TwilioStatusCallback(parameters: form.pairs) } catch TwilioCallbackError.missing(let name) {
            throw APIError.invalidField(name, "required field is missing")
        }
        try await self.statuses.apply(callback.report, store: store)
        return TwiML.response(message: nil)
    }

    /// The store and the form, once the signature checks out.
    func verified(_ request: Request, context: AppRequestContext) async throws -> (StoreConfiguration, FormParameters) {
        let store = try StoreLookup.store(context, self.configuration)
        guard let token = store.sms?.twilio?.authToken, !token.isEmpty else {
            throw APIError.unauthorized("Twilio is not configured for store \(store.id)")
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let form = FormParameters(decoding: String(buffer: body))
        let url = self.publicURL(request)
        let signature = request.headers[Self.signatureHeader] ?? ""
        guard TwilioSignature.isValid(signature: signature, authToken: token, url: url, parameters: form.pairs) else {
            context.logger.warning("twilio signature mismatch", metadata: ["store": "\(store.id)", "url": "\(url)"])
            throw APIError.unauthorized("missing or invalid X-Twilio-Signature")
        }
        return (store, form)
    }

    /// The URL Twilio requested: the configured public base URL, the request path and its query.
    func publicURL(_ request: Request) -> String {
        let base = self.configuration.server.baseURL
        let query = request.uri.query.map { $0.isEmpty ? "" : "?\($0)" } ?? ""
        return base + request.uri.path + query
    }
}
