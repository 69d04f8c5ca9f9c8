import Foundation

extension SendGate {
    static func suppressionReasons(_ request: SendRequest) -> [Reason] {
        guard let suppression = request.suppression else { return [] }
        switch (request.purpose, suppression) {
        case (.optOutConfirmation, .optedOut), (.helpReply, .optedOut):
            return []
        case (.reply, .optOutUnconfirmed), (.helpReply, .optOutUnconfirmed):
            // Only marketing stops while an ambiguous "stop" waits for the shopper's answer: a reply to
            // their own message, and the HELP reply, still go out.
            return []
        default:
            return [
                Reason(
                    code: "suppressed_\(suppression.rawValue)",
                    message: "The \(request.channel.complianceName) address is suppressed: \(suppression.compliancePhrase)")
            ]
        }
    }

    static func purposeReasons(_ request: SendRequest) -> [Reason] {
        guard request.purpose == .optOutConfirmation else { return [] }
        var reasons: [Reason] = []
        if request.policy.providerSendsOptOutConfirmation {
            reasons.append(
                Reason(
                    code: "opt_out_confirmation_by_provider",
                    message: "The provider already sends the one opt-out confirmation; a second "
                        + "message would fall outside FCC 64.1200(a)(12)"))
        }
        if request.history.optOutConfirmationSent {
            reasons.append(
                Reason(
                    code: "opt_out_confirmation_already_sent",
                    message: "An opt-out confirmation was already sent; only one is allowed"))
        }
        if let received = request.history.optOutReceivedAt,
            request.now.timeIntervalSince(received) > request.policy.optOutConfirmationDeadline
        {
            let minutes = Int(request.policy.optOutConfirmationDeadline / 60)
            reasons.append(
                Reason(
                    code: "opt_out_confirmation_late",
                    message: "The opt-out was received more than \(minutes) minutes ago; a late "
                        + "confirmation is not presumed within consent"))
        }
        return reasons
    }

    static func locationReasons(_ request: SendRequest, gated: Bool) -> [Reason] {
        let smsFlow = request.purpose == .flowStep && request.channel == .sms
        guard smsFlow || gated else { return [] }
        if request.location.isUnknown || (gated && request.location.timeZones.isEmpty) {
            return [
                Reason(
                    code: "location_unknown",
                    message: "The recipient's country or time zone is unknown, so local rules cannot be checked")
            ]
        }
        return []
    }

    static func cartTextReasons(_ request: SendRequest) -> [Reason] {
        let limit = request.policy.cartTextLimit
        guard request.channel == .sms, limit.isEnabled,
            !limit.countries.isDisjoint(with: request.location.countries)
        else { return [] }
        let recent = request.history.lastCartSMSAt.map { request.now.timeIntervalSince($0) < limit.window } ?? false
        guard request.history.cartSMSWithin48h || recent else { return [] }
        let hours = Int(limit.window / 3600)
        return [
            Reason(
                code: "cart_sms_limit",
                message: "A text about this abandoned cart was already sent within \(hours) hours; "
                    + "later touches go by email or as replies to the shopper")
        ]
    }

    static func capLimits(_ request: SendRequest) -> [(reason: Reason, until: Date)] {
        let history = request.history
        var limits: [(reason: Reason, until: Date)] = []
        if let cap = request.policy.perRecipientCap,
            let hit = CapCheck.freeAt(
                cap, sentLast24h: history.sentLast24h, sendTimes: history.recentSendTimes,
                now: request.now)
        {
            limits.append(
                (
                    Reason(
                        code: "frequency_cap",
                        message: "\(hit.count) marketing texts already sent to this number; the store "
                            + "allows \(cap)"), hit.until
                ))
        }
        for rule in request.policy.stateCaps where request.location.includes(rule.jurisdiction) {
            if let hit = CapCheck.freeAt(
                rule.cap, sentLast24h: history.sentLast24h,
                sendTimes: history.recentSendTimes, now: request.now)
            {
                limits.append(
                    (
                        Reason(
                            code: rule.code,
                            message: "\(rule.owner) allows at most \(rule.cap) solicitation texts from any "
                                + "number (\(rule.source)); \(hit.count) already sent"), hit.until
                    ))
            }
        }
        if let cap = request.policy.storeCap, history.storeSentInWindow >= cap.maxMessages {
            let until = history.storeWindowEndsAt ?? request.now.addingTimeInterval(cap.window)
            limits.append(
                (
                    Reason(
                        code: "store_cap",
                        message: "The store sent \(history.storeSentInWindow) texts in the current window; "
                            + "its cap is \(cap)"), max(until, request.now)
                ))
        }
        return limits
    }

    static func contentReasons(_ request: SendRequest) -> [Reason] {
        guard let content = request.content else { return [] }
        switch request.purpose {
        case .optOutConfirmation:
            return MessageRules.checkOptOutConfirmation(text: content.text, brand: content.brand)
        case .flowStep:
            let requirements = MessageRules.Requirements(
                brand: content.brand,
                optOutLine: content.isFirstMessage
                    || request.channel == .sms
                        && !request.location.countries.isDisjoint(with: CountryCodes.europeanOptInCountries),
                singleSegment: request.policy.requireSingleSegment && request.channel == .sms)
            return MessageRules.check(text: content.text, requirements: requirements, channel: request.channel)
        case .reply, .helpReply, .optInConfirmation, .doubleOptInRequest:
            let requirements = MessageRules.Requirements(
                brand: content.isFirstMessage ? content.brand : nil, optOutLine: content.isFirstMessage,
                singleSegment: false)
            return MessageRules.check(text: content.text, requirements: requirements, channel: request.channel)
        }
    }
}

extension SuppressionReason {
    /// Words for messages.
    var compliancePhrase: String {
        switch self {
        case .optedOut: "the shopper opted out"
        case .erased: "the shopper's data was erased"
        case .hardBounce: "email hard bounce"
        case .complaint: "spam complaint"
        case .invalidAddress: "invalid or non-mobile address"
        case .carrierBlocked: "blocked by the carrier or provider"
        case .optOutUnconfirmed: "the shopper may have asked to stop; marketing is paused until they answer"
        }
    }
}
