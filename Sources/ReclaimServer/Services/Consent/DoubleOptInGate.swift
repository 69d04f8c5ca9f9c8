import ReclaimCore

/// With `consent.double_opt_in: sms_reply`, no marketing text goes out on a grant the shopper has not
/// confirmed by replying Y: the step gate and `policy check` block with ``reason(consent:store:)``.
enum DoubleOptInGate {
    /// The code of the block.
    static let code = "double_opt_in_pending"

    /// Why a marketing text may not go out yet, or `nil` when the store does not run the double opt-in,
    /// the consent is already confirmed, or there is no grant to confirm (the consent check says why).
    static func reason(consent: ConsentEvidence, store: StoreConfiguration) -> Reason? {
        guard store.consent?.runsDoubleOptIn == true, !consent.isAssumed, consent.kind.isGrant,
            consent.kind != .doubleOptIn, consent.doubleOptInConfirmedAt == nil
        else { return nil }
        return Reason(code: Self.code, message: "awaiting double opt-in reply: the shopper has not replied Y to the confirmation text")
    }
}
