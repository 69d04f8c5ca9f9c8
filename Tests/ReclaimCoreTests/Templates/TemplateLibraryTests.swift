import Foundation
import Testing

@testable import ReclaimCore

/// The built-in templates: present in every language, valid, and on the right side of the rules.
@Suite struct TemplateLibraryTests {
    static let locales = ["en", "es", "fr"]
    static let library = TemplateLibrary.builtIn

    @Test func theBuiltInLibraryValidates() throws {
        #expect(Self.library.problems().isEmpty)
        try Self.library.validate()
        #expect(Self.library.templateIDs == MessageTemplateID.builtIn.sorted())
    }

    @Test(arguments: MessageTemplateID.builtIn, locales)
    func everyBuiltInRendersInEveryLocale(id: MessageTemplateID, locale: String) throws {
        let template = try #require(Self.library.template(id, locale: locale))
        #expect(template.locale == locale)
        #expect(template.channel == (id.rawValue.hasPrefix("sms") ? .sms : .email))
        for context in [
            TemplateContext.sample(locale: TemplateLocale(locale)),
            TemplateContext.minimalSample(locale: TemplateLocale(locale)),
            TemplateContext.longProductSample(locale: TemplateLocale(locale)),
        ] {
            #expect(TemplateLibrary.problem(rendering: template, with: context) == nil)
        }
    }

    @Test(arguments: MessageTemplateID.builtIn.filter { $0.rawValue.hasPrefix("sms") }, locales)
    func builtInTextsFitOneGSM7SegmentWithoutFallbacks(id: MessageTemplateID, locale: String) throws {
        let template = try #require(Self.library.template(id, locale: locale))
        for context in [
            TemplateContext.sample(locale: TemplateLocale(locale)),
            TemplateContext.minimalSample(locale: TemplateLocale(locale)),
        ] {
            let sms = try MessageComposer.composeSMS(
                template: template, context: context,
                requirements: .init(brand: context.brand, optOutLine: true, singleSegment: true))
            #expect(sms.fallbacks == [])
            #expect(sms.segmentation.encoding == .gsm7)
            #expect(sms.segments == 1)
            #expect(sms.segmentation.units <= 160)
            // Every built-in text names the brand and says how to opt out, by the existing rules.
            #expect(
                MessageRules.check(
                    text: sms.text, brand: context.brand, isFirstMessage: true,
                    requireSingleSegment: true) == [])
            #expect(sms.text.contains(context.link))
        }
    }

    @Test(arguments: locales)
    func theFirstTextNamesTheProductInvitesAQuestionAndOffersNoDiscount(locale: String) throws {
        let template = try #require(Self.library.template(.smsFirst, locale: locale))
        let context = TemplateContext.sample(locale: TemplateLocale(locale))
        let sms = try MessageComposer.composeSMS(template: template, context: context, requirements: TemplateFixtures.firstText)
        #expect(sms.text.contains(context.productTitle))
        #expect(sms.text.contains("?"))
        #expect(!sms.text.contains(context.discount?.code ?? "-"))
        #expect(!sms.text.contains("%"))
    }

    @Test(arguments: [MessageTemplateID.smsDiscount, .emailDiscount], locales)
    func discountTemplatesCarryTheCodeAndExpiry(id: MessageTemplateID, locale: String) throws {
        let template = try #require(Self.library.template(id, locale: locale))
        let context = TemplateContext.sample(locale: TemplateLocale(locale))
        let discount = try #require(context.discount)
        let text =
            try template.channel == .sms
            ? MessageComposer.composeSMS(
                template: template, context: context,
                requirements: TemplateFixtures.firstText
            ).text
            : MessageComposer.composeEmail(template: template, context: context).text
        #expect(text.contains(discount.code))
        #expect(text.contains(template.channel == .sms ? discount.expires : discount.expiresLong))
    }

    @Test(
        arguments: [
            ("fr-CA", "fr"), ("fr_FR", "fr"), ("es-MX", "es"), ("de-DE", "en"), ("EN-us", "en"), (nil, "en"),
        ] as [(String?, String)])
    func lookupFallsBackToTheLanguageThenEnglish(locale: String?, expected: String) throws {
        #expect(try #require(Self.library.template(.smsFirst, locale: locale)).locale == expected)
    }

    @Test func anUnknownIDHasNoTemplate() {
        #expect(Self.library.template("nope", locale: "en") == nil)
    }

    @Test func htmlBodiesEscapeAndTextBodiesDoNot() throws {
        let template = try #require(Self.library.template(.emailReminder, locale: "en"))
        guard case .email(let email) = template.content else {
            Issue.record("email_reminder is not an email")
            return
        }
        #expect(email.html.escaping == .html)
        #expect(email.text.escaping == .none)
        #expect(email.subject.escaping == .none)
    }
}
