import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCore
import ReclaimPhone

/// On-site capture: `GET /c/{store}/capture.js` (the script a store embeds), `OPTIONS /c/{store}` (the CORS
/// preflight) and `POST /c/{store}` (the form's submission). docs/capture.md has the whole contract.
///
/// A post is answered in this order, and nothing is recorded unless it reaches the end: an origin outside the
/// store's `capture.origins` → 403; an IP over its limit → 429; a filled honeypot (`website`) → 200 as if
/// recorded; a bad field → 400 naming it (a phone that cannot be parsed, wording other than the store's
/// configured wording, an unticked consent box); an address over its limit → 429; then the consent is recorded.
struct CaptureController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Phone number parsing.
    let phones: PhoneNumberParser
    /// Per-IP and per-address limits.
    let limiter: CaptureRateLimiter
    /// Records the capture.
    let service: CaptureService

    /// The routes.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("c/:store/capture.js", use: self.script)
            .on("c/:store", method: .options, use: self.preflight)
            .post("c/:store", use: self.submit)
    }

    /// Longest page URL or cart token kept.
    static let maxURLLength = 2048
    static let maxTokenLength = 255
    /// Largest form body read (a real one is well under 2 KB).
    static let maxBodyBytes = 16 * 1024

    @Sendable func script(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (store, capture) = try self.capture(context)
        let code = try CaptureScript.render(store, capture: capture)
        let headers: HTTPFields = [
            .contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=300",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: code)))
    }

    @Sendable func preflight(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, capture) = try self.capture(context)
        let origin = try Self.allowedOrigin(request, capture)
        var headers = Self.corsHeaders(origin)
        headers[.accessControlAllowMethods] = "POST"
        headers[.accessControlAllowHeaders] = "Content-Type"
        headers[.accessControlMaxAge] = "600"
        return Response(status: .noContent, headers: headers)
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (store, capture) = try self.capture(context)
        let origin = try Self.allowedOrigin(request, capture)
        do {
            let now = self.clock.now()
            let peer = KeyGuessThrottle.client(
                peer: context.remoteAddress, forwardedFor: request.headers[KeyGuessThrottle.forwardedForHeader])
            if let wait = await self.limiter.admit(ip: peer, now: now) { throw Self.tooMany(wait) }
            var request = request
            let body = try await request.collectBody(upTo: min(context.maxUploadSize, Self.maxBodyBytes))
            guard let fields = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] else {
                throw APIError.malformed("expected a JSON object")
            }
            let form = CaptureForm(fields)
            // A bot filled the hidden field: answer as if recorded, record nothing.
            if form.isHoneypotFilled { return Self.recorded(origin) }
            var submission = try form.submission(store: store, capture: capture, phones: self.phones)
            submission.ip = peer == "unknown" ? nil : peer
            submission.userAgent = request.headers[.userAgent].map { String($0.prefix(512)) }
            if let wait = await self.limiter.admit(address: submission.address, channel: submission.channel.rawValue, now: now) {
                throw Self.tooMany(wait)
            }
            do {
                _ = try await self.service.record(submission, store: store, now: now, logger: context.logger)
            } catch let error as IngestionError {
                switch error {
                case .invalidField(let field, let problem): throw APIError.invalidField(field, problem)
                }
            }
            return Self.recorded(origin)
        } catch var error as APIError {
            // The page must be able to read why (an unparseable phone), so errors carry the CORS headers too.
            for field in Self.corsHeaders(origin) { error.headers.append(field) }
            throw error
        }
    }

    /// The store and its capture section, or 404.
    private func capture(_ context: AppRequestContext) throws -> (StoreConfiguration, StoreConfiguration.CaptureSection) {
        let store = try StoreLookup.store(context, self.configuration)
        guard let capture = store.capture else { throw APIError.notFound("on-site capture for store \(store.id)") }
        return (store, capture)
    }

    /// The request's `Origin` when the store allows it; 403 otherwise (no CORS headers: the browser refuses).
    static func allowedOrigin(_ request: Request, _ capture: StoreConfiguration.CaptureSection) throws -> String {
        guard let origin = request.headers[.origin], let normalized = CaptureOrigin.normalize(origin),
            capture.allowedOrigins.contains(normalized)
        else {
            throw APIError(.forbidden, code: "origin_not_allowed", message: "Origin: not one of this store's capture.origins")
        }
        return origin
    }

    static func corsHeaders(_ origin: String) -> HTTPFields {
        [.accessControlAllowOrigin: origin, .vary: "Origin"]
    }

    static func tooMany(_ wait: TimeInterval) -> APIError {
        APIError(
            .tooManyRequests, code: "rate_limited", message: "too many sign-ups; try again later",
            headers: [KeyGuessThrottle.retryAfterHeader: KeyGuessThrottle.retryAfter(wait)])
    }

    /// `{"status": "ok"}`, the same for a recorded capture and a filled honeypot.
    static func recorded(_ origin: String) -> Response {
        var headers = Self.corsHeaders(origin)
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
    }
}
