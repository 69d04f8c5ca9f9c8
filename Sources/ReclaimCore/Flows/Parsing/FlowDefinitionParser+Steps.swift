import Foundation

extension FlowDefinitionParser {
    static let stepKeys = [
        "id", "delay", "from", "channel", "template", "discount", "if", "on", "within", "variants", "stale_after",
    ]

    /// `steps:`: a non-empty list; ids default to `step1`, `step2`, …; discount tiers default to
    /// their order among the discount steps.
    static func parseSteps(_ field: FlowField, currency: String) throws(FlowDefinitionError) -> [FlowStep] {
        let items = try field.array()
        guard !items.isEmpty else { throw field.error("a flow needs at least one step") }
        var steps: [FlowStep] = []
        for (index, item) in items.enumerated() {
            let tier = steps.filter { $0.discount != nil }.count + 1
            steps.append(try self.parseStep(item, index: index, defaultTier: tier, currency: currency))
        }
        return steps
    }

    static func parseStep(
        _ field: FlowField, index: Int, defaultTier: Int, currency: String
    ) throws(FlowDefinitionError) -> FlowStep {
        let object = try field.object(allowed: Self.stepKeys)
        let trigger = try self.parseTrigger(object)
        let delay: TimeInterval
        if let field = object["delay"] {
            delay = try field.duration()
        } else if trigger == .timer {
            throw FlowDefinitionError(path: FlowField.join(field.path, "delay"), message: "required (e.g. 30m, 24h, 2s)")
        } else {
            delay = 0
        }
        var step = FlowStep(
            id: try object["id"]?.string() ?? "step\(index + 1)", delay: delay,
            channel: try object.required("channel").choice(["sms": Channel.sms, "email": .email]), trigger: trigger)
        if let from = object["from"] {
            step.delayFrom = try from.choice([
                "abandonment": FlowDelayAnchor.abandonment, "previous": .previousStep, "previous_step": .previousStep,
            ])
        }
        if let template = object["template"] { step.template = try template.string() }
        if let discount = object["discount"] {
            step.discount = try self.parseDiscount(discount, defaultTier: defaultTier, currency: currency)
        }
        if let conditions = object["if"] { step.conditions = try self.parseConditions(conditions, currency: currency) }
        if let variants = object["variants"] {
            step.variants = try self.parseVariants(variants, defaultTier: defaultTier, currency: currency)
        }
        if let stale = object["stale_after"] { step.staleAfter = try stale.duration() }
        return step
    }

    /// `on:` (`email_clicked`, or `email_not_opened` with `within:`); absent means a timed step.
    static func parseTrigger(_ object: FlowObject) throws(FlowDefinitionError) -> FlowStepTrigger {
        guard let on = object["on"] else {
            if object["within"] != nil {
                throw FlowDefinitionError(
                    path: FlowField.join(object.path, "within"), message: "only valid with on: email_not_opened")
            }
            return .timer
        }
        let kind = try on.choice(["timer": 0, "email_clicked": 1, "email_not_opened": 2])
        switch kind {
        case 1: return .emailClicked
        case 2: return .emailNotOpened(within: try object.required("within").duration())
        default: return .timer
        }
    }

    /// `if:` as one string (conditions may be joined with `and`) or a list of strings.
    static func parseConditions(_ field: FlowField, currency: String) throws(FlowDefinitionError) -> [FlowCondition] {
        let items: [FlowField] = if case .array = field.value { try field.array() } else { [field] }
        var conditions: [FlowCondition] = []
        for item in items {
            conditions += try FlowCondition.parseAll(try item.string(), currency: currency, path: item.path)
        }
        return conditions
    }
}
