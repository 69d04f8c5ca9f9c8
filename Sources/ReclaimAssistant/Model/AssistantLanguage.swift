/// A language the assistant has reply templates for.
public enum AssistantLanguage: String, Codable, Sendable, Hashable, CaseIterable {
    /// English.
    case english = "en"
    /// Spanish.
    case spanish = "es"
    /// French.
    case french = "fr"

    /// The language for a locale hint such as `es-MX` or `fr_CA`; English when unknown.
    /// - Parameter locale: a BCP 47 or POSIX locale identifier, or `nil`.
    public init(localeHint locale: String?) {
        let prefix = (locale ?? "").lowercased().prefix(2)
        self = AssistantLanguage(rawValue: String(prefix)) ?? .english
    }
}
