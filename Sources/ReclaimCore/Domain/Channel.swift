/// A way of reaching a shopper. SMS and email consent, suppression and caps are kept separately.
public enum Channel: String, Codable, Sendable, Hashable, CaseIterable {
    /// Text message to a phone number in E.164 form.
    case sms
    /// Email to an address.
    case email
}
