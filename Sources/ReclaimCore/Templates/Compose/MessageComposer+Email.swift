/// Email composition.
extension MessageComposer {
    /// Renders an email: the subject on one line, the plain text and the HTML (values
    /// HTML-escaped) each followed by the footer CAN-SPAM and the mailbox providers require:
    /// brand, postal address, why the shopper gets it, and the unsubscribe link.
    /// - Parameters:
    ///   - template: an email template.
    ///   - context: the cart's facts, with ``TemplateContext/postalAddress`` and
    ///     ``TemplateContext/unsubscribeLink`` set.
    /// - Returns: subject, text and a complete HTML document.
    /// - Throws: ``MessageComposeError``: `.missingFooter` without a postal address or
    ///   unsubscribe link, `.render` for an unknown variable, `.rulesBroken` for an empty body,
    ///   `.wrongChannel` for a text template.
    public static func composeEmail(
        template: MessageTemplate, context: TemplateContext
    ) throws(MessageComposeError) -> ComposedEmail {
        guard case .email(let email) = template.content else {
            throw .wrongChannel(template.id, locale: template.locale, expected: .email)
        }
        guard let address = context.postalAddress?.templateTrimmed(), !address.isEmpty else {
            throw .missingFooter(template.id, locale: template.locale, field: "postal_address")
        }
        guard let unsubscribe = context.unsubscribeLink?.templateTrimmed(), !unsubscribe.isEmpty else {
            throw .missingFooter(template.id, locale: template.locale, field: "unsubscribe_link")
        }
        let value = context.templateValue()
        func render(_ part: String, _ mustache: MustacheTemplate) throws(MessageComposeError) -> String {
            do { return try mustache.render(value) } catch {
                throw .render(template.id, locale: template.locale, part: part, error)
            }
        }
        let subject = try render("subject", email.subject)
            .split(whereSeparator: { $0 == " " || $0.isNewline }).joined(separator: " ")
        let body = try render("text", email.text).templateTrimmed()
        let htmlBody = try render("html", email.html).templateTrimmed()
        let brandRule = MessageRules.Requirements(brand: context.brand, optOutLine: false, singleSegment: false)
        for text in [subject, body, htmlBody] {
            let reasons = MessageRules.check(
                text: text, requirements: .init(brand: nil, optOutLine: false, singleSegment: false), channel: .email)
            if !reasons.isEmpty {
                throw .rulesBroken(template.id, locale: template.locale, text: text, reasons: reasons)
            }
        }
        let footer = MessageEmailFooter(
            brand: context.brand, postalAddress: address, unsubscribeLink: unsubscribe, locale: context.locale)
        let text = body + "\n\n" + footer.text + "\n"
        let reasons = MessageRules.check(text: text, requirements: brandRule, channel: .email)
        if !reasons.isEmpty {
            throw .rulesBroken(template.id, locale: template.locale, text: text, reasons: reasons)
        }
        return ComposedEmail(
            subject: subject, text: text,
            html: footer.document(subject: subject, body: htmlBody))
    }
}
