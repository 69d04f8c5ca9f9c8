/// The kind of consent a jurisdiction needs before a marketing message on a channel.
public enum ConsentRequirement: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// No prior consent needed (US marketing email under CAN-SPAM: opt-out regime).
    case none
    /// Any affirmative opt-in: single, double or express written (EU/UK, France, Canada…).
    case optIn = "opt_in"
    /// US TCPA prior express written consent: ``ConsentKind/expressWritten``, or a
    /// ``ConsentKind/doubleOptIn`` — a written opt-in confirmed by the shopper's text reply, which E-SIGN
    /// counts as a signature (compliance-rules §3.1); the disclosure itself is checked as evidence.
    case expressWritten = "express_written"
    /// A confirmed double opt-in (Germany, BGH I ZR 164/09).
    case doubleOptIn = "double_opt_in"

    /// Whether the consent on record meets this requirement.
    /// - Parameter evidence: the consent on record.
    public func isSatisfied(by evidence: ConsentEvidence) -> Bool {
        switch self {
        case .none: evidence.kind != .revoked
        case .optIn: [.singleOptIn, .doubleOptIn, .expressWritten].contains(evidence.kind)
        case .expressWritten: [.expressWritten, .doubleOptIn].contains(evidence.kind)
        case .doubleOptIn:
            evidence.kind == .doubleOptIn
                || ([.singleOptIn, .expressWritten].contains(evidence.kind) && evidence.doubleOptInConfirmedAt != nil)
        }
    }

    /// Words for messages (`express written consent`).
    public var phrase: String {
        switch self {
        case .none: "no prior consent"
        case .optIn: "a prior opt-in"
        case .expressWritten: "prior express written consent"
        case .doubleOptIn: "a confirmed double opt-in"
        }
    }

    /// Orders from least to most demanding.
    public static func < (lhs: ConsentRequirement, rhs: ConsentRequirement) -> Bool {
        let order: [ConsentRequirement] = [.none, .optIn, .expressWritten, .doubleOptIn]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
