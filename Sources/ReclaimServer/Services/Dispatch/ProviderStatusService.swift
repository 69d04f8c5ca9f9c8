import Foundation
import ReclaimChannels
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// The one path of a provider's status report to the outbox, for every SMS provider (a Twilio status
/// callback, a Telnyx `message.sent` / `message.finalized`, a lookup): the status only moves forward
/// (``MessageStatusProgress``), the provider's price is recorded (rounded up to the minor unit), and an
/// error that means "stop texting this number" (Twilio 21610 and 30004, Telnyx's STOP block)
/// suppresses it, even when the message is not in the outbox (the report's `to` is suppressed then).
///
/// What the provider's words mean is decided in `ReclaimChannels` (``TwilioStatusCallback``,
/// ``TelnyxWebhookEvent``); this service only stores it.
public struct ProviderStatusService: Sendable {
    /// Source of "now".
    let clock: any WallClock
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Phone number parsing.
    let phones: PhoneNumberParser

    /// Applies one report.
    /// - Parameters:
    ///   - report: The report, as the provider's parser read it.
    ///   - store: The store whose webhook received it.
    ///   - repositories: Where to write; a transaction's to commit with other writes (default: the pool).
    /// - Returns: The updated message, or `nil` when unknown or already further along.
    @discardableResult
    public func apply(
        _ report: SMSStatusReport, store: StoreConfiguration, repositories: ReclaimRepositories? = nil
    ) async throws -> Message? {
        let now = self.clock.now()
        let repositories = repositories ?? self.repositories
        let message = try await repositories.messages.find(providerID: report.providerID, direction: .outbound, storeID: store.id)
        if case .suppress(let reason)? = report.errorAction, let address = message?.address ?? self.e164(report.to, store) {
            _ = try await repositories.suppressions.add(
                .of(
                    address, channel: .sms, store: store.id, reason: reason,
                    detail: "\(report.provider) error \(report.errorCode ?? "")", at: now))
        }
        guard let message else { return nil }
        let merged = MessageStatusProgress.merge(current: message.status, incoming: report.status)
        guard merged != message.status || report.price != nil else { return nil }
        let change = MessageUpdate(
            status: merged, errorCode: report.errorCode, segments: report.segments, cost: report.price?.money())
        return try await repositories.messages.update(id: message.id, change, at: now, from: [message.status])
    }

    /// The recipient in E.164 (as written when it does not parse), `nil` when the report has none.
    private func e164(_ to: String?, _ store: StoreConfiguration) -> String? {
        guard let to, !to.isEmpty else { return nil }
        return (try? self.phones.e164(to, defaultRegion: store.defaultRegion)) ?? to
    }
}
