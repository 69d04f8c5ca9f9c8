import Foundation
import Testing

@testable import ReclaimCore

/// A template that cannot render fails when the library loads, naming the template, locale and problem.
@Suite struct TemplateValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var id: String
        var locale: String
        var source: MessageTemplateSource
        var part: String?
        var message: String
        var testDescription: String { self.name }
    }

    @Test(arguments: [
        Case(
            name: "unknown variable", id: "sms_first", locale: "en",
            source: .init(sms: "{{brand}}: hi {{frist_name}} {{link}} Reply STOP to opt out"), part: "sms",
            message: "template sms_first [en] sms: line 1, column 15: unknown variable \"frist_name\""),
        Case(
            name: "unknown dotted variable", id: "email_discount", locale: "es",
            source: .init(html: "<p>{{discount.cod}}</p>"), part: "html",
            message: "template email_discount [es] html: line 1, column 4: unknown variable \"discount.cod\""),
        Case(
            name: "parse error", id: "email_reminder", locale: "fr",
            source: .init(subject: "Bonjour\n  {{#first_name}}{{first_name}}"), part: "subject",
            message: "template email_reminder [fr] subject: line 2, column 3: section {{#first_name}} is never closed"),
        Case(
            name: "over one segment", id: "sms_details", locale: "en",
            source: .init(sms: "{{brand}}: " + String(repeating: "so much to say ", count: 10) + "{{link}}"),
            part: "sms", message: "template sms_details [en] sms: segment_limit"),
        Case(
            name: "first text without opt-out", id: "sms_first", locale: "es",
            source: .init(sms: "{{brand}}: ¿Sigues pensando en {{product_title}}? {{link}}"), part: "sms",
            message: "template sms_first [es] sms: opt_out_line_missing"),
        Case(
            name: "text without brand", id: "sms_discount", locale: "fr",
            source: .init(sms: "Code {{discount.code}} : {{discount.offer}} {{link}}"), part: "sms",
            message: "template sms_discount [fr] sms: brand_missing"),
        Case(
            name: "public shortener", id: "sms_click_follow_up", locale: "en",
            source: .init(sms: "{{brand}}: see bit.ly/cart Reply STOP to opt out"), part: "sms",
            message: "template sms_click_follow_up [en] sms: public_url_shortener"),
        Case(
            name: "channel change", id: "email_reminder", locale: "en",
            source: .init(channel: .sms, sms: "{{brand}} {{link}}"), part: nil,
            message: "template email_reminder [en]: is sms but the built-in is email"),
        Case(
            name: "no channel", id: "mystery", locale: "en", source: .init(), part: nil,
            message: "template mystery [en]: cannot tell SMS from email"),
        Case(
            name: "email missing a part", id: "email_promo", locale: "en",
            source: .init(subject: "Hi", text: "Hello"), part: "html",
            message: "template email_promo [en] html: missing"),
        Case(
            name: "list as variable", id: "email_new_angle", locale: "en",
            source: .init(text: "Hello {{discount}}"), part: "text",
            message: "template email_new_angle [en] text: line 1, column 7: \"discount\" is a list or object"),
    ])
    func failuresNameTheTemplateLocaleAndProblem(_ example: Case) throws {
        let error = #expect(throws: TemplateValidationError.self) {
            try TemplateLibrary.load(overrides: [example.id: [example.locale: example.source]])
        }
        let problem = try #require(error?.problems.first)
        #expect(error?.problems.count == 1)
        #expect(problem.templateID.rawValue == example.id)
        #expect(problem.locale == example.locale)
        #expect(problem.part == example.part)
        #expect(problem.description.hasPrefix(example.message), "\(problem)")
        #expect(error?.description.contains(example.message) == true)
    }

    @Test func everyBrokenTemplateIsReportedAtOnce() throws {
        let overrides = [
            "sms_first": ["en": MessageTemplateSource(sms: "{{brand}} {{nope}} {{link}} Reply STOP to opt out")],
            "sms_details": ["fr": MessageTemplateSource(sms: "{{#x}}")],
        ]
        let error = #expect(throws: TemplateValidationError.self) { try TemplateLibrary.load(overrides: overrides) }
        // The parse error stops compilation, so the render error is found only once it is fixed.
        #expect(error?.problems.map(\.templateID) == [.smsDetails])
        let fixed = try TemplateLibrary(overrides: ["sms_first": overrides["sms_first"]!])
        #expect(fixed.problems().map(\.templateID) == [.smsFirst])
    }

    @Test func aLongBrandIsCheckedAgainstTheRealStore() throws {
        var store = TemplateContext.sampleStore
        store.name = String(repeating: "Very Long Artisanal Coffee Roasters ", count: 4)
        let error = #expect(throws: TemplateValidationError.self) { try TemplateLibrary.builtIn.validate(store: store) }
        #expect(error?.problems.isEmpty == false)
        #expect(error?.problems.allSatisfy { $0.issue == .rules($0.reasons) } == true)
    }
}

extension TemplateProblem {
    /// The reasons of a rules problem, for comparing.
    var reasons: [Reason] {
        if case .rules(let reasons) = self.issue { return reasons }
        return []
    }
}
