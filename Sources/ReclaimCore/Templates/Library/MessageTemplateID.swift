/// The name of a message template (`sms_first`), as flows and merchant configuration spell it.
/// Any name is allowed; the built-in ones are the static members.
public struct MessageTemplateID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The name.
    public var rawValue: String

    /// Creates an ID from its name.
    /// - Parameter rawValue: the name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an ID from its name.
    /// - Parameter rawValue: the name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an ID from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes the bare name.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }

    /// The name.
    public var description: String { self.rawValue }

    /// Orders by name.
    public static func < (lhs: MessageTemplateID, rhs: MessageTemplateID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// First text: product named, a question invited, checkout link, brand and "Reply STOP to opt out".
    public static let smsFirst: MessageTemplateID = "sms_first"
    /// A later text handling objections (shipping, returns), with the free-shipping gap when known.
    public static let smsDetails: MessageTemplateID = "sms_details"
    /// A later text carrying the discount code and its expiry.
    public static let smsDiscount: MessageTemplateID = "sms_discount"
    /// A text after the shopper clicked an email link without buying; may open the conversation.
    public static let smsClickFollowUp: MessageTemplateID = "sms_click_follow_up"
    /// The first email (about 4 hours): a plain reminder.
    public static let emailReminder: MessageTemplateID = "email_reminder"
    /// The second email (about 24 hours): social proof, stock and the free-shipping nudge.
    public static let emailSocialProof: MessageTemplateID = "email_social_proof"
    /// The final email (48–72 hours) with the discount.
    public static let emailDiscount: MessageTemplateID = "email_discount"
    /// A fresh angle when earlier emails went unopened for 48 hours.
    public static let emailNewAngle: MessageTemplateID = "email_new_angle"

    /// Every built-in template, texts first.
    public static let builtIn: [MessageTemplateID] = [
        .smsFirst, .smsDetails, .smsDiscount, .smsClickFollowUp,
        .emailReminder, .emailSocialProof, .emailDiscount, .emailNewAngle,
    ]

    /// Whether a text with this ID may be the first one a shopper gets, and so must carry the
    /// opt-out line: `sms_first`, `sms_click_follow_up` (hybrid flows text after an email click)
    /// and, to be safe, any template that is not built in.
    public var mayOpenConversation: Bool {
        ![Self.smsDetails, Self.smsDiscount].contains(self)
    }
}
