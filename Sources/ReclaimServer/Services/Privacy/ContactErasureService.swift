import Foundation
import Hummingbird
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Erases a shopper's personal data on request while keeping them unreachable: contacts, consent
/// records' personal fields, message text, HTML and addresses, conversation turns' text, carts' and
/// clicks' IP, browser and address, and every job input that mentions the shopper (raw webhook bodies)
/// go. A request by phone also erases the contact's email, and one by email the contact's phone.
/// Each address's suppression entry stays, as a keyed hash only (reason `erased` when there was none).
///
/// A job that a worker holds at that moment is left to finish; everything else is erased in one
/// transaction.
public struct ContactErasureService: Sendable {
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Logger.
    let logger: Logger
    /// Phone number parsing.
    let phones: PhoneNumberParser

    /// Body of `POST …/contacts/erase`: a phone, an email, or both.
    public struct Request: Codable, Sendable, Hashable {
        /// The shopper's phone as written.
        public var phone: String?
        /// The shopper's email.
        public var email: String?

        /// Creates a request.
        public init(phone: String? = nil, email: String? = nil) {
            self.phone = phone
            self.email = email
        }
    }

    /// `{"erased": {...}}`: how many rows of each kind lost personal data.
    public struct Result: ResponseEncodable, Sendable, Hashable {
        /// The counts.
        public var erased: Counts

        /// Rows changed per table.
        public struct Counts: Codable, Sendable, Hashable {
            /// Contacts erased.
            public var contacts = 0
            /// Consent records whose personal fields were cleared.
            public var consentRecords = 0
            /// Messages whose text and address were cleared.
            public var messages = 0
            /// Carts whose IP, browser and address were cleared.
            public var carts = 0
            /// Suppression entries kept as a hash (existing ones cleared, new ones added).
            public var suppressions = 0
            /// Queued, failed or finished jobs whose input mentioned the shopper (raw webhook bodies):
            /// their payload was erased, and pending ones cancelled.
            public var jobs = 0

            enum CodingKeys: String, CodingKey {
                case contacts, messages, carts, suppressions, jobs
                case consentRecords = "consent_records"
            }
        }
    }

    /// Erases one shopper.
    /// - Throws: ``APIError`` (400) naming `phone` or `email` when neither is given or one is malformed.
    public func erase(store: StoreConfiguration, request: Request) async throws -> Result {
        let addresses = try self.addresses(request, store: store)
        let now = self.clock.now()
        let counts = try await self.database.transaction { database in
            try await Self.erase(addresses, store: store.id, now: now, in: ReclaimRepositories(database: database))
        }
        self.logger.info("contact erased", metadata: ["store": "\(store.id)", "counts": "\(counts)"])
        return Result(erased: counts)
    }

    func addresses(_ request: Request, store: StoreConfiguration) throws -> [(Channel, String)] {
        var addresses: [(Channel, String)] = []
        if let phone = request.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            do {
                addresses.append((.sms, try self.phones.e164(phone, defaultRegion: store.defaultRegion)))
            } catch {
                throw APIError.invalidField("phone", error.description)
            }
        }
        if let email = request.email?.trimmingCharacters(in: .whitespaces).lowercased(), !email.isEmpty {
            guard email.contains("@") else { throw APIError.invalidField("email", "not an email address") }
            addresses.append((.email, email))
        }
        guard !addresses.isEmpty else { throw APIError.invalidField("phone", "give a phone or an email to erase") }
        return addresses
    }

    static func erase(
        _ requested: [(Channel, String)], store: StoreID, now: Date, in repos: ReclaimRepositories
    )
        async throws -> Result.Counts
    {
        var counts = Result.Counts()
        let (contactIDs, addresses) = try await Self.contacts(of: requested, store: store, in: repos)
        // Linked records first, then by address: the second pass only finds what the first left.
        for id in contactIDs { counts.consentRecords += try await repos.consent.erase(contactID: id) }
        for (channel, address) in addresses {
            counts.consentRecords += try await repos.consent.erase(storeID: store, channel: channel, address: address)
        }
        counts.messages = try await repos.messages.erasePersonalData(
            storeID: store, addresses: addresses.map(\.1), contactIDs: contactIDs, at: now)
        try await repos.links.eraseClickDetails(contactIDs: contactIDs)
        for id in contactIDs {
            _ = try await repos.conversations.eraseTurns(contactID: id)  // the inbox transcript
            counts.carts += try await repos.carts.erasePersonalData(contactID: id, at: now)
            if try await repos.contacts.erase(id: id, at: now) { counts.contacts += 1 }
        }
        counts.jobs = try await Self.eraseJobs(mentioning: addresses, store: store, now: now, queue: JobQueue(repos.database))
        for (channel, address) in addresses {
            let hash = AddressHash.of(address, channel: channel)
            if try await !repos.suppressions.erase(storeID: store, channel: channel, addressHash: hash) {
                _ = try await repos.suppressions.add(
                    Suppression(
                        storeID: store, channel: channel, address: nil, addressHash: hash, reason: .erased,
                        detail: "erasure request", createdAt: now))
            }
            counts.suppressions += 1
        }
        return counts
    }

    /// The contacts the request names, and every address to erase: the requested ones plus each
    /// contact's own phone and email (erasing by phone also erases the email the contact gave).
    static func contacts(
        of requested: [(Channel, String)], store: StoreID, in repos: ReclaimRepositories
    )
        async throws -> (ids: [String], addresses: [(Channel, String)])
    {
        var ids: [String] = []
        var addresses = requested
        func add(_ channel: Channel, _ address: String?) {
            guard let address, !address.isEmpty, !addresses.contains(where: { $0 == (channel, address) }) else { return }
            addresses.append((channel, address))
        }
        for (channel, address) in requested {
            let contact =
                channel == .sms
                ? try await repos.contacts.find(storeID: store, phone: address)
                : try await repos.contacts.find(storeID: store, email: address)
            guard let contact, !ids.contains(contact.id) else { continue }
            ids.append(contact.id)
            add(.sms, contact.phone)
            add(.email, contact.email?.lowercased())
        }
        return (ids, addresses)
    }
}
