/// A shopper's locale reduced to what Reclaim writes in: a supported language (English,
/// Spanish or French; anything else falls back to English) and an optional region, which picks
/// regional number and currency conventions (`es-MX` writes `$42.50`, `es-ES` `42,50 €`).
///
/// Parsing is by hand and never consults the host's ICU locale data, so output is the same on
/// every machine.
public struct TemplateLocale: Sendable, Hashable, CustomStringConvertible {
    /// The languages built-in templates and formatters are written for.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        /// English, the fallback.
        case en
        /// Spanish.
        case es
        /// French.
        case fr
    }

    /// The language used for wording and formats.
    public var language: Language
    /// ISO 3166-1 alpha-2 region in upper case (`US`, `MX`, `CA`), when given.
    public var region: String?

    /// Creates a locale from its parts.
    /// - Parameters:
    ///   - language: the language.
    ///   - region: an ISO 3166-1 alpha-2 region, if any.
    public init(language: Language, region: String? = nil) {
        self.language = language
        self.region = region?.uppercased()
    }

    /// Parses a BCP 47 or POSIX identifier (`fr-CA`, `es_MX`, `en`, `es-419`); an unsupported or
    /// missing language becomes English.
    /// - Parameter identifier: the shopper's locale, if known.
    public init(_ identifier: String?) {
        let parts = (identifier ?? "").split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        self.language = parts.first.flatMap { Language(rawValue: $0.lowercased()) } ?? .en
        self.region = parts.dropFirst()
            .first { ($0.count == 2 && $0.allSatisfy(\.isLetter)) || $0 == "419" }?
            .uppercased()
    }

    /// English without a region.
    public static let english = TemplateLocale(language: .en)

    /// The canonical identifier: `fr-CA`, or `fr` without a region.
    public var identifier: String {
        self.region.map { "\(self.language.rawValue)-\($0)" } ?? self.language.rawValue
    }

    /// Same as ``identifier``.
    public var description: String { self.identifier }

    /// Whether this Spanish locale writes numbers the American way (`1,234.50`): Mexico, the US,
    /// Latin America as `419`, and the Central American and Caribbean countries that do.
    var usesAmericanSpanishNumbers: Bool {
        guard self.language == .es, let region = self.region else { return false }
        return ["MX", "US", "419", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE"].contains(region)
    }
}
