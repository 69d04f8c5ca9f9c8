import Foundation

/// At most `maxMessages` messages in any rolling `window`.
public struct FrequencyCap: Codable, Sendable, Hashable, CustomStringConvertible {
    /// Messages allowed inside one window.
    public var maxMessages: Int
    /// Window length in seconds.
    public var window: TimeInterval

    /// Creates a cap.
    /// - Parameters:
    ///   - maxMessages: allowed per window.
    ///   - window: rolling window in seconds.
    public init(maxMessages: Int, window: TimeInterval) {
        self.maxMessages = maxMessages
        self.window = window
    }

    /// The reference's cap: 3 per rolling 24 hours.
    public static let threePer24Hours = FrequencyCap(maxMessages: 3, window: 86_400)

    /// `3 per 24 hours`.
    public var description: String {
        let hours = self.window / 3600
        let span = hours == hours.rounded() ? "\(Int(hours)) hours" : "\(Int(self.window)) seconds"
        return "\(self.maxMessages) per \(span)"
    }
}

/// A frequency cap imposed by a jurisdiction (FL, OK, MD, OR: 3 solicitations per 24 hours).
public struct CapRule: Sendable, Hashable {
    /// Where it applies.
    public var jurisdiction: Jurisdiction
    /// Whose rule, for messages (`Florida`).
    public var owner: String
    /// The cap.
    public var cap: FrequencyCap
    /// Citation for messages.
    public var source: String
    /// Reason code (`state_cap_fl`).
    public var code: String

    /// Creates a state cap rule with code `state_cap_xx`.
    /// - Parameters:
    ///   - state: USPS code.
    ///   - cap: the cap.
    ///   - source: citation.
    public static func state(_ state: String, cap: FrequencyCap, source: String) -> CapRule {
        CapRule(
            jurisdiction: Jurisdiction(country: "US", subdivision: state),
            owner: SubdivisionNames.name(of: state, country: "US") ?? state, cap: cap, source: source,
            code: "state_cap_\(state.lowercased())")
    }

    /// Creates a rule.
    public init(jurisdiction: Jurisdiction, owner: String, cap: FrequencyCap, source: String, code: String) {
        self.jurisdiction = jurisdiction
        self.owner = owner
        self.cap = cap
        self.source = source
        self.code = code
    }

    /// The reference's state caps (compliance-rules.md §2.2): FL, OK, MD and OR allow at most three
    /// solicitations per rolling 24 hours on the same subject, counted across every sending number.
    public static let reference: [CapRule] = [
        .state("FL", cap: .threePer24Hours, source: "FTSA §501.616(6)"),
        .state("OK", cap: .threePer24Hours, source: "Oklahoma Telephone Solicitation Act"),
        .state("MD", cap: .threePer24Hours, source: "Maryland Stop the Spam Calls Act"),
        .state("OR", cap: .threePer24Hours, source: "Oregon HB 3865"),
    ]
}
