import Foundation
import Testing

@testable import ReclaimCore

/// Merchant overrides on top of the built-ins, as the server loads them from configuration.
@Suite struct TemplateOverrideTests {
    @Test func aPartialOverrideKeepsTheBuiltInParts() throws {
        // Given
        let overrides = ["email_reminder": ["fr": MessageTemplateSource(subject: "{{brand}} garde votre panier")]]
        // When
        let library = try TemplateLibrary.load(overrides: overrides)
        // Then
        let template = try #require(library.template(.emailReminder, locale: "fr"))
        let builtIn = try #require(TemplateLibrary.builtIn.template(.emailReminder, locale: "fr"))
        guard case .email(let email) = template.content, case .email(let original) = builtIn.content else {
            Issue.record("not an email")
            return
        }
        #expect(email.subject.source == "{{brand}} garde votre panier")
        #expect(email.text == original.text)
        #expect(email.html == original.html)
    }

    @Test func aRegionalOverrideStartsFromItsLanguage() throws {
        let overrides = [
            "sms_first": [
                "es_mx": MessageTemplateSource(
                    sms: "{{brand}}: ¿Sigues pensando en {{product_title}}? {{link}} Responde STOP para salir")
            ]
        ]
        let library = try TemplateLibrary.load(overrides: overrides)
        #expect(library.locales(of: .smsFirst) == ["en", "es", "es-MX", "fr"])
        let mexican = try #require(library.template(.smsFirst, locale: "es-MX"))
        guard case .sms(let sms) = mexican.content else {
            Issue.record("not a text")
            return
        }
        #expect(sms.compact == nil)
        #expect(sms.singleSegment)
        #expect(sms.opensConversation)
        #expect(try #require(library.template(.smsFirst, locale: "es-ES")).locale == "es")
    }

    @Test func aNewTemplateIDNeedsEveryPartOfItsChannel() throws {
        let overrides = [
            "first_text": [
                "en": MessageTemplateSource(
                    sms: "{{brand}}: your {{product}} is saved. {{link}} Reply STOP to opt out")
            ]
        ]
        let library = try TemplateLibrary.load(overrides: overrides)
        let template = try #require(library.template("first_text", locale: "fr"))
        #expect(template.locale == "en")
        #expect(template.channel == .sms)
    }

    @Test func sourcesDecodeFromSnakeCaseConfiguration() throws {
        let json = """
            {"sms_first": {"en": {"sms": "{{brand}}: hi {{link}} Reply STOP to opt out",
                                   "sms_compact": "{{brand}} {{link}} STOP to opt out",
                                   "single_segment": false, "opens_conversation": true}},
             "email_promo": {"en": {"channel": "email", "subject": "Hi", "text": "Hello", "html": "<p>Hello</p>"}}}
            """
        let overrides = try JSONDecoder().decode([String: [String: MessageTemplateSource]].self, from: Data(json.utf8))
        #expect(overrides["sms_first"]?["en"]?.smsCompact == "{{brand}} {{link}} STOP to opt out")
        #expect(overrides["sms_first"]?["en"]?.singleSegment == false)
        #expect(overrides["email_promo"]?["en"]?.channel == .email)
        let library = try TemplateLibrary.load(overrides: overrides)
        #expect(library.template("email_promo", locale: "en")?.channel == .email)
    }
}
