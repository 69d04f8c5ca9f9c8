import Foundation

/// Reads flows from the YAML/JSON shape of `reclaim.yml` and validates them.
///
/// ```yaml
/// flows:
///   - name: acceptance
///     default: true
///     holdout: 10%
///     settings: { cross_channel_gap: 1h, stale_after: 12h, on_cart_updated: restart }
///     steps:
///       - { delay: 2s, channel: sms }                 # from: abandonment is the default
///       - { delay: 4s, channel: email, if: not clicked }
///       - { delay: 20s, channel: email, discount: { type: percent, value: 10, expires: 48h } }
/// ```
///
/// Amounts (`cart_value >= 60`, `min_cart_value`, fixed-amount discounts) are major units of the
/// store currency and are stored in minor units. Unknown keys are errors, so typos do not pass.
public enum FlowDefinitionParser {
    static let flowKeys = ["name", "default", "segment", "holdout", "settings", "steps"]

    /// Parses one flow object.
    /// - Parameters:
    ///   - value: The flow as decoded from YAML or JSON.
    ///   - path: Its field path, e.g. `flows[0]`.
    ///   - currency: Store currency for amounts written in major units.
    /// - Returns: The validated flow.
    /// - Throws: ``FlowDefinitionError`` naming the first bad field.
    public static func parse(
        _ value: JSONValue, path: String, currency: String = "USD"
    ) throws(FlowDefinitionError) -> FlowDefinition {
        let object = try FlowField(value: value, path: path).object(allowed: Self.flowKeys)
        let name = try object.required("name").string()
        let steps = try self.parseSteps(try object.required("steps"), currency: currency)
        var flow = FlowDefinition(
            name: name, steps: steps, settings: try self.parseSettings(object["settings"], steps: steps))
        if let field = object["default"] { flow.isDefault = try field.bool() }
        if let field = object["segment"] { flow.segment = try self.parseSegment(field, currency: currency) }
        if let field = object["holdout"] { flow.holdoutPercent = try self.parseHoldout(field) }
        try self.validate(flow, stepsPath: FlowField.join(path, "steps"))
        return flow
    }

    /// A holdout share written `10%`, `"10"` or `10`, between 0 and 100.
    static func parseHoldout(_ field: FlowField) throws(FlowDefinitionError) -> Double {
        var value = field.value
        if case .string(let text) = field.value {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            value = .string(trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed)
        }
        let percent = try FlowField(value: value, path: field.path).number()
        guard (0...100).contains(percent) else { throw field.error("holdout must be between 0% and 100%") }
        return percent
    }

    /// The gap when a flow does not set one: one hour, or less when the flow's own timed steps put
    /// an SMS and an email closer together, so the schedule as written is honoured.
    static func defaultCrossChannelGap(for steps: [FlowStep]) -> TimeInterval {
        var gap = FlowSettings.defaultCrossChannelGap
        var previous: (offset: TimeInterval, channel: Channel)?
        for step in steps where step.trigger == .timer {
            let offset = step.delayFrom == .abandonment ? step.delay : (previous?.offset ?? 0) + step.delay
            if let previous, previous.channel != step.channel {
                gap = min(gap, max(0, offset - previous.offset))
            }
            previous = (offset, step.channel)
        }
        return gap
    }
}
