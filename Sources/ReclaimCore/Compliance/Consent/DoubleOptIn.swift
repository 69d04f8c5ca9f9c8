import Foundation

/// A double opt-in Reclaim runs itself (`consent.double_opt_in: sms_reply`): after a capture it texts
/// "Reply Y to confirm" once, and only the shopper's reply makes the consent one marketing may rely on.
///
/// The request is a small state machine, `pending` until one of these ends it:
///
/// | from | event | to |
/// |---|---|---|
/// | pending | a confirmation reply before it expires | confirmed |
/// | pending | a confirmation reply at or after it expires | expired |
/// | pending | the expiry time passes (the expiry job) | expired |
/// | pending | STOP (or any revocation) | revoked |
/// | confirmed / expired / revoked | anything | unchanged (final) |
///
/// A reply after expiry confirms nothing: a new capture starts a new request.
public enum DoubleOptIn {
    /// Where a request stands.
    public enum State: String, Codable, Sendable, Hashable, CaseIterable {
        /// The confirmation text went out (or is going out); no reply yet.
        case pending
        /// The shopper replied Y in time: the consent is a double opt-in.
        case confirmed
        /// No confirmation in time; nothing marketing may go out on it.
        case expired
        /// The shopper texted STOP (or consent was revoked) before confirming.
        case revoked
    }

    /// What happened to a request.
    public enum Event: Sendable, Hashable {
        /// A confirmation reply (``isConfirmation(_:)``) arrived at this instant.
        case reply(at: Date)
        /// The expiry job looked at the request at this instant.
        case expiryCheck(at: Date)
        /// STOP or another revocation.
        case revoked
    }

    /// The next state of a request in `state` that expires at `expiresAt` after `event`.
    public static func next(_ state: State, expiresAt: Date, after event: Event) -> State {
        guard state == .pending else { return state }
        switch event {
        case .reply(let at): return at < expiresAt ? .confirmed : .expired
        case .expiryCheck(let at): return at >= expiresAt ? .expired : .pending
        case .revoked: return .revoked
        }
    }

    /// The words that confirm, compared after folding case and accents: yes in English, Spanish,
    /// French, German, Italian and Portuguese (`Y`, `YES`, `SI`, `SÍ`, `OUI`, `O`, `JA`, `SIM`).
    public static let confirmationWords: Set<String> = ["y", "yes", "si", "oui", "o", "ja", "sim"]

    /// Whether the whole message is a confirmation word: case, accents, surrounding spaces and trailing
    /// punctuation are ignored (`Sí!`, ` yes.`), any other word makes it not one (`yes but later`).
    public static func isConfirmation(_ text: String) -> Bool {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let trimmed = folded.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return Self.confirmationWords.contains(trimmed)
    }

    /// The confirmation text: brand, program, frequency, fees, STOP/HELP, the terms link when there is
    /// one, and the request to reply Y (CTIA §5.1.2.1; compliance-rules.md §1.2).
    /// - Parameters:
    ///   - brand: the store's name.
    ///   - termsURL: the store's SMS terms (`consent.terms_url`), when configured.
    public static func confirmationText(brand: String, termsURL: String?) -> String {
        var text =
            "\(brand): Reply Y to confirm recurring automated marketing texts (cart reminders) at this number. "
            + "Msg frequency varies. Msg & data rates may apply. Reply STOP to cancel, HELP for help."
        if let termsURL, !termsURL.isEmpty { text += " Terms: \(termsURL)" }
        return text
    }
}
