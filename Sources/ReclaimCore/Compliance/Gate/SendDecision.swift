import Foundation

/// The send gate's verdict with every reason, and the zones and jurisdictions it considered.
public struct SendDecision: Sendable, Hashable {
    /// What to do.
    public enum Verdict: Sendable, Hashable {
        /// Send now.
        case send
        /// Do not send now; every deferrable rule allows `until`.
        case `defer`(until: Date)
        /// Do not send this message at all.
        case block
    }

    /// What to do.
    public var verdict: Verdict
    /// Every reason found, blocking ones first. Empty for a plain send.
    public var reasons: [Reason]
    /// Candidate IANA zones considered (`time_zones` in the policy check response).
    public var timeZones: [String]
    /// Candidate jurisdictions considered, as codes (`jurisdictions` in the response).
    public var jurisdictions: [String]
    /// The suppression in force when the gate decided, if any (a message it let through despite one:
    /// the opt-out confirmation, a HELP reply, an answer while an ambiguous "stop" is unconfirmed).
    public var suppression: SuppressionReason?

    /// Creates a decision.
    public init(
        verdict: Verdict, reasons: [Reason], timeZones: [String], jurisdictions: [String],
        suppression: SuppressionReason? = nil
    ) {
        self.verdict = verdict
        self.reasons = reasons
        self.timeZones = timeZones
        self.jurisdictions = jurisdictions
        self.suppression = suppression
    }

    /// `send`, `defer` or `block`.
    public var kind: SendDecisionKind {
        switch self.verdict {
        case .send: .send
        case .defer: .defer
        case .block: .block
        }
    }

    /// For a deferral, the first instant every rule allows.
    public var until: Date? {
        if case .defer(let until) = self.verdict { return until }
        return nil
    }

    /// Reason codes, for quick checks.
    public var reasonCodes: [String] { self.reasons.map(\.code) }

    /// ``until`` as local ISO 8601 with offset (`2026-11-23T09:00:00-05:00`) in `zone`, or in the
    /// first candidate zone when `zone` is `nil` (`until_local` in the response).
    /// - Parameter zone: IANA zone identifier.
    public func untilLocal(in zone: String? = nil) -> String? {
        guard let until = self.until, let identifier = zone ?? self.timeZones.first,
            let timeZone = TimeZone(identifier: identifier)
        else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return formatter.string(from: until)
    }

    /// The record stored on the message row.
    public var record: SendDecisionRecord {
        SendDecisionRecord(kind: self.kind, until: self.until, reasons: self.reasons, suppression: self.suppression)
    }
}
