/// Renders templates into messages that pass the content rules: texts that fit the segment
/// they claim (falling back to shorter wording rather than sending two segments) and emails
/// with their legally required footer.
///
/// ```swift
/// let template = TemplateLibrary.builtIn.template(.smsFirst, locale: shopper.locale)!
/// let sms = try MessageComposer.composeSMS(
///     template: template, context: context,
///     requirements: .init(brand: store.name, optOutLine: isFirstText, singleSegment: true))
/// sms.text        // "Northwind Coffee: Samantha, still want the … Reply STOP to opt out"
/// sms.fallbacks   // [] or e.g. [.variantDropped, .productTruncated(maxLength: 24)]
/// ```
public enum MessageComposer {
    /// Renders a text and checks it with ``MessageRules``.
    ///
    /// When the template claims one segment (or `requirements` asks for one) and the text does
    /// not fit, it tries, in order and keeping the first that passes every rule: the product
    /// without its variant, then the product cut to 32, 24 and 16 characters (ending in `...`,
    /// which is GSM-7, never `…`); then the same without `{{#optional}}` parts; then the
    /// template's compact variant. A text pushed into UCS-2 by a shopper's name or a product
    /// (`Brûlée`, an emoji) is also tried transliterated to GSM-7 at each step.
    /// - Parameters:
    ///   - template: an SMS template.
    ///   - context: the cart's facts.
    ///   - requirements: the brand that must appear, whether the opt-out line must (first text),
    ///     and whether one segment is required.
    /// - Returns: the text, its segmentation and the fallbacks taken.
    /// - Throws: ``MessageComposeError``: `.rulesBroken` when no attempt passes (never a
    ///   two-segment text for a single-segment claim), `.render` for an unknown variable,
    ///   `.wrongChannel` for an email template.
    public static func composeSMS(
        template: MessageTemplate, context: TemplateContext, requirements: MessageRules.Requirements
    ) throws(MessageComposeError) -> ComposedSMS {
        guard case .sms(let sms) = template.content else {
            throw .wrongChannel(template.id, locale: template.locale, expected: .sms)
        }
        var rules = requirements
        rules.singleSegment = sms.singleSegment || requirements.singleSegment
        let attempts =
            rules.singleSegment
            ? MessageAttempt.fallbackSequence(for: sms, context: context)
            : [MessageAttempt(body: sms.body, part: "sms", product: nil, optional: true, fallbacks: [])]
        var last = (text: "", reasons: [Reason]())
        for (index, attempt) in attempts.enumerated() {
            let rendered: String
            do {
                rendered = try attempt.body.render(context.templateValue(product: attempt.product, optional: attempt.optional))
            } catch {
                throw .render(template.id, locale: template.locale, part: attempt.part, error)
            }
            let text = MessageTransliteration.tidy(SMSSegmenter.normalizedForGSM(rendered))
            let reasons = MessageRules.check(text: text, requirements: rules, channel: .sms)
            if reasons.isEmpty {
                return ComposedSMS(text: text, segmentation: SMSSegmenter.segment(text), fallbacks: attempt.fallbacks)
            }
            if index == 0, reasons.contains(where: { $0.code != "segment_limit" }) {
                throw .rulesBroken(template.id, locale: template.locale, text: text, reasons: reasons)
            }
            last = (text, reasons)
            guard SMSSegmenter.encoding(of: text) == .ucs2 else { continue }
            let plain = MessageTransliteration.gsm7(text)
            let plainReasons = MessageRules.check(text: plain, requirements: rules, channel: .sms)
            if plainReasons.isEmpty {
                return ComposedSMS(
                    text: plain, segmentation: SMSSegmenter.segment(plain), fallbacks: attempt.fallbacks + [.transliterated])
            }
            last = (plain, plainReasons)
        }
        throw .rulesBroken(template.id, locale: template.locale, text: last.text, reasons: last.reasons)
    }
}

/// One way of rendering a text: which body, which product name, whether optional parts show.
struct MessageAttempt {
    var body: MustacheTemplate
    var part: String
    var product: String?
    var optional: Bool
    var fallbacks: [MessageFallback]

    /// Lengths the product name is cut to, longest first.
    static let truncationLengths = [32, 24, 16]

    /// Every attempt in fallback order: for each body (full, without optional parts, compact,
    /// compact without optional parts), the product as is, without its variant, then cut shorter.
    static func fallbackSequence(for sms: MessageTemplate.SMS, context: TemplateContext) -> [MessageAttempt] {
        var bodies: [(MustacheTemplate, String, Bool, [MessageFallback])] = []
        for (body, part, base) in [(sms.body, "sms", [MessageFallback]())]
            + (sms.compact.map { [($0, "sms_compact", [MessageFallback.compactVariant])] } ?? [])
        {
            bodies.append((body, part, true, base))
            if body.variableNames.contains("optional") {
                bodies.append((body, part, false, base + [.optionalPartsDropped]))
            }
        }
        var attempts: [MessageAttempt] = []
        for (body, part, optional, fallbacks) in bodies {
            let names = body.variableNames
            let mentionsProduct = names.contains("product") || names.contains("product_title")
            let products = mentionsProduct ? Self.productForms(context) : [(nil, [])]
            for (product, productFallbacks) in products {
                attempts.append(
                    MessageAttempt(
                        body: body, part: part, product: product, optional: optional,
                        fallbacks: productFallbacks + fallbacks))
            }
        }
        return attempts
    }

    /// The product name as is, without its variant, then cut to each truncation length.
    private static func productForms(_ context: TemplateContext) -> [(String?, [MessageFallback])] {
        var forms: [(String?, [MessageFallback])] = [(nil, [])]
        let variantDropped = context.productTitle != context.productName
        if variantDropped { forms.append((context.productTitle, [.variantDropped])) }
        for length in Self.truncationLengths where context.productTitle.count > length {
            forms.append(
                (
                    MessageTransliteration.truncate(context.productTitle, to: length),
                    (variantDropped ? [.variantDropped] : []) + [.productTruncated(maxLength: length)]
                ))
        }
        return forms
    }
}
