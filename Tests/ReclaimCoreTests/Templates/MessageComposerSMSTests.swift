import Foundation
import Testing

@testable import ReclaimCore

/// Texts fit the segment they claim, by falling back to shorter wording, or fail; never two segments.
@Suite struct MessageComposerSMSTests {
    typealias Fixtures = TemplateFixtures

    static func builtIn(_ id: MessageTemplateID, _ locale: String = "en") throws -> MessageTemplate {
        try #require(TemplateLibrary.builtIn.template(id, locale: locale))
    }

    @Test(arguments: ["en", "es", "fr"])
    func aLongProductNameFallsBackToFitOneSegment(locale: String) throws {
        // Given
        let context = Fixtures.context(
            product: "Limited Edition Single-Origin Ethiopia Yirgacheffe Natural Process",
            variant: "2lb bag / whole bean", firstName: "Maximiliana", locale: locale)
        // When
        let sms = try MessageComposer.composeSMS(
            template: Self.builtIn(.smsFirst, locale), context: context, requirements: Fixtures.firstText)
        // Then
        #expect(sms.segments == 1)
        #expect(sms.segmentation.encoding == .gsm7)
        #expect(sms.fallbacks.first == .variantDropped)
        #expect(sms.fallbacks.contains { if case .productTruncated = $0 { true } else { false } })
        #expect(sms.text.contains(locale == "en" ? "Limited Edition Single-Origin..." : "Limited Edition..."))
        #expect(!sms.text.contains("…"))
        #expect(
            MessageRules.check(
                text: sms.text, brand: "Northwind Coffee", isFirstMessage: true,
                requireSingleSegment: true) == [])
    }

    @Test func aVariantIsDroppedBeforeTheNameIsCut() throws {
        let context = Fixtures.context(
            product: "Ethiopia Yirgacheffe", variant: "12oz / whole bean / gift wrapped", firstName: "Samantha")
        let sms = try MessageComposer.composeSMS(
            template: Self.builtIn(.smsFirst), context: context, requirements: Fixtures.firstText)
        #expect(sms.fallbacks == [.variantDropped])
        #expect(sms.text.contains("still want the Ethiopia Yirgacheffe?"))
    }

    @Test(arguments: [
        ("Limited Edition Single-Origin Ethiopia", 32, "Limited Edition Single-Origin..."),
        ("Limited Edition Single-Origin Ethiopia", 24, "Limited Edition..."),
        ("Supercalifragilisticexpialidocious", 16, "Supercalifrag..."),
        ("Beans, Decaf & More Stuff Here", 16, "Beans, Decaf..."),
        ("Short", 16, "Short"),
    ])
    func productNamesAreCutAtWordsWithThreeDots(name: String, length: Int, expected: String) {
        let cut = MessageTransliteration.truncate(name, to: length)
        #expect(cut == expected)
        #expect(cut.count <= length)
    }

    @Test func optionalPartsAreDroppedWhenShorterNamesAreNotEnough() throws {
        let template = try Fixtures.sms(
            "{{brand}}: {{product}} is saved.{{#optional}} " + String(repeating: "Lovely. ", count: 10)
                + "{{/optional}} {{link}} Reply STOP to opt out")
        let sms = try MessageComposer.composeSMS(
            template: template, context: Fixtures.context(product: "Mug"), requirements: Fixtures.firstText)
        #expect(sms.fallbacks == [.optionalPartsDropped])
        #expect(sms.text == "Northwind Coffee: Mug is saved. https://nw.example/r/AbC123xyz Reply STOP to opt out")
    }

    @Test func theCompactVariantIsTheLastResort() throws {
        let template = try Fixtures.sms(
            "{{brand}}: " + String(repeating: "So much to say. ", count: 8) + "{{link}} Reply STOP to opt out",
            compact: "{{brand}}: {{product}}? {{link}} Reply STOP to opt out")
        let sms = try MessageComposer.composeSMS(
            template: template, context: Fixtures.context(product: "Mug"), requirements: Fixtures.firstText)
        #expect(sms.fallbacks == [.compactVariant])
        #expect(sms.text == "Northwind Coffee: Mug? https://nw.example/r/AbC123xyz Reply STOP to opt out")
    }

    @Test func aTextThatCannotFitIsAnErrorNotTwoSegments() throws {
        let template = try Fixtures.sms(
            "{{brand}}: " + String(repeating: "So much to say. ", count: 10) + "{{link}} Reply STOP to opt out")
        let error = #expect(throws: MessageComposeError.self) {
            try MessageComposer.composeSMS(
                template: template, context: Fixtures.context(product: "Mug"), requirements: Fixtures.firstText)
        }
        guard case .rulesBroken(let id, let locale, let text, let reasons) = error else {
            Issue.record("expected rulesBroken, got \(String(describing: error))")
            return
        }
        #expect(id == "test_sms")
        #expect(locale == "en")
        #expect(SMSSegmenter.segmentCount(text) == 2)
        #expect(reasons.map(\.code) == ["segment_limit"])
    }

    @Test func aLongBrandUsesTheCompactVariant() throws {
        let brand = "The Portland Harbor Artisanal Coffee Roasting Company"
        let context = Fixtures.context(
            product: "Ethiopia Yirgacheffe", variant: "12oz / whole bean", firstName: "Samantha", brand: brand)
        let sms = try MessageComposer.composeSMS(
            template: Self.builtIn(.smsFirst), context: context,
            requirements: .init(brand: brand, optOutLine: true, singleSegment: true))
        #expect(sms.segments == 1)
        #expect(sms.text.hasPrefix(brand))
        #expect(sms.text.hasSuffix("Reply STOP to opt out"))
    }

    @Test func aFirstTextWithoutOptOutIsRefusedEvenWhenItFits() throws {
        let template = try Fixtures.sms("{{brand}}: still want the {{product}}? {{link}}")
        let error = #expect(throws: MessageComposeError.self) {
            try MessageComposer.composeSMS(
                template: template, context: Fixtures.context(product: "Mug"), requirements: Fixtures.firstText)
        }
        guard case .rulesBroken(_, _, _, let reasons) = error else {
            Issue.record("expected rulesBroken")
            return
        }
        #expect(reasons.map(\.code) == ["opt_out_line_missing"])
    }

    @Test func nonGSMLettersInAProductAreTransliteratedRatherThanSentAsUCS2() throws {
        let context = Fixtures.context(product: "Crème Brûlée Blend 🔥", firstName: "Zoë")
        let sms = try MessageComposer.composeSMS(
            template: Self.builtIn(.smsFirst), context: context, requirements: Fixtures.firstText)
        #expect(sms.fallbacks == [.transliterated])
        #expect(sms.segmentation.encoding == .gsm7)
        #expect(sms.text.hasPrefix("Northwind Coffee: Zoe, still want the Crème Brulée Blend?"))
    }

    @Test func lookAlikeCharactersAreReplacedWithoutAFallback() throws {
        let context = Fixtures.context(product: "Mug \u{2013} \u{201C}Classic\u{201D}", firstName: "D\u{2019}Angelo")
        let sms = try MessageComposer.composeSMS(
            template: Self.builtIn(.smsFirst), context: context, requirements: Fixtures.firstText)
        #expect(sms.fallbacks == [])
        #expect(sms.text.hasPrefix("Northwind Coffee: D'Angelo, still want the Mug - \"Classic\"?"))
    }

    @Test func aTemplateThatClaimsNoSegmentLimitMaySendTwo() throws {
        let template = try Fixtures.sms(
            "{{brand}}: " + String(repeating: "So much to say. ", count: 10) + "{{link}} Reply STOP to opt out",
            singleSegment: false)
        let sms = try MessageComposer.composeSMS(
            template: template, context: Fixtures.context(product: "Mug"),
            requirements: .init(brand: "Northwind Coffee", optOutLine: true, singleSegment: false))
        #expect(sms.segments == 2)
        #expect(sms.fallbacks == [])
    }

    @Test func anUnknownVariableIsARenderError() throws {
        let template = try Fixtures.sms("{{brand}} {{nope}}")
        #expect(
            throws: MessageComposeError.render(
                "test_sms", locale: "en", part: "sms", TemplateError(.unknownVariable("nope"), line: 1, column: 11))
        ) {
            try MessageComposer.composeSMS(
                template: template, context: Fixtures.context(product: "Mug"), requirements: Fixtures.firstText)
        }
    }

    @Test func anEmailTemplateIsNotAText() throws {
        #expect(throws: MessageComposeError.wrongChannel(.emailReminder, locale: "en", expected: .sms)) {
            try MessageComposer.composeSMS(
                template: Self.builtIn(.emailReminder), context: Fixtures.context(product: "Mug"),
                requirements: Fixtures.firstText)
        }
    }
}
