/// A template as written in configuration: raw Mustache strings, any of which may be missing in
/// a merchant override (the built-in template for the same ID and language fills the gaps).
///
/// Decodes from the server's YAML with snake_case keys:
///
/// ```yaml
/// templates:
///   sms_first:
///     en: { sms: "{{brand}}: Still want the {{product}}? {{link}} Reply STOP to opt out" }
///   email_reminder:
///     fr: { subject: "Votre panier vous attend" }
/// ```
public struct MessageTemplateSource: Codable, Sendable, Hashable {
    /// SMS or email; inferred from the fields present when `nil`.
    public var channel: Channel?
    /// The text body.
    public var sms: String?
    /// A shorter text body tried when ``sms`` cannot fit one segment.
    public var smsCompact: String?
    /// Whether the text claims to fit one segment (default `true`).
    public var singleSegment: Bool?
    /// Whether the text may be the first to a shopper and so needs the opt-out line (default:
    /// ``MessageTemplateID/mayOpenConversation``).
    public var opensConversation: Bool?
    /// The email subject.
    public var subject: String?
    /// The plain-text email body.
    public var text: String?
    /// The HTML email body (a fragment; the composer wraps it and adds the footer).
    public var html: String?

    /// Creates a source; every part is optional.
    public init(
        channel: Channel? = nil, sms: String? = nil, smsCompact: String? = nil, singleSegment: Bool? = nil,
        opensConversation: Bool? = nil, subject: String? = nil, text: String? = nil, html: String? = nil
    ) {
        self.channel = channel
        self.sms = sms
        self.smsCompact = smsCompact
        self.singleSegment = singleSegment
        self.opensConversation = opensConversation
        self.subject = subject
        self.text = text
        self.html = html
    }

    private enum CodingKeys: String, CodingKey {
        case channel, sms
        case smsCompact = "sms_compact"
        case singleSegment = "single_segment"
        case opensConversation = "opens_conversation"
        case subject, text, html
    }

    /// This source with its missing parts taken from `base`. A new ``sms`` body drops the base
    /// ``smsCompact``, which was written for the base body.
    /// - Parameter base: the template it overrides, if any.
    /// - Returns: the merged source.
    public func merged(over base: MessageTemplateSource?) -> MessageTemplateSource {
        guard let base else { return self }
        return MessageTemplateSource(
            channel: self.channel ?? base.channel, sms: self.sms ?? base.sms,
            smsCompact: self.sms != nil ? self.smsCompact : (self.smsCompact ?? base.smsCompact),
            singleSegment: self.singleSegment ?? base.singleSegment,
            opensConversation: self.opensConversation ?? base.opensConversation,
            subject: self.subject ?? base.subject, text: self.text ?? base.text, html: self.html ?? base.html)
    }

    /// The channel: the declared one, else SMS when only ``sms`` parts are present, email when
    /// only email parts are, `nil` when both or neither are.
    public var inferredChannel: Channel? {
        if let channel = self.channel { return channel }
        let hasSMS = self.sms != nil || self.smsCompact != nil
        let hasEmail = self.subject != nil || self.text != nil || self.html != nil
        switch (hasSMS, hasEmail) {
        case (true, false): return .sms
        case (false, true): return .email
        default: return nil
        }
    }
}
