import Foundation
import Testing

@testable import ReclaimCore

/// Emails: escaped HTML, one-line subjects and the required footer.
@Suite struct MessageComposerEmailTests {
    typealias Fixtures = TemplateFixtures

    static func builtIn(_ id: MessageTemplateID, _ locale: String = "en") throws -> MessageTemplate {
        try #require(TemplateLibrary.builtIn.template(id, locale: locale))
    }

    @Test func valuesAreEscapedInHTMLButNotInText() throws {
        let context = Fixtures.context(product: "Mugs <Set> & \"Co\"", firstName: "<script>")
        let email = try MessageComposer.composeEmail(template: Self.builtIn(.emailReminder), context: context)
        #expect(email.html.contains("<strong>Mugs &lt;Set&gt; &amp; &quot;Co&quot;</strong>"))
        #expect(email.html.contains("Hi &lt;script&gt;,"))
        #expect(!email.html.contains("<script>"))
        #expect(email.text.contains("You left Mugs <Set> & \"Co\" in your cart"))
        #expect(email.subject == "<script>, your Mugs <Set> & \"Co\" is still in your cart")
        #expect(email.html.contains("<title>&lt;script&gt;, your Mugs &lt;Set&gt;"))
    }

    @Test(arguments: MessageTemplateID.builtIn.filter { $0.rawValue.hasPrefix("email") }, ["en", "es", "fr"])
    func everyEmailCarriesTheFooter(id: MessageTemplateID, locale: String) throws {
        let context = TemplateContext.sample(locale: TemplateLocale(locale))
        let email = try MessageComposer.composeEmail(template: Self.builtIn(id, locale), context: context)
        for part in [email.text, email.html] {
            #expect(part.contains("Northwind Coffee"))
            #expect(part.contains("1 Harbor Way, Portland, ME 04101, USA"))
            #expect(part.contains("https://nw.example/u/AbC123xyz"))
            #expect(part.contains(context.link))
        }
        #expect(email.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(locale)\">"))
        #expect(!email.subject.contains("\n"))
        #expect(!email.text.contains("{{"))
        #expect(!email.html.contains("{{"))
    }

    @Test(arguments: [
        ("en", "Unsubscribe: https://nw.example/u/AbC123xyz"),
        ("es", "Darte de baja: https://nw.example/u/AbC123xyz"),
        ("fr", "Se désabonner : https://nw.example/u/AbC123xyz"),
    ])
    func theUnsubscribeLineIsLocalized(locale: String, line: String) throws {
        let context = TemplateContext.sample(locale: TemplateLocale(locale))
        let email = try MessageComposer.composeEmail(template: Self.builtIn(.emailReminder, locale), context: context)
        #expect(email.text.hasSuffix(line + "\n"))
    }

    @Test func optionalFactsLeaveNoTrace() throws {
        let context = TemplateContext.minimalSample(locale: .english)
        let email = try MessageComposer.composeEmail(template: Self.builtIn(.emailSocialProof), context: context)
        #expect(
            email.text.hasPrefix(
                """
                Hi,

                The Ethiopia Yirgacheffe (12oz, whole bean) is still in your cart, saved just as you left it.

                Finish your order: https://nw.example/r/AbC123xyz

                """))
        #expect(!email.html.contains("<em>"))
    }

    @Test func theFullSampleShowsSocialProofStockAndTheFreeShippingNudge() throws {
        let context = TemplateContext.sample(locale: .english)
        let email = try MessageComposer.composeEmail(template: Self.builtIn(.emailSocialProof), context: context)
        #expect(email.text.contains("\n\nRated 4.8 out of 5 by 1,200 customers\n\n"))
        #expect(email.text.contains("Only 3 left in stock"))
        #expect(email.text.contains("Add $17.50 more to your order and shipping is free."))
    }

    @Test(
        arguments: [
            (nil, "https://nw.example/u/x", "postal_address"),
            ("  ", "https://nw.example/u/x", "postal_address"),
            ("1 Harbor Way", nil, "unsubscribe_link"),
        ] as [(String?, String?, String)])
    func theFooterFactsAreRequired(address: String?, unsubscribe: String?, field: String) throws {
        var context = Fixtures.context(product: "Mug")
        context.postalAddress = address
        context.unsubscribeLink = unsubscribe
        #expect(throws: MessageComposeError.missingFooter(.emailReminder, locale: "en", field: field)) {
            try MessageComposer.composeEmail(template: Self.builtIn(.emailReminder), context: context)
        }
    }

    @Test func aTextTemplateIsNotAnEmail() throws {
        #expect(throws: MessageComposeError.wrongChannel(.smsFirst, locale: "en", expected: .email)) {
            try MessageComposer.composeEmail(template: Self.builtIn(.smsFirst), context: Fixtures.context(product: "Mug"))
        }
    }
}
