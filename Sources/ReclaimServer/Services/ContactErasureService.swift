import Foundation
import Hummingbird
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Erases a shopper's personal data on request while keeping them unreachable: contacts, consent
/// records' personal fields, message text and addresses, conversation turns' text, and carts' IP,
/// browser and address go;
/// the suppression entry stays, as a hash only (reason `erased` when there was none).
public struct ContactErasureService: Sendable {
    let dependencies: AppDependencies

    /// Creates the service.
    public init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

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

            enum CodingKeys: String, CodingKey {
                case contacts, messages, carts, suppressions
                case consentRecords = "consent_records"
            }
        }
    }

    /// Erases one shopper.
    /// - Throws: ``APIError`` (400) naming `phone` or `email` when neither is given or one is malformed.
    public func erase(store: StoreConfiguration, request: Request) async throws -> Result {
        let addresses = try self.addresses(request, store: store)
        let now = self.dependencies.clock.now()
        let counts = try await self.dependencies.database.transaction { database in
            try await Self.erase(addresses, store: store.id, now: now, in: ReclaimRepositories(database: database))
        }
        self.dependencies.logger.info("contact erased", metadata: ["store": "\(store.id)", "counts": "\(counts)"])
        return Result(erased: counts)
    }

    func addresses(_ request: Request, store: StoreConfiguration) throws -> [(Channel, String)] {
        var addresses: [(Channel, String)] = []
        if let phone = request.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            do {
                addresses.append((.sms, try self.dependencies.phones.e164(phone, defaultRegion: store.defaultRegion)))
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

    static func erase(_ addresses: [(Channel, String)], store: StoreID, now: Date, in repos: ReclaimRepositories)
        async throws -> Result.Counts
    {
        var counts = Result.Counts()
        var contactIDs: [String] = []
        for (channel, address) in addresses {
            let contact = channel == .sms
                ? try await repos.contacts.find(storeID: store, phone: address)
                : try await repos.contacts.find(storeID: store, email: address)
            if let id = contact?.id, !contactIDs.contains(id) { contactIDs.append(id) }
        }
        // Linked records first, then by address: the second pass only finds what the first left.
        for id in contactIDs { counts.consentRecords += try await repos.consent.erase(contactID: id) }
        for (channel, address) in addresses {
            counts.consentRecords += try await repos.consent.erase(storeID: store, channel: channel, address: address)
        }
        counts.messages = try await repos.messages.erasePersonalData(
            storeID: store, addresses: addresses.map(\.1), contactIDs: contactIDs, at: now)
        for id in contactIDs {
            _ = try await repos.conversations.eraseTurns(contactID: id)  // the inbox transcript
            counts.carts += try await repos.carts.erasePersonalData(contactID: id, at: now)
            if try await repos.contacts.erase(id: id, at: now) { counts.contacts += 1 }
        }
        for (channel, address) in addresses {
            let hash = AddressHash.of(address, channel: channel)
            if try await !repos.suppressions.erase(storeID: store, channel: channel, addressHash: hash) {
                _ = try await repos.suppressions.add(Suppression(
                    storeID: store, channel: channel, address: nil, addressHash: hash, reason: .erased,
                    detail: "erasure request", createdAt: now))
            }
            counts.suppressions += 1
        }
        return counts
    }
}
