/// Why a message could not be composed. Each case names the template and locale.
public enum MessageComposeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template is for the other channel.
    case wrongChannel(MessageTemplateID, locale: String, expected: Channel)
    /// A part failed to render (an unknown variable, a list used as a variable).
    case render(MessageTemplateID, locale: String, part: String, TemplateError)
    /// The text breaks content rules even after every fallback (still two segments, no brand,
    /// no opt-out line…); `text` is the last, most compact attempt.
    case rulesBroken(MessageTemplateID, locale: String, text: String, reasons: [Reason])
    /// The email footer lacks a required fact (`postal_address`, `unsubscribe_link`).
    case missingFooter(MessageTemplateID, locale: String, field: String)

    /// One line naming the template, locale and problem.
    public var description: String {
        switch self {
        case .wrongChannel(let id, let locale, let expected):
            "template \(id) [\(locale)] is not an \(expected == .sms ? "SMS" : "email") template"
        case .render(let id, let locale, let part, let error):
            "template \(id) [\(locale)] \(part): \(error)"
        case .rulesBroken(let id, let locale, _, let reasons):
            "template \(id) [\(locale)]: " + reasons.map { "\($0.code): \($0.message)" }.joined(separator: "; ")
        case .missingFooter(let id, let locale, let field):
            "template \(id) [\(locale)]: the email footer needs \(field)"
        }
    }

    /// The same failure as a validation problem.
    var problem: TemplateProblem {
        switch self {
        case .wrongChannel(let id, let locale, let expected):
            TemplateProblem(
                templateID: id, locale: locale, part: nil,
                issue: .channelMismatch(expected: expected, found: expected == .sms ? .email : .sms))
        case .render(let id, let locale, let part, let error):
            TemplateProblem(templateID: id, locale: locale, part: part, issue: .render(error))
        case .rulesBroken(let id, let locale, _, let reasons):
            TemplateProblem(templateID: id, locale: locale, part: "sms", issue: .rules(reasons))
        case .missingFooter(let id, let locale, let field):
            TemplateProblem(templateID: id, locale: locale, part: nil, issue: .missingFooter(field))
        }
    }
}
