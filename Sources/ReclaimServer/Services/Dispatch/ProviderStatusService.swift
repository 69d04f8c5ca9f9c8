import Foundation
import ReclaimChannels
import ReclaimCore
import ReclaimStore

/// Applies a provider's status report (Telnyx `message.sent` / `message.finalized`, or a lookup) to
/// the outbox: the status only moves forward (``MessageStatusProgress``), the provider's price is
/// recorded, and an error that means "stop texting this number" suppresses it.
public struct ProviderStatusService: Sendable {
    let dependencies: AppDependencies

    /// Creates the service.
    public init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    /// Applies one report.
    /// - Parameter repositories: Where to write; a transaction's to commit with other writes (default: the pool).
    /// - Returns: The updated message, or `nil` when unknown or already further along.
    @discardableResult
    public func apply(_ report: SMSStatusReport, store: StoreID, repositories: ReclaimRepositories? = nil) async throws -> Message? {
        let now = self.dependencies.clock.now()
        let repositories = repositories ?? self.dependencies.repositories
        guard let message = try await repositories.messages.find(providerID: report.providerID, direction: .outbound, storeID: store)
        else { return nil }
        if case .suppress(let reason)? = report.errorAction {
            _ = try await repositories.suppressions.add(.of(
                message.address, channel: .sms, store: store, reason: reason,
                detail: "\(report.provider) error \(report.errorCode ?? "")", at: now))
        }
        let merged = MessageStatusProgress.merge(current: message.status, incoming: report.status)
        guard merged != message.status || report.price != nil else { return nil }
        let change = MessageUpdate(
            status: merged, errorCode: report.errorCode, segments: report.segments, cost: report.price?.money())
        return try await repositories.messages.update(id: message.id, change, at: now, from: [message.status])
    }
}
