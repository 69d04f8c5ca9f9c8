/// Judges consent evidence against every candidate country's requirement.
public enum ConsentCheck {
    /// Reasons the consent does not allow a marketing message; empty when it does.
    /// - Parameters:
    ///   - evidence: the consent on record.
    ///   - channel: the channel of the message.
    ///   - countries: candidate countries (strictest wins: every requirement must hold).
    ///   - rules: the requirement table.
    ///   - requireEvidence: whether a recorded consent must carry timestamp, source and disclosure.
    /// - Returns: codes `consent_revoked`, `consent_missing`, `consent_wrong_channel`,
    ///   `consent_insufficient`, `consent_invalid`, `consent_evidence_incomplete`, and first of all
    ///   `consent_platform_no_disclosure` when a platform's consent fails for want of the store's wording.
    public static func reasons(
        for evidence: ConsentEvidence, channel: Channel, countries: Set<String>, rules: ConsentRules,
        requireEvidence: Bool
    ) -> [Reason] {
        if evidence.kind == .revoked {
            return [Reason(code: "consent_revoked", message: "The shopper revoked \(channel.complianceName) consent")]
        }
        if let recorded = evidence.channel, recorded != channel {
            return [
                Reason(
                    code: "consent_wrong_channel",
                    message: "The consent on record covers \(recorded.complianceName), not \(channel.complianceName); "
                        + "SMS and email consent are separate")
            ]
        }
        let needs = Self.requirements(countries: countries, channel: channel, rules: rules)
        guard needs.contains(where: { $0.requirement != .none }) else { return [] }
        if evidence.kind == .none {
            let needed = needs.map(\.requirement).max() ?? .optIn
            return [
                Reason(
                    code: "consent_missing",
                    message: "No \(channel.complianceName) consent on record; \(needed.phrase) is required")
            ]
        }
        var reasons: [Reason] = []
        for need in needs where !need.requirement.isSatisfied(by: evidence) {
            reasons.append(
                Reason(
                    code: "consent_insufficient",
                    message: "\(need.owner) requires \(need.requirement.phrase) for marketing \(channel.complianceName) "
                        + "(\(need.source)); the consent on record is \(evidence.kind.compliancePhrase)"))
        }
        if requireEvidence && !evidence.isAssumed {
            reasons += Self.evidenceReasons(evidence, needsDoubleOptIn: needs.contains { $0.requirement == .doubleOptIn })
        }
        if !reasons.isEmpty, let reason = Self.platformWordingReason(evidence) { reasons.insert(reason, at: 0) }
        return reasons
    }

    /// A platform's consent (Shopify's `sms_marketing_consent`) recorded without wording: the store has
    /// not said what its checkout shows, which is what the merchant must fix.
    static func platformWordingReason(_ evidence: ConsentEvidence) -> Reason? {
        guard evidence.source == .platformWebhook, !evidence.hasDisclosure, !evidence.isAssumed else { return nil }
        return Reason(
            code: "consent_platform_no_disclosure",
            message: "consent from \(evidence.platform ?? "the platform") has no disclosure wording: set consent.platform_disclosure")
    }

    private static func requirements(
        countries: Set<String>, channel: Channel, rules: ConsentRules
    ) -> [(requirement: ConsentRequirement, owner: String, source: String)] {
        let list = countries.isEmpty ? ["ZZ"] : countries.sorted()
        return list.map { rules.requirement(country: $0, channel: channel) }
    }

    private static func evidenceReasons(_ evidence: ConsentEvidence, needsDoubleOptIn: Bool) -> [Reason] {
        var reasons: [Reason] = []
        if evidence.preChecked {
            reasons.append(Reason(code: "consent_invalid", message: "Consent came from a pre-checked box"))
        }
        if evidence.bundledWithTerms {
            reasons.append(
                Reason(
                    code: "consent_invalid",
                    message: "Consent was bundled into accepting the terms and conditions"))
        }
        var missing: [String] = []
        if evidence.occurredAt == nil { missing.append("timestamp") }
        if evidence.source == nil { missing.append("source") }
        if !evidence.hasDisclosure { missing.append("disclosure text") }
        if needsDoubleOptIn && evidence.kind == .doubleOptIn && evidence.doubleOptInConfirmedAt == nil {
            missing.append("double opt-in confirmation time")
        }
        if !missing.isEmpty {
            reasons.append(
                Reason(
                    code: "consent_evidence_incomplete",
                    message: "The consent record lacks its \(missing.joined(separator: ", "))"))
        }
        return reasons
    }
}

extension Channel {
    /// `SMS` or `email`, for messages.
    var complianceName: String { self == .sms ? "SMS" : "email" }
}

extension ConsentKind {
    /// `express written consent`, for messages.
    var compliancePhrase: String {
        switch self {
        case .expressWritten: "express written consent"
        case .doubleOptIn: "a double opt-in"
        case .singleOptIn: "a single opt-in"
        case .none: "none"
        case .revoked: "revoked"
        }
    }
}
