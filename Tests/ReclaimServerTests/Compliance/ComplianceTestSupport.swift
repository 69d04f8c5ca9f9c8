import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReclaimChannels
import ReclaimCore
import ReclaimServer

/// The store the compliance tests use, written as in `reclaim.yml`.
enum ComplianceFixture {
    static let storeID = "summit"
    static let apiKey = "rk_test_compliance_key_0123"
    static let twilioToken = "compliance_twilio_auth_token"
    /// Where the app believes Twilio reaches it (the default `server.public_url`).
    static let publicURL = "http://127.0.0.1:8080"

    static func stores(providerConfirmsOptOut: Bool = false) throws -> [StoreConfiguration] {
        let yaml = """
            stores:
              - id: summit
                name: Summit Outfitters
                timezone: America/Denver
                default_region: US
                api_keys: ["\(Self.apiKey)"]
                sms:
                  provider: twilio
                  provider_confirms_opt_out: \(providerConfirmsOptOut)
                  twilio: { account_sid: "AC0123", auth_token: "\(Self.twilioToken)", from: "+15005550006" }
                support: { phone: "+18885550175", email: "help@summitoutfitters.example" }
            """
        return try ConfigurationLoader(environment: [:]).parse(yaml).stores
    }

    /// An express-written SMS consent record with full evidence.
    static func grant(_ phone: String, at time: Date, kind: ConsentKind = .expressWritten) -> ConsentRecord {
        ConsentRecord(
            id: "consent_\(UUID().uuidString)", storeID: Self.storeID, channel: .sms, address: phone, kind: kind,
            source: .checkoutCheckbox, disclosureText: "By checking this box, you agree to texts. Reply STOP to opt out.",
            disclosureHash: "abc", ip: "203.0.113.7", userAgent: "Mozilla/5.0", pageURL: "https://summit.example/checkout",
            occurredAt: time, recordedAt: time)
    }
}

extension TestClientProtocol {
    /// `POST /api/v1/stores/summit/<path>` with a JSON body and the store's key (or `key`).
    func postAPI(_ path: String, _ json: [String: Any], key: String? = ComplianceFixture.apiKey) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let key { headers[.authorization] = "Bearer \(key)" }
        let body = try JSONSerialization.data(withJSONObject: json)
        return try await self.execute(
            uri: "/api/v1/stores/\(ComplianceFixture.storeID)/\(path)", method: .post, headers: headers,
            body: ByteBuffer(bytes: body))
    }

    /// The policy check answer as a JSON object (empty when the status is not 200).
    func policyCheck(_ json: [String: Any]) async throws -> [String: Any] {
        let response = try await self.postAPI("policy/check", json)
        guard response.status == .ok else { return [:] }
        return response.jsonObject
    }

    /// Just the decision word for a number at a quiet-hours-free instant (Tuesday 13:00 in Chicago).
    func decision(_ phone: String, consent: String? = nil) async throws -> String? {
        var json: [String: Any] = ["phone": phone, "at": "2026-12-01T19:00:00Z"]
        if let consent { json["consent"] = consent }
        return try await self.policyCheck(json)["decision"] as? String
    }

    /// A Twilio webhook POST signed with `token` over the public URL and every parameter.
    func twilio(
        _ kind: String, _ parameters: [(String, String)], token: String? = ComplianceFixture.twilioToken,
        store: String = ComplianceFixture.storeID
    ) async throws -> TestResponse {
        let path = "/webhooks/twilio/\(store)/\(kind)"
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let token {
            let pairs = parameters.map { (name: $0.0, value: $0.1) }
            headers[HTTPField.Name("X-Twilio-Signature")!] = TwilioSignature.compute(
                authToken: token, url: ComplianceFixture.publicURL + path, parameters: pairs)
        }
        let body = parameters.map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        return try await self.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// An inbound text like Twilio sends it.
    func inbound(
        from phone: String, _ text: String, sid: String = "SM\(UUID().uuidString.prefix(8))",
        token: String? = ComplianceFixture.twilioToken
    ) async throws -> TestResponse {
        try await self.twilio(
            "inbound",
            [
                ("ToCountry", "US"), ("SmsMessageSid", sid), ("NumMedia", "0"), ("SmsSid", sid), ("SmsStatus", "received"),
                ("Body", text), ("To", "+15005550006"), ("NumSegments", "1"), ("MessageSid", sid),
                ("AccountSid", "AC0123"), ("From", phone), ("ApiVersion", "2010-04-01"),
            ], token: token)
    }
}

/// `application/x-www-form-urlencoded` encoding of one name or value.
func formEncode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~ ")
    return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: " ", with: "+")
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: self.body) }

    /// The body as a JSON object, or empty.
    var jsonObject: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(self.body.readableBytesView))) as? [String: Any] ?? [:]
    }
}
