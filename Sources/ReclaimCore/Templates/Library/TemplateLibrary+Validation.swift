/// Load-time validation: every template renders, in every locale, for sample carts.
extension TemplateLibrary {
    /// Renders every template against three sample carts in its locale (everything known; nothing
    /// optional known; an 87-character product name) through ``MessageComposer``, and collects
    /// every problem: unknown variables, texts that stay over one segment after every fallback
    /// when they claim one, a text that may open a conversation without the brand or the opt-out
    /// line, public URL shorteners, emails that do not render.
    /// - Parameters:
    ///   - store: the store whose brand and contacts the samples use; a sample store when `nil`.
    ///   - link: a tracked link as long as the real ones.
    /// - Throws: ``TemplateValidationError`` naming the template, locale and problem of each failure.
    public func validate(store: Store? = nil, link: String = TemplateContext.sampleLink) throws {
        let problems = self.problems(store: store, link: link)
        if !problems.isEmpty { throw TemplateValidationError(problems: problems) }
    }

    /// The problems ``validate(store:link:)`` would report, without throwing.
    /// - Parameters:
    ///   - store: the store whose brand and contacts the samples use; a sample store when `nil`.
    ///   - link: a tracked link as long as the real ones.
    /// - Returns: every problem, sorted by template, locale and part.
    public func problems(store: Store? = nil, link: String = TemplateContext.sampleLink) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        for template in self.allTemplates {
            let locale = TemplateLocale(template.locale)
            let samples = [
                TemplateContext.sample(locale: locale, store: store, link: link),
                TemplateContext.minimalSample(locale: locale, store: store, link: link),
                TemplateContext.longProductSample(locale: locale, store: store, link: link),
            ]
            for sample in samples {
                if let problem = Self.problem(rendering: template, with: sample) {
                    if !problems.contains(problem) { problems.append(problem) }
                    break
                }
            }
        }
        return problems.sorted(by: Self.order)
    }

    /// The first problem rendering one template with one context, if any.
    static func problem(rendering template: MessageTemplate, with context: TemplateContext) -> TemplateProblem? {
        do {
            switch template.content {
            case .sms(let sms):
                let requirements = MessageRules.Requirements(
                    brand: context.brand, optOutLine: sms.opensConversation, singleSegment: sms.singleSegment)
                _ = try MessageComposer.composeSMS(template: template, context: context, requirements: requirements)
            case .email:
                _ = try MessageComposer.composeEmail(template: template, context: context)
            }
            return nil
        } catch {
            return error.problem
        }
    }
}
