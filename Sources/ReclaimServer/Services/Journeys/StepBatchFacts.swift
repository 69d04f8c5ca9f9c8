import Foundation
import ReclaimCore
import ReclaimStore

/// The compliance facts of a batch of due steps, read with one query per table and store: the latest
/// consent of every shopper's phone and email, their suppression entries, the texts to each phone in
/// the last 24 hours, and every message of the batch's carts.
///
/// Sends queued while the batch runs are added (``record(_:)``), so a later step of the same batch sees
/// them as the database would. (The runner gives each shopper at most one journey per batch anyway.)
final class StepBatchFacts {
    private var consents: [String: ConsentRecord] = [:]
    private var suppressions: [String: SuppressionReason] = [:]
    private var textsLast24h: [String: Int] = [:]
    private(set) var cartMessages: [String: [Message]] = [:]
    private var loadedAddresses: Set<String> = []
    let now: Date

    private init(now: Date) {
        self.now = now
    }

    /// Reads the facts for the steps' shoppers and carts.
    static func load(
        shoppers: [(store: StoreID, contact: Contact)], cartIDs: [String], repositories: ReclaimRepositories, now: Date
    ) async throws -> StepBatchFacts {
        let facts = StepBatchFacts(now: now)
        for (store, group) in Dictionary(grouping: shoppers, by: \.store) {
            let phones = group.compactMap(\.contact.phone)
            let emails = group.compactMap { $0.contact.email?.lowercased() }
            for (channel, addresses) in [(Channel.sms, phones), (.email, emails)] where !addresses.isEmpty {
                for (address, record) in try await repositories.consent.latest(storeID: store, channel: channel, addresses: addresses) {
                    facts.consents[Self.key(store, channel, address)] = record
                }
                let hashes = Dictionary(
                    addresses.map { (AddressHash.of($0, channel: channel), $0) }, uniquingKeysWith: { first, _ in first })
                for (hash, entry) in try await repositories.suppressions.find(
                    storeID: store, channel: channel, addressHashes: Array(hashes.keys))
                {
                    if let address = hashes[hash] { facts.suppressions[Self.key(store, channel, address)] = entry.reason }
                }
                for address in addresses { facts.loadedAddresses.insert(Self.key(store, channel, address)) }
            }
            if !phones.isEmpty {
                let counts = try await repositories.messages.countOutbound(
                    channel: .sms, addresses: phones, since: GateFacts.capWindowStart(now), storeID: store)
                for (phone, count) in counts { facts.textsLast24h[Self.key(store, .sms, phone)] = count }
            }
        }
        facts.cartMessages = try await repositories.messages.list(cartIDs: cartIDs)
        for id in cartIDs where facts.cartMessages[id] == nil { facts.cartMessages[id] = [] }
        return facts
    }

    /// The gate's facts about `message`, or `nil` when its address or cart was not read with the batch.
    func gateFacts(message: Message, cartID: String) -> GateFacts? {
        let key = Self.key(message.storeID, message.channel, message.address)
        guard self.loadedAddresses.contains(key), let messages = self.cartMessages[cartID] else { return nil }
        var facts = GateFacts(
            consent: self.consents[key].map { ConsentEvidence(record: $0) } ?? .none, suppression: self.suppressions[key])
        if message.channel == .sms {
            facts.sentLast24h = self.textsLast24h[key] ?? 0
            facts.cartTexted = GateFacts.cartTexted(messages, now: self.now)
        }
        return facts
    }

    /// The cart's stored or queued outbound message with this idempotency key, if any.
    func existing(cartID: String, storeID: StoreID, idempotencyKey: String) -> Message? {
        self.cartMessages[cartID]?.first { $0.storeID == storeID && $0.idempotencyKey == idempotencyKey && $0.direction == .outbound }
    }

    /// Counts a message queued (or blocked) by this batch as if it were stored.
    func record(_ message: Message) {
        if let cartID = message.cartID { self.cartMessages[cartID, default: []].append(message) }
        if message.channel == .sms, SQLMessageStore.capCountedStatuses.contains(message.status) {
            self.textsLast24h[Self.key(message.storeID, .sms, message.address), default: 0] += 1
        }
    }

    private static func key(_ store: StoreID, _ channel: Channel, _ address: String) -> String {
        "\(store)\u{1F}\(channel.rawValue)\u{1F}\(address)"
    }
}
