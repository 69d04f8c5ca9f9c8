import Foundation

/// Whether a consent grant lifts a standing opt-out (an `opted_out` suppression).
///
/// A STOP is final until the shopper makes a *new* affirmative act *after* it:
/// - START, UNSTOP or YES by text (``Grant/keyword``) lifts it: the text reaches us as the shopper
///   sends it, after the STOP it answers.
/// - A recorded grant (a checkout checkbox, a form, a platform's or the API's consent event) lifts it
///   only when all of these hold:
///   1. it is explicit (`express_written` or `double_opt_in`): a single opt-in never does;
///   2. it carries its own time (when the shopper acted), not just the time it reached us;
///   3. that time is later than the opt-out's own time;
///   4. no grant with that same time is on record already: a platform's retry, an integration's
///      re-sync or a replayed event restates a grant we knew before; it is not a new act.
///
/// Consent is ordered by when things happened, never by when they arrived. A time later than its
/// arrival (clock skew) is read as the arrival, so a future date never makes old news new. Times
/// compare to the millisecond, as they are stored.
///
/// ```swift
/// let optOutAt = OptOutLift.optOutTime(history: history, suppressedAt: suppression.createdAt)
/// let decision = OptOutLift.decide(
///     .recorded(kind: .expressWritten, occurredAt: checkedAt), optOutAt: optOutAt,
///     recordedGrantTimes: history.filter(\.kind.isGrant).map(\.occurredAt), now: now)
/// // .lifts only when checkedAt is after the STOP and new
/// ```
public enum OptOutLift {
    /// A grant that might lift an opt-out.
    public enum Grant: Sendable, Hashable {
        /// START, UNSTOP or YES by text.
        case keyword
        /// A grant from a checkbox, form, platform or the API, with the time the shopper acted when the
        /// source gave one.
        case recorded(kind: ConsentKind, occurredAt: Date?)
    }

    /// The answer, with the reason when the opt-out stays.
    public enum Decision: String, Sendable, Hashable, CaseIterable {
        /// The grant lifts the opt-out.
        case lifts
        /// A single opt-in (or no grant at all): never enough after a STOP.
        case notExplicit = "not_explicit"
        /// The grant has no time of its own, so it cannot be shown to come after the STOP.
        case noOwnTime = "no_own_time"
        /// The grant happened at or before the opt-out.
        case notAfterOptOut = "not_after_opt_out"
        /// A grant with the same time is already on record: a resend, not a new act.
        case resent
    }

    /// Decides whether `grant` lifts an opt-out made at `optOutAt`.
    /// - Parameters:
    ///   - grant: The grant that arrived.
    ///   - optOutAt: When the opt-out happened (see ``optOutTime(history:suppressedAt:)``).
    ///   - recordedGrantTimes: The `occurredAt` of every grant already on record for the address and
    ///     channel, not counting this one.
    ///   - now: When the grant arrived.
    /// - Returns: ``Decision/lifts``, or why the opt-out stays.
    public static func decide(_ grant: Grant, optOutAt: Date, recordedGrantTimes: [Date], now: Date) -> Decision {
        switch grant {
        case .keyword:
            return .lifts
        case .recorded(let kind, let occurredAt):
            guard kind == .expressWritten || kind == .doubleOptIn else { return .notExplicit }
            guard let occurredAt else { return .noOwnTime }
            let actedAt = self.millis(min(occurredAt, now))
            guard actedAt > self.millis(optOutAt) else { return .notAfterOptOut }
            let stated = self.millis(occurredAt)
            guard !recordedGrantTimes.contains(where: { self.millis($0) == stated }) else { return .resent }
            return .lifts
        }
    }

    /// When the opt-out standing since `suppressedAt` happened.
    ///
    /// That is the latest own time (capped at its arrival) of the revocations recorded since the
    /// suppression was written: the STOP that wrote it, or a later one that renewed it. When the log holds
    /// none (an opt-out without a consent record), the suppression's own time.
    /// - Parameters:
    ///   - history: The consent log of the address on the channel.
    ///   - suppressedAt: When the suppression was written (its `createdAt`).
    public static func optOutTime(history: [ConsentRecord], suppressedAt: Date) -> Date {
        let since = self.millis(suppressedAt)
        let revocations = history.filter { $0.kind == .revoked && self.millis($0.recordedAt) >= since }
        return revocations.map { min($0.occurredAt, $0.recordedAt) }.max() ?? suppressedAt
    }

    /// Milliseconds since the epoch, rounded down: the precision times are stored with.
    private static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }
}

extension ConsentKind {
    /// Whether a record of this kind grants permission (as opposed to `none` and `revoked`).
    public var isGrant: Bool { self == .expressWritten || self == .doubleOptIn || self == .singleOptIn }
}
