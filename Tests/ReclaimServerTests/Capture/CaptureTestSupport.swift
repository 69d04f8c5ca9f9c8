import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore

@testable import ReclaimServer

/// The commerce store with an on-site capture form, and requests to `/c/{store}`.
enum Capture {
    static let origin = "https://summit.example"
    static let disclosure =
        "By submitting this form, you agree to receive recurring automated marketing text messages (e.g. cart reminders) "
        + "from Summit Outfitters at the number provided. Consent is not a condition of purchase. Msg frequency varies. "
        + "Msg & data rates may apply. Reply HELP for help and STOP to cancel. See our Terms and Privacy Policy."
    static let checkboxDisclosure = disclosure.replacingOccurrences(of: "By submitting this form", with: "By checking this box")
    static let emailDisclosure = "Get our emails about new gear and your cart. Unsubscribe at any time."

    /// The YAML of the store, with its `capture:` section.
    static func yaml(origins: [String] = [origin], disclosure: String = disclosure, email: Bool = true) -> String {
        """
        stores:
          - id: \(Commerce.store)
            name: Summit Outfitters
            website: https://summit.example
            api_keys: ["\(Commerce.apiKey)"]
            woocommerce: { secret: "\(Commerce.wooSecret)" }
            capture:
              origins: [\(origins.map { "\"\($0)\"" }.joined(separator: ", "))]
              disclosure: "\(disclosure)"
              terms_url: https://summit.example/terms
              privacy_url: https://summit.example/privacy
        \(email ? "      email_disclosure: \"\(emailDisclosure)\"" : "")
        """
    }

    /// The store's configuration.
    static func stores(origins: [String] = [origin], disclosure: String = disclosure, email: Bool = true) throws -> [StoreConfiguration] {
        try ConfigurationLoader(environment: [:]).parse(self.yaml(origins: origins, disclosure: disclosure, email: email)).stores
    }

    /// A phone-step body as the script posts it.
    static func phoneBody(_ phone: String, disclosure: String = disclosure, extra: [String: Any] = [:]) -> [String: Any] {
        var body: [String: Any] = [
            "channel": "sms", "phone": phone, "disclosure_text": disclosure, "page_url": "https://summit.example/products/tent",
            "website": "",
        ]
        for (key, value) in extra { body[key] = value }
        return body
    }
}

extension TestApp {
    /// `POST /c/{store}` from `origin` (none when `nil`).
    func capture(
        _ body: [String: Any], origin: String? = Capture.origin, userAgent: String = "Mozilla/5.0 (Test)"
    ) async throws
        -> TestResponse
    {
        var headers: HTTPFields = [.contentType: "application/json", .userAgent: userAgent]
        if let origin { headers[.origin] = origin }
        return try await self.client.execute(
            uri: "/c/\(Commerce.store)", method: .post, headers: headers,
            body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)))
    }

    /// Every consent record of the store for one address.
    func consents(_ address: String, channel: ReclaimCore.Channel = .sms) async throws -> [ConsentRecord] {
        try await self.repositories.consent.history(storeID: Commerce.store, channel: channel, address: address)
    }

    /// How many consent records the store has.
    func consentCount() async throws -> Int {
        try await self.repositories.consent.export(storeID: Commerce.store).count
    }
}
