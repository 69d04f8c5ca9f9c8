/// A compiled message template for one ID and locale: a text (with an optional compact variant
/// and its single-segment claim) or an email (subject, plain text and HTML).
///
/// Build it from a ``MessageTemplateSource``; every part is parsed once, here.
public struct MessageTemplate: Sendable, Hashable {
    /// A compiled text template.
    public struct SMS: Sendable, Hashable {
        /// The body.
        public let body: MustacheTemplate
        /// A shorter body tried when ``body`` cannot fit one segment.
        public let compact: MustacheTemplate?
        /// The template claims to fit one segment: the composer falls back rather than send two.
        public let singleSegment: Bool
        /// The text may be the first to a shopper, so it must carry the brand and opt-out line.
        public let opensConversation: Bool
    }

    /// A compiled email template.
    public struct Email: Sendable, Hashable {
        /// The subject (never escaped).
        public let subject: MustacheTemplate
        /// The plain-text body (never escaped).
        public let text: MustacheTemplate
        /// The HTML body fragment (`{{name}}` is HTML-escaped).
        public let html: MustacheTemplate
    }

    /// What the template renders.
    public enum Content: Sendable, Hashable {
        /// A text message.
        case sms(SMS)
        /// An email.
        case email(Email)
    }

    /// The template's ID.
    public let id: MessageTemplateID
    /// The canonical locale it is written for (`en`, `fr-CA`).
    public let locale: String
    /// The compiled parts.
    public let content: Content

    /// SMS or email.
    public var channel: Channel {
        if case .sms = self.content { return .sms }
        return .email
    }

    /// Compiles a source.
    /// - Parameters:
    ///   - id: the template's ID.
    ///   - locale: the locale it is written for.
    ///   - source: the raw parts.
    /// - Throws: ``TemplateValidationError`` naming the template, locale and every broken part.
    public init(id: MessageTemplateID, locale: String, source: MessageTemplateSource) throws(TemplateValidationError) {
        self.id = id
        self.locale = locale
        var problems: [TemplateProblem] = []
        let problem = { (part: String?, issue: TemplateProblem.Issue) in
            problems.append(TemplateProblem(templateID: id, locale: locale, part: part, issue: issue))
        }
        func compile(_ part: String, _ text: String?, _ escaping: TemplateEscaping, required: Bool) -> MustacheTemplate? {
            guard let text else {
                if required { problem(part, .missingPart) }
                return nil
            }
            do { return try MustacheTemplate(text, escaping: escaping) } catch {
                problem(part, .syntax(error))
                return nil
            }
        }
        switch source.inferredChannel {
        case .sms:
            let body = compile("sms", source.sms, .none, required: true)
            let compact = compile("sms_compact", source.smsCompact, .none, required: false)
            if let body, problems.isEmpty {
                self.content = .sms(
                    SMS(
                        body: body, compact: compact, singleSegment: source.singleSegment ?? true,
                        opensConversation: source.opensConversation ?? id.mayOpenConversation))
                return
            }
        case .email:
            let subject = compile("subject", source.subject, .none, required: true)
            let text = compile("text", source.text, .none, required: true)
            let html = compile("html", source.html, .html, required: true)
            if let subject, let text, let html, problems.isEmpty {
                self.content = .email(Email(subject: subject, text: text, html: html))
                return
            }
        case nil:
            problem(nil, .unknownChannel)
        }
        throw TemplateValidationError(problems: problems)
    }
}
