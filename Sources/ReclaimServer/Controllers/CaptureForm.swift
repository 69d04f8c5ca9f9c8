import Foundation
import ReclaimCore
import ReclaimPhone

/// The JSON body of `POST /c/{store}`, read field by field so that each refusal names its field:
/// `channel` (`sms` default, or `email`), `phone` or `email`, `disclosure_text` (must equal the store's configured
/// wording for the channel), `consent_checked` (required `true` when the wording asks for a ticked box),
/// `page_url`, `cart_token`, and the honeypot `website`.
struct CaptureForm {
    let fields: [String: Any]

    init(_ fields: [String: Any]) {
        self.fields = fields
    }

    /// Whether the hidden `website` field has anything in it (only bots fill it).
    var isHoneypotFilled: Bool {
        guard let value = self.fields["website"] else { return false }
        if let text = value as? String { return !text.allSatisfy(\.isWhitespace) }
        return !(value is NSNull)
    }

    /// A string field; 400 naming it when present with another type.
    func string(_ name: String) throws -> String? {
        guard let value = self.fields[name], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw APIError.invalidField(name, "expected a string") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The validated submission (IP and user agent are the controller's to add).
    func submission(
        store: StoreConfiguration, capture: StoreConfiguration.CaptureSection, phones: PhoneNumberParser
    ) throws -> CaptureService.Submission {
        let channelText = try self.string("channel")?.lowercased() ?? "sms"
        guard let channel = Channel(rawValue: channelText) else {
            throw APIError.invalidField("channel", "must be \"sms\" or \"email\", got \"\(channelText)\"")
        }
        let address: String
        let wording: String?
        switch channel {
        case .sms:
            guard let phone = try self.string("phone") else { throw APIError.invalidField("phone", "required") }
            do {
                address = try phones.e164(phone, defaultRegion: store.defaultRegion)
            } catch {
                throw APIError.invalidField("phone", "not a phone number we can text (\(error.description))")
            }
            wording = capture.disclosure
        case .email:
            guard capture.emailDisclosure != nil else {
                throw APIError.invalidField("channel", "this store's form has no email step")
            }
            guard let email = try self.string("email")?.lowercased() else { throw APIError.invalidField("email", "required") }
            guard email.count <= 254, let at = email.firstIndex(of: "@"), at != email.startIndex, email[at...].count > 1,
                !email.contains(where: \.isWhitespace)
            else { throw APIError.invalidField("email", "not an email address") }
            address = email
            wording = capture.emailDisclosure
        }
        let shown = try self.string("disclosure_text")
        guard let wording, let shown, shown == wording.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw APIError.invalidField("disclosure_text", "must be exactly the wording this store's capture form shows")
        }
        if channel == .sms, capture.act == .checkbox, self.fields["consent_checked"] as? Bool != true {
            throw APIError.invalidField("consent_checked", "the consent box must be ticked")
        }
        let pageURL = try self.string("page_url")
        if let pageURL {
            let scheme = URL(string: pageURL)?.scheme?.lowercased()
            guard pageURL.count <= CaptureController.maxURLLength, scheme == "https" || scheme == "http" else {
                throw APIError.invalidField("page_url", "must be the page's http(s) address")
            }
        }
        let cartToken = try self.string("cart_token")
        if let cartToken, cartToken.count > CaptureController.maxTokenLength {
            throw APIError.invalidField("cart_token", "longer than \(CaptureController.maxTokenLength) characters")
        }
        return CaptureService.Submission(
            channel: channel, address: address, disclosure: wording.trimmingCharacters(in: .whitespacesAndNewlines),
            pageURL: pageURL, cartToken: cartToken)
    }
}
