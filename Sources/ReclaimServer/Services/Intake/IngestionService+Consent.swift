@preconcurrency import Crypto
import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Consent changes: one appended ``ConsentRecord`` each, and the suppression list kept in step.
///
/// **Kind of a grant** (the record's ``ConsentKind``):
/// - `express_written` when the disclosure text is present and the source is an affirmative act of
///   the shopper (`checkout…`/`…checkbox`, `form`/`popup`/`signup`, `keyword`): the US standard for
///   marketing texts. `double_opt_in_confirmed_at` is stored alongside when given.
/// - a platform's grant with the store's `consent.platform_disclosure`: `double_opt_in` when the platform
///   says confirmed opt-in, else `express_written` (see `IngestionService+PlatformConsent`);
/// - else `double_opt_in` when a confirmation time is given or the platform says confirmed opt-in;
/// - else the platform's stated level, else `single_opt_in`. A claimed `express_written` without a
///   disclosure is recorded as `single_opt_in`: the evidence decides, not the claim.
///
/// **Times**: the record's `occurredAt` is when the shopper acted, as the source states it (evidence is
/// kept as given), or the arrival when the source gives no time.
///
/// **Suppressions**: a revocation adds an `opted_out` suppression at once (except a platform's
/// `not_subscribed` state, which says consent was never given, not that it was withdrawn). A grant
/// lifts an `opted_out` suppression only as ``ReclaimCore/OptOutLift`` decides: an explicit grant
/// (`express_written`, `double_opt_in`) with its own time, later than the opt-out's, and not a resend
/// of a grant already on record. A platform's retry, a re-sync or a replayed event never re-enables
/// texting; erasures, bounces and carrier blocks always stay.
extension IngestionService {
    func applyConsent(_ change: ConsentChange, _ context: Context) async throws -> Outcome {
        let change = self.withPlatformWording(change, context)
        let repositories = context.repositories
        let address = try self.consentAddress(change, context)
        let source = Self.consentSource(change.source)
        let kind = Self.consentKind(change, source: source)
        let contact =
            try await change.channel == .sms
            ? repositories.contacts.find(storeID: context.store.id, phone: address)
            : repositories.contacts.find(storeID: context.store.id, email: address)
        let disclosure = change.disclosureText?.trimmingCharacters(in: .whitespacesAndNewlines)
        // Read before appending: whether this grant restates one on record is judged without itself.
        let history = try await repositories.consent.history(
            storeID: context.store.id, channel: change.channel, address: address)
        let record = ConsentRecord(
            id: Self.newID(), storeID: context.store.id, contactID: contact?.id, channel: change.channel,
            address: address, kind: kind, source: source, disclosureText: disclosure?.isEmpty == false ? disclosure : nil,
            disclosureHash: disclosure.flatMap { $0.isEmpty ? nil : Self.sha256Hex($0) }, ip: change.ip,
            userAgent: change.userAgent, pageURL: change.pageURL, doubleOptInConfirmedAt: change.doubleOptInConfirmedAt,
            occurredAt: change.occurredAt ?? context.now, recordedAt: context.now,
            sourceDetail: change.source.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 })
        _ = try await repositories.consent.append(record)
        let hash = AddressHash.of(address, channel: change.channel)
        if change.action == .revoked, change.platformState?.lowercased() != "not_subscribed" {
            _ = try await repositories.suppressions.add(
                Suppression(
                    storeID: context.store.id, channel: change.channel, address: address, addressHash: hash,
                    reason: .optedOut, detail: "consent revoked (\(source.rawValue))", createdAt: context.now))
        } else if change.action == .granted {
            try await self.liftOptOut(change, kind: kind, hash: hash, history: history, context)
            // consent.double_opt_in: sms_reply — the one "Reply Y to confirm" text, in this transaction.
            try await DoubleOptInRequests(repositories: repositories, store: context.store).request(
                for: record, phone: try? self.phones.parse(address, defaultRegion: context.store.defaultRegion), now: context.now,
                logger: context.logger)
        }
        return Outcome(kind: "consent", note: kind.rawValue)
    }

    /// Lifts the address's `opted_out` suppression when ``ReclaimCore/OptOutLift`` says this grant is a
    /// new explicit act made after the opt-out; otherwise logs why it stays.
    private func liftOptOut(
        _ change: ConsentChange, kind: ConsentKind, hash: String, history: [ConsentRecord], _ context: Context
    ) async throws {
        let suppressions = context.repositories.suppressions
        guard let entry = try await suppressions.find(storeID: context.store.id, channel: change.channel, addressHash: hash),
            entry.reason == .optedOut
        else { return }
        let decision = OptOutLift.decide(
            .recorded(kind: kind, occurredAt: change.occurredAt),
            optOutAt: OptOutLift.optOutTime(history: history, suppressedAt: entry.createdAt),
            recordedGrantTimes: history.filter(\.kind.isGrant).map(\.occurredAt), now: context.now)
        guard decision == .lifts else {
            context.logger.info("opt-out stays", metadata: ["reason": "\(decision.rawValue)"])
            return
        }
        _ = try await suppressions.remove(
            storeID: context.store.id, channel: change.channel, addressHash: hash, reasons: [.optedOut])
        context.logger.info("opt-out lifted by a new explicit consent made after it")
    }

    /// The E.164 phone or lower-cased email the change is about.
    /// - Throws: ``IngestionError/invalidField(_:_:)`` when it is missing or unreadable.
    func consentAddress(_ change: ConsentChange, _ context: Context) throws -> String {
        switch change.channel {
        case .sms:
            guard let phone = change.phone else { throw IngestionError.invalidField("data.phone", "required for sms") }
            do {
                return try self.phones.e164(phone, defaultRegion: context.store.defaultRegion)
            } catch {
                throw IngestionError.invalidField("data.phone", error.description)
            }
        case .email:
            guard let email = change.email else { throw IngestionError.invalidField("data.email", "required for email") }
            return email
        }
    }

    /// Maps the free-text source to a ``ConsentSource``.
    static func consentSource(_ text: String?) -> ConsentSource {
        let text = text?.lowercased() ?? ""
        func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        if has("shopify", "woocommerce", "bigcommerce", "platform") { return .platformWebhook }
        if has("checkout", "checkbox") { return .checkoutCheckbox }
        if has("form", "popup", "signup", "sign_up", "landing") { return .form }
        if has("keyword") { return .keyword }
        if has("dashboard") { return .dashboard }
        if has("import") { return .imported }
        return .api
    }

    /// The kind of consent a change records; see the extension's documentation.
    static func consentKind(_ change: ConsentChange, source: ConsentSource) -> ConsentKind {
        guard change.action == .granted else { return .revoked }
        let disclosed = change.disclosureText.map { !$0.allSatisfy(\.isWhitespace) } ?? false
        if disclosed, [.checkoutCheckbox, .form, .keyword].contains(source) { return .expressWritten }
        // A platform's box next to the store's configured wording (IngestionService+PlatformConsent).
        if disclosed, source == .platformWebhook { return change.kindHint == .doubleOptIn ? .doubleOptIn : .expressWritten }
        if change.doubleOptInConfirmedAt != nil || change.kindHint == .doubleOptIn { return .doubleOptIn }
        return .singleOptIn
    }

    /// Lower-case hex SHA-256 of the UTF-8 text.
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
