/// Every message template a store can send: the built-in defaults in English, Spanish and French,
/// with the merchant's overrides on top, compiled once.
///
/// Load it at startup and validate it there, so a template that cannot render stops the server
/// with a message naming the template, locale and problem instead of failing at send time:
///
/// ```swift
/// let library = try TemplateLibrary.load(overrides: config.templates, store: store)
/// let template = library.template(.smsFirst, locale: shopper.locale)
/// ```
public struct TemplateLibrary: Sendable {
    /// The locale used when neither the shopper's locale nor its language has a template.
    public let defaultLocale: String
    private let templates: [MessageTemplateID: [String: MessageTemplate]]

    /// Compiles the built-in templates and the merchant's overrides.
    ///
    /// An override for a built-in ID and locale (or, for `fr-CA`, the built-in `fr`) only needs
    /// the parts it changes; an override for a new ID needs every part of its channel.
    /// - Parameters:
    ///   - overrides: template ID → locale (`en`, `fr-CA`) → raw parts, as read from configuration.
    ///   - includeBuiltIns: start from the built-in defaults (`false` for a library of overrides only).
    ///   - defaultLocale: the fallback locale.
    /// - Throws: ``TemplateValidationError`` listing every template that does not compile.
    public init(
        overrides: [String: [String: MessageTemplateSource]] = [:], includeBuiltIns: Bool = true,
        defaultLocale: String = "en"
    ) throws {
        let builtIn = includeBuiltIns ? Self.builtInSources : [:]
        var sources = builtIn
        var problems: [TemplateProblem] = []
        for (rawID, byLocale) in overrides {
            let id = MessageTemplateID(rawID)
            for (rawLocale, source) in byLocale {
                let locale = Self.canonicalLocale(rawLocale)
                let base = builtIn[id]?[locale] ?? builtIn[id]?[Self.language(of: locale)]
                let merged = source.merged(over: base)
                if let expected = base?.inferredChannel, let found = merged.inferredChannel, expected != found {
                    problems.append(
                        TemplateProblem(
                            templateID: id, locale: locale, part: nil, issue: .channelMismatch(expected: expected, found: found)))
                    continue
                }
                sources[id, default: [:]][locale] = merged
            }
        }
        var templates: [MessageTemplateID: [String: MessageTemplate]] = [:]
        for (id, byLocale) in sources {
            for (locale, source) in byLocale {
                do {
                    templates[id, default: [:]][locale] = try MessageTemplate(id: id, locale: locale, source: source)
                } catch {
                    problems += error.problems
                }
            }
        }
        guard problems.isEmpty else { throw TemplateValidationError(problems: problems.sorted(by: Self.order)) }
        self.templates = templates
        self.defaultLocale = Self.canonicalLocale(defaultLocale)
    }

    /// Compiles the library and validates it against sample carts of `store`.
    /// - Parameters:
    ///   - overrides: the merchant's templates, as read from configuration.
    ///   - store: the store whose brand and contacts the samples use; a sample store when `nil`.
    ///   - link: a tracked link as long as the real ones.
    /// - Returns: a library every template of which renders.
    /// - Throws: ``TemplateValidationError`` listing every problem.
    public static func load(
        overrides: [String: [String: MessageTemplateSource]] = [:], store: Store? = nil,
        link: String = TemplateContext.sampleLink
    ) throws -> TemplateLibrary {
        let library = try TemplateLibrary(overrides: overrides)
        try library.validate(store: store, link: link)
        return library
    }

    /// The built-in defaults, which are known to compile and validate.
    public static let builtIn: TemplateLibrary = {
        do { return try TemplateLibrary() } catch {
            preconditionFailure("built-in templates are invalid: \(error)")
        }
    }()

    /// The template for an ID in the shopper's locale: the exact locale (`fr-CA`), else its
    /// language (`fr`), else the default locale, else `nil`.
    /// - Parameters:
    ///   - id: the template ID.
    ///   - locale: the shopper's locale, if known.
    public func template(_ id: MessageTemplateID, locale: String?) -> MessageTemplate? {
        guard let byLocale = self.templates[id] else { return nil }
        let exact = Self.canonicalLocale(locale ?? self.defaultLocale)
        return byLocale[exact] ?? byLocale[Self.language(of: exact)] ?? byLocale[self.defaultLocale]
    }

    /// Every template ID in the library, sorted.
    public var templateIDs: [MessageTemplateID] { self.templates.keys.sorted() }

    /// The locales an ID has templates for, sorted.
    /// - Parameter id: the template ID.
    public func locales(of id: MessageTemplateID) -> [String] {
        (self.templates[id]?.keys).map { $0.sorted() } ?? []
    }

    /// Every compiled template, by ID then locale.
    public var allTemplates: [MessageTemplate] {
        self.templateIDs.flatMap { id in self.locales(of: id).compactMap { self.templates[id]?[$0] } }
    }

    /// `fr_ca`, `FR-ca` → `fr-CA`; `EN` → `en`.
    static func canonicalLocale(_ identifier: String) -> String {
        let parts = identifier.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first?.lowercased() else { return "en" }
        guard let region = parts.dropFirst().first else { return language }
        return "\(language)-\(region.uppercased())"
    }

    /// `fr-CA` → `fr`.
    static func language(of locale: String) -> String {
        String(locale.split(separator: "-").first ?? Substring(locale))
    }

    static func order(_ lhs: TemplateProblem, _ rhs: TemplateProblem) -> Bool {
        (lhs.templateID.rawValue, lhs.locale, lhs.part ?? "") < (rhs.templateID.rawValue, rhs.locale, rhs.part ?? "")
    }

    /// Built-in sources: ID → locale → parts.
    static var builtInSources: [MessageTemplateID: [String: MessageTemplateSource]] {
        var sources: [MessageTemplateID: [String: MessageTemplateSource]] = [:]
        for (locale, byID) in [("en", Self.english), ("es", Self.spanish), ("fr", Self.french)] {
            for (id, source) in byID { sources[id, default: [:]][locale] = source }
        }
        return sources
    }
}
