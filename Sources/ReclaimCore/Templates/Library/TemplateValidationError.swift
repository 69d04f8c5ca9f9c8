/// One thing wrong with one template in one locale.
public struct TemplateProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Issue: Sendable, Hashable {
        /// The part does not parse.
        case syntax(TemplateError)
        /// The part parses but does not render against the sample context (unknown variable,
        /// list used as a variable).
        case render(TemplateError)
        /// A part the channel needs is missing (an email without `html`).
        case missingPart
        /// Neither or both of the SMS and email parts are present, and no `channel` says which.
        case unknownChannel
        /// An override changes the channel of a built-in template.
        case channelMismatch(expected: Channel, found: Channel)
        /// The rendered message breaks content rules (`segment_limit`, `brand_missing`,
        /// `opt_out_line_missing`, `public_url_shortener`…), even after every fallback.
        case rules([Reason])
        /// The email cannot carry its required footer (`postal_address`, `unsubscribe_link`).
        case missingFooter(String)
    }

    /// The template's ID.
    public var templateID: MessageTemplateID
    /// The locale of the broken template.
    public var locale: String
    /// The part at fault (`sms`, `sms_compact`, `subject`, `text`, `html`), when one is.
    public var part: String?
    /// What is wrong.
    public var issue: Issue

    /// Creates a problem.
    public init(templateID: MessageTemplateID, locale: String, part: String?, issue: Issue) {
        self.templateID = templateID
        self.locale = locale
        self.part = part
        self.issue = issue
    }

    /// `template sms_first [fr] sms: line 1, column 12: unknown variable "frist_name"`.
    public var description: String {
        let place = "template \(self.templateID) [\(self.locale)]" + (self.part.map { " \($0)" } ?? "")
        let what: String =
            switch self.issue {
            case .syntax(let error): error.description
            case .render(let error): error.description
            case .missingPart: "missing"
            case .unknownChannel: "cannot tell SMS from email; give `channel`, or only SMS or only email parts"
            case .channelMismatch(let expected, let found): "is \(found.rawValue) but the built-in is \(expected.rawValue)"
            case .rules(let reasons): reasons.map { "\($0.code): \($0.message)" }.joined(separator: "; ")
            case .missingFooter(let field): "the email footer needs \(field)"
            }
        return "\(place): \(what)"
    }
}

/// Templates that cannot be used, found when the library is loaded or validated. The
/// description lists every problem with its template, locale and part.
public struct TemplateValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every problem found.
    public var problems: [TemplateProblem]

    /// Creates an error.
    /// - Parameter problems: the problems, at least one.
    public init(problems: [TemplateProblem]) {
        self.problems = problems
    }

    /// One line per problem.
    public var description: String {
        let count = self.problems.count
        return "\(count) invalid template\(count == 1 ? "" : "s"):\n"
            + self.problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
