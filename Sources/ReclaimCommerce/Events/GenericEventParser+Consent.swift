import Foundation
import ReclaimCore

extension GenericEventParser {
    /// `consent.granted` / `consent.revoked`.
    ///
    /// A grant with `double_opt_in_confirmed_at` is hinted as ``ReclaimCore/ConsentKind/doubleOptIn``.
    static func consent(
        _ data: [String: JSONNode], action: ConsentAction, occurredAt: Date?, reader: FieldReader
    )
        -> ConsentChange?
    {
        let channelText = reader.string(data, "channel", at: "data.channel", required: true)
        var channel: Channel?
        if let channelText {
            channel = Channel(rawValue: channelText.lowercased())
            if channel == nil { reader.fail("data.channel", "must be \"sms\" or \"email\", got \"\(channelText)\"") }
        }
        let phone = reader.string(data, "phone", at: "data.phone", required: channel == .sms)
        let email = reader.string(data, "email", at: "data.email", required: channel == .email)
        if let email, !email.contains("@") { reader.fail("data.email", "not an email address: \"\(email)\"") }
        let source = reader.string(data, "source", at: "data.source")
        let disclosure = reader.string(data, "disclosure_text", at: "data.disclosure_text")
        let ip = reader.string(data, "ip", at: "data.ip")
        let userAgent = reader.string(data, "user_agent", at: "data.user_agent")
        let pageURL = reader.url(data, "page_url", at: "data.page_url")
        let confirmedAt = reader.date(data, "double_opt_in_confirmed_at", at: "data.double_opt_in_confirmed_at")
        guard let channel else { return nil }
        return ConsentChange(
            channel: channel, action: action, phone: phone, email: email, source: source ?? "api",
            kindHint: action == .granted && confirmedAt != nil ? .doubleOptIn : nil, disclosureText: disclosure,
            ip: ip, userAgent: userAgent, pageURL: pageURL, doubleOptInConfirmedAt: confirmedAt, occurredAt: occurredAt)
    }
}
