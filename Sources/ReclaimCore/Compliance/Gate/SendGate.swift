import Foundation

/// The policy gate every outbound message passes: consent, suppression, location, quiet hours in
/// every candidate zone, caps, the one-text-per-cart rule and the message rules.
///
/// Block wins over defer; a deferral lasts until the first instant that satisfies every
/// deferrable rule (quiet hours and cap windows) at once. Every reason found is returned, blocking
/// ones first.
///
/// ```swift
/// let decision = SendGate.decide(request)
/// switch decision.verdict {
/// case .send: …
/// case .defer(let until): reschedule(at: until)
/// case .block: record(decision.reasons)
/// }
/// ```
public enum SendGate {
    /// Judges one message.
    /// - Parameter request: the message, recipient, consent, history, `now` and policy.
    /// - Returns: send, defer until an instant, or block, with every reason.
    public static func decide(_ request: SendRequest) -> SendDecision {
        let gated = self.isTimeGated(request)
        var blocking = self.blockingReasons(request, gated: gated)
        let deferral = self.deferral(request, gated: gated)
        if deferral.until == nil {
            blocking.append(
                Reason(
                    code: "no_send_window",
                    message: "No instant in the next \(request.policy.quietHours.searchDays) days is allowed by every rule"))
        }
        return self.decision(request, blocking: blocking, deferring: deferral.reasons, until: deferral.until)
    }

    /// Rules that forbid the message outright: suppression, purpose guards, location, consent, the
    /// one-text-per-cart rule and the message rules.
    static func blockingReasons(_ request: SendRequest, gated: Bool) -> [Reason] {
        var blocking = self.suppressionReasons(request) + self.purposeReasons(request)
        blocking += self.locationReasons(request, gated: gated)
        if request.purpose == .flowStep {
            blocking += ConsentCheck.reasons(
                for: request.consent, channel: request.channel, countries: request.location.countries,
                rules: request.policy.consentRules, requireEvidence: request.policy.requireConsentEvidence)
            blocking += self.cartTextReasons(request)
        } else if [.reply, .doubleOptInRequest].contains(request.purpose), request.consent.kind == .revoked {
            blocking.append(
                Reason(
                    code: "consent_revoked", message: "The shopper revoked \(request.channel.complianceName) consent"))
        }
        return blocking + self.contentReasons(request)
    }

    /// Rules that only delay the message: caps (until a slot frees) and quiet hours. Returns the
    /// first instant satisfying all of them (`nil` when the search finds none) and their reasons:
    /// those violated now, then any other rule that ruled out an earlier candidate.
    static func deferral(_ request: SendRequest, gated: Bool) -> (reasons: [Reason], until: Date?) {
        var reasons: [Reason] = []
        var earliest = request.now
        if request.purpose == .flowStep && request.channel == .sms {
            let caps = self.capLimits(request)
            reasons += caps.map(\.reason)
            earliest = caps.map(\.until).reduce(earliest, max)
        }
        guard gated && !request.location.timeZones.isEmpty else { return (reasons, earliest) }
        let quiet = request.policy.quietHours
        reasons += QuietHoursViolation.reasons(for: quiet.violations(at: request.now, location: request.location))
        let search = quiet.search(after: earliest, location: request.location)
        for reason in QuietHoursViolation.reasons(for: search.refused) where !reasons.contains(where: { $0.code == reason.code }) {
            reasons.append(reason)
        }
        return (reasons, search.instant)
    }

    private static func decision(
        _ request: SendRequest, blocking: [Reason], deferring: [Reason], until: Date?
    ) -> SendDecision {
        let verdict: SendDecision.Verdict
        if !blocking.isEmpty {
            verdict = .block
        } else if let until, until > request.now {
            verdict = .defer(until: until)
        } else {
            verdict = .send
        }
        return SendDecision(
            verdict: verdict, reasons: blocking + (verdict == .send ? [] : deferring),
            timeZones: request.location.timeZones, jurisdictions: request.location.jurisdictionCodes,
            suppression: request.suppression)
    }

    /// Flow steps by SMS (and by email when configured), and replies that no longer follow the
    /// shopper's message closely, wait for quiet hours to end.
    static func isTimeGated(_ request: SendRequest) -> Bool {
        let channelGated = request.channel == .sms || request.policy.quietHoursForEmail
        switch request.purpose {
        case .flowStep, .doubleOptInRequest:
            return channelGated
        case .reply:
            guard channelGated else { return false }
            guard let inbound = request.history.lastInboundAt else { return true }
            return request.now.timeIntervalSince(inbound) > request.policy.replyGracePeriod
        case .helpReply, .optOutConfirmation, .optInConfirmation:
            return false
        }
    }
}
