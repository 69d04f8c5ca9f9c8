import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// The `consent.double_opt_in.expire` job: when a double opt-in request's time is up and the grant it
/// asked about is still the number's latest, unconfirmed, consent record, it appends a `none` record
/// (id `consent_doi_expired_<grant id>`, at the expiry instant) so the ledger and the export show that the
/// request expired. A Y after that confirms nothing (``DoubleOptInRequests/confirm(reply:from:contactID:key:now:)``).
struct DoubleOptInExpiry: Sendable {
    /// The job kind.
    static let kind = "consent.double_opt_in.expire"
    /// The id prefix of the record that marks an expired request.
    static let recordPrefix = "consent_doi_expired_"

    /// The job's payload: the grant whose confirmation was requested.
    struct Payload: Codable, Sendable, Hashable {
        var storeID: StoreID
        var grantID: String
        var address: String
        var expiresAt: Date

        enum CodingKeys: String, CodingKey {
            case storeID = "store_id"
            case grantID = "grant_id"
            case address
            case expiresAt = "expires_at"
        }
    }

    /// Repositories over the database.
    let repositories: ReclaimRepositories

    /// Runs one job.
    func handle(_ job: Job, _ context: JobRunContext) async throws {
        let payload = try job.decode(Payload.self)
        guard let latest = try await self.repositories.consent.latest(storeID: payload.storeID, channel: .sms, address: payload.address),
            latest.id == payload.grantID,
            DoubleOptIn.next(.pending, expiresAt: payload.expiresAt, after: .expiryCheck(at: context.now)) == .expired
        else { return }
        _ = try await self.repositories.consent.append(
            ConsentRecord(
                id: Self.recordPrefix + payload.grantID, storeID: payload.storeID, contactID: latest.contactID, channel: .sms,
                address: payload.address, kind: .none, source: latest.source, occurredAt: payload.expiresAt, recordedAt: context.now))
        context.logger.info("double opt-in request expired unconfirmed", metadata: ["store": "\(payload.storeID)"])
    }

    /// Whether `record` marks an expired request.
    static func marksExpiry(_ record: ConsentRecord) -> Bool {
        record.kind == .none && record.id.hasPrefix(Self.recordPrefix)
    }
}
