import ReclaimCore

extension AssistantContext {
    /// An amount in the cart's currency as a reply in `language` writes it, with Core's
    /// ``MoneyFormatter`` (the same rules as the flow's templates) and the region of the shopper's
    /// locale hint: `$75`, `$7.50`, `€1,200` in English; `75 US$` in Spanish, `$75` in `es-US` or
    /// `es-MX`; `1 200 €` in French. Whole amounts drop the cents, as in a conversation.
    public func money(_ minor: Int, in language: AssistantLanguage) -> String {
        let locale = TemplateLocale(
            language: TemplateLocale.Language(rawValue: language.rawValue) ?? .en,
            region: TemplateLocale(self.localeHint).region)
        return MoneyFormatter(locale: locale).string(Money(minor: minor, currency: self.currency), omitZeroFraction: true)
    }
}
