import Testing

@testable import ReclaimCore

/// Locale-aware money, written out rather than taken from ICU.
@Suite struct MoneyFormatterTests {
    @Test(arguments: [
        (4250, "USD", "en", "$42.50"),
        (4250, "USD", "en-US", "$42.50"),
        (4250, "EUR", "fr", "42,50 €"),
        (4250, "EUR", "fr-FR", "42,50 €"),
        (4250, "EUR", "es", "42,50 €"),
        (4250, "EUR", "es-ES", "42,50 €"),
        (123_450, "EUR", "fr", "1 234,50 €"),
        (123_450, "EUR", "es", "1234,50 €"),
        (1_234_550, "EUR", "es", "12.345,50 €"),
        (123_450, "USD", "en", "$1,234.50"),
        (123_456_789, "USD", "en", "$1,234,567.89"),
        (5, "USD", "en", "$0.05"),
        (-4250, "USD", "en", "-$42.50"),
        (-4250, "EUR", "fr", "-42,50 €"),
        (1234, "JPY", "en", "¥1,234"),
        (1234, "JPY", "fr", "1 234 JPY"),
        (12345, "KWD", "en", "KWD 12.345"),
        (4250, "GBP", "en", "£42.50"),
        (4250, "EUR", "en", "€42.50"),
        (4250, "CAD", "en", "CA$42.50"),
        (4250, "CAD", "en-CA", "$42.50"),
        (4250, "USD", "en-CA", "US$42.50"),
        (4250, "SEK", "en", "SEK 42.50"),
        (4250, "USD", "es", "42,50 US$"),
        (4250, "USD", "es-US", "$42.50"),
        (4250, "MXN", "es-MX", "$42.50"),
        (123_450, "MXN", "es-MX", "$1,234.50"),
        (4250, "USD", "fr", "42,50 $US"),
        (4250, "CAD", "fr-CA", "42,50 $"),
        (4250, "USD", "fr-CA", "42,50 $ US"),
        (4250, "usd", "de-DE", "$42.50"),
    ])
    func formats(minor: Int, currency: String, locale: String, expected: String) {
        let formatter = MoneyFormatter(locale: TemplateLocale(locale))
        #expect(formatter.string(Money(minor: minor, currency: currency)) == expected)
    }

    @Test(arguments: [
        (1000, "USD", "en", "$10"),
        (1050, "USD", "en", "$10.50"),
        (1000, "EUR", "fr", "10 €"),
        (500, "JPY", "en", "¥500"),
    ])
    func dropsAZeroFractionForOffers(minor: Int, currency: String, locale: String, expected: String) {
        let formatter = MoneyFormatter(locale: TemplateLocale(locale))
        #expect(formatter.string(Money(minor: minor, currency: currency), omitZeroFraction: true) == expected)
    }

    @Test(arguments: [
        ("fr-CA", "fr-CA"), ("fr_ca", "fr-CA"), ("FR", "fr"), ("es-419", "es-419"), ("de-DE", "en-DE"), ("", "en"),
        ("pt", "en"),
    ])
    func localesParseWithoutICU(identifier: String, canonical: String) {
        #expect(TemplateLocale(identifier).identifier == canonical)
    }

    @Test func aMissingLocaleIsEnglish() {
        #expect(TemplateLocale(nil) == .english)
    }
}
