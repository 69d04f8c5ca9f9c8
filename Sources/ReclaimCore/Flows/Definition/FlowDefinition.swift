import Foundation

/// One recovery flow: the timed and event-triggered messages an abandoned cart receives.
///
/// Written in a store's `flows:` list (see ``FlowDefinitionParser``) or taken from a ``FlowPreset``.
/// The ``FlowEngine`` walks it for one cart; the definition itself never changes while it runs.
///
/// ```swift
/// let flow = FlowDefinition(name: "quick", steps: [
///     FlowStep(id: "text", delay: 45 * 60, channel: .sms),
///     FlowStep(id: "email", delay: 4 * 3600, channel: .email),
/// ])
/// ```
public struct FlowDefinition: Codable, Sendable, Hashable {
    /// Name shown in the dashboard and stored on the journey (`carrier-safe`, `vip`).
    public var name: String
    /// The store's fallback flow when no segment matches (`default: true`).
    public var isDefault: Bool
    /// Steps in order. Timed steps run one after another; event-triggered steps run beside them.
    public var steps: [FlowStep]
    /// Which carts this flow is for; `nil` matches every cart.
    public var segment: FlowSegment?
    /// Share of carts, 0–100, held out of messaging to measure incrementality.
    public var holdoutPercent: Double
    /// Timing and branching rules for the whole flow.
    public var settings: FlowSettings

    /// Creates a flow.
    /// - Parameters:
    ///   - name: Flow name.
    ///   - isDefault: Whether this is the store's fallback flow.
    ///   - steps: Steps in order.
    ///   - segment: Which carts the flow is for, `nil` for all.
    ///   - holdoutPercent: Share of carts that get no messages, 0–100.
    ///   - settings: Flow-wide rules.
    public init(
        name: String, isDefault: Bool = false, steps: [FlowStep], segment: FlowSegment? = nil,
        holdoutPercent: Double = 0, settings: FlowSettings = FlowSettings()
    ) {
        self.name = name
        self.isDefault = isDefault
        self.steps = steps
        self.segment = segment
        self.holdoutPercent = holdoutPercent
        self.settings = settings
    }
}

extension FlowDefinition {
    /// The first timed step at or after `index`, or `nil` when the timed sequence is over.
    func nextTimedStep(from index: Int) -> Int? {
        guard index < self.steps.count else { return nil }
        return self.steps[index...].firstIndex { $0.trigger == .timer }
    }

    /// The email step an `email_not_opened` step watches: the nearest email step before it.
    func watchedEmailStep(for index: Int) -> Int? {
        guard index > 0, index <= self.steps.count else { return nil }
        return self.steps[..<index].lastIndex { $0.channel == .email }
    }

    /// Index of the flow's first SMS step, the only one a carrier-safe flow sends on its own.
    var firstSMSStep: Int? {
        self.steps.firstIndex { $0.channel == .sms }
    }

    /// The step's staleness limit: its own, else the flow's.
    func staleLimit(for index: Int) -> TimeInterval? {
        self.steps[index].staleAfter ?? self.settings.staleAfter
    }
}
