import Foundation

/// What makes a step due.
///
/// Timed steps form the flow's main sequence and run in order. Event-triggered steps run beside
/// it, at most once per journey, `delay` after their event.
public enum FlowStepTrigger: Codable, Sendable, Hashable {
    /// Due `delay` after abandonment or after the previous timed step (YAML: no `on:`).
    case timer
    /// Due `delay` after the shopper first clicks a link in an email (YAML: `on: email_clicked`).
    case emailClicked
    /// Due `within` (plus `delay`) after the nearest earlier email step was sent, and skipped when
    /// an email was opened by then (YAML: `on: email_not_opened`, `within: 48h`).
    case emailNotOpened(within: TimeInterval)
}
