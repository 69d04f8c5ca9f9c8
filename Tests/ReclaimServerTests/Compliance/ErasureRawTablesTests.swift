import Foundation
import Logging
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimServer

/// After an erasure, no table of the database holds the shopper's phone, email, name or address: every
/// text column of every table is read raw (base64 runs decoded, as job payloads keep webhook bodies).
@Suite struct ErasureRawTablesTests {
    static let phone = "+13125550188"
    static let email = "anastasia.quixotella@example.com"
    /// Lower-case texts that must not survive, and the phone's digits (found however it is written).
    static let needles = ["anastasia", "quixotella", "pawtuxetville", "742 evergreen"]
    static let phoneDigits = "3125550188"

    @Test(arguments: TestBackend.enabledCases)
    func erasingByPhoneLeavesNoPersonalDataInAnyTable(backend: TestBackend) async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock, backend: backend) { app in
            var logger = Logger(label: "erasure-test")
            logger.logLevel = .critical
            let dependencies = app.dependencies
            let database = dependencies.database
            let configuration = dependencies.configuration
            let repos = dependencies.repositories
            let now = clock.now()

            // Given a shopper who came in through a Shopify checkout (a job that ran, one queued, one dead)…
            let ingestion = dependencies.ingestionService
            #expect(try await ingestion.enqueue(try Self.delivery("wh-1"), now: now))
            let worker = JobWorkerService(
                queue: dependencies.queue, registry: buildJobRegistry(dependencies).singleJobOnly(), clock: clock,
                settings: .init(batchSize: 10, concurrency: 1, lease: 60, pollInterval: 0.01), logger: logger)
            #expect(try await worker.runOnce() >= 1)
            let contact = try #require(try await repos.contacts.find(storeID: Commerce.store, phone: Self.phone))
            #expect(contact.email == Self.email)
            let queued = try Self.delivery("wh-2")
            _ = try await dependencies.queue.enqueue(
                kind: IngestionService.jobKind, payloadJSON: queued.payloadJSON(), runAt: now.addingTimeInterval(3600), now: now)
            let broken = try await dependencies.queue.enqueue(
                kind: IngestionService.jobKind, payloadJSON: try Self.delivery("wh-3").payloadJSON(),
                runAt: Date(timeIntervalSince1970: 0), now: now)
            let claimed = try #require(try await dependencies.queue.claim(limit: 1, lease: 60, worker: "w", now: now).first)
            #expect(claimed.id == broken.id)
            _ = try await dependencies.queue.fail(
                claimed, error: "refused checkout of \(Self.phone)", retryAt: nil, now: now)
            _ = try await dependencies.queue.enqueue(
                kind: "assistant.reply", payloadJSON: #"{"store_id":"summit","from":"\#(Self.phone)","text":"hi"}"#, runAt: now, now: now)
            let otherStore = try await dependencies.queue.enqueue(
                kind: "assistant.reply", payloadJSON: #"{"store_id":"other","from":"\#(Self.phone)"}"#, runAt: now, now: now)
            // …who texted and was emailed (one email not linked to the contact), talked to the inbox, opted out
            // by text and bounced by email, and gave email consent on a form.
            _ = try await repos.messages.insertInbound(
                Message(
                    id: "msg_in", storeID: Commerce.store, contactID: contact.id, channel: .sms, direction: .inbound,
                    address: Self.phone, body: "This is Anastasia, call me at (312) 555-0188", status: .received,
                    providerID: "SMin", createdAt: now, updatedAt: now))
            _ = try await repos.messages.insertOutbound(
                Message(
                    id: "msg_mail", storeID: Commerce.store, channel: .email, direction: .outbound, address: Self.email,
                    subject: "Anastasia, your tent is waiting", body: "Hi Anastasia Quixotella",
                    html: "<p>Hi Anastasia Quixotella, shipping to 742 Evergreen Terrace, Pawtuxetville</p>", status: .sent,
                    idempotencyKey: "mail-1", createdAt: now, updatedAt: now))
            let conversation = try await repos.conversations.getOrCreate(
                Conversation(
                    id: "conv_1", storeID: Commerce.store, contactID: contact.id, updatedAt: now, createdAt: now))
            _ = try await repos.conversations.appendTurn(
                Turn(
                    id: "turn_1", conversationID: conversation.id, author: .shopper,
                    text: "Anastasia Quixotella here, 742 Evergreen Terrace", createdAt: now))
            _ = try await repos.suppressions.add(
                Suppression.of(
                    Self.phone, channel: .sms, store: Commerce.store, reason: .optedOut, detail: "STOP", at: now))
            _ = try await repos.suppressions.add(
                Suppression.of(
                    Self.email, channel: .email, store: Commerce.store, reason: .hardBounce, detail: "email bounce", at: now))
            _ = try await repos.consent.append(
                ConsentRecord(
                    id: "consent_mail", storeID: Commerce.store, channel: .email, address: Self.email, kind: .singleOptIn,
                    source: .form, ip: "198.51.100.7", userAgent: "Anastasia's phone", pageURL: "https://summit.example/signup",
                    occurredAt: now, recordedAt: now))
            let before = try await Self.scan(database)
            #expect(Set(before.map(\.table)).isSuperset(of: ["contacts", "carts", "messages", "turns", "jobs", "consent_records"]))

            // When the shopper asks to be erased, giving only the phone
            let store = try #require(configuration.store(Commerce.store))
            let result = try await dependencies.contactErasureService.erase(
                store: store, request: .init(phone: "(312) 555-0188"))

            // Then nothing personal is left in any text column of any table
            #expect(result.erased.contacts == 1)
            #expect(result.erased.suppressions == 2)
            #expect(result.erased.jobs == 3)
            // (another store's job is not this erasure's business)
            #expect(try await dependencies.queue.get(id: otherStore.id)?.state == .pending)
            try await dependencies.queue.erase(ids: [otherStore.id], now: now)
            let after = try await Self.scan(database)
            #expect(after.isEmpty, "\(after)")
            // and both addresses stay suppressed, by keyed hash only
            for (channel, address) in [(Channel.sms, Self.phone), (.email, Self.email)] {
                let entry = try await repos.suppressions.find(
                    storeID: Commerce.store, channel: channel, addressHash: AddressHash.of(address, channel: channel))
                #expect(entry != nil && entry?.address == nil)
            }
        }
    }

    /// A Shopify `checkouts/create` carrying the shopper's phone (as typed), email, name and address.
    static func delivery(_ id: String) throws -> WebhookDelivery {
        let address: [String: Any] = [
            "first_name": "Anastasia", "last_name": "Quixotella", "name": "Anastasia Quixotella",
            "address1": "742 Evergreen Terrace", "city": "Pawtuxetville", "zip": "02861", "province": "Rhode Island",
            "province_code": "RI", "country": "United States", "country_code": "US", "phone": "(312) 555-0188",
        ]
        let body = try Commerce.fixture(
            "shopify/webhook_checkouts_create.sample.2026-07.json",
            replacing: [
                "token": "tok-\(id)", "cart_token": "cart-\(id)", "email": Self.email, "phone": NSNull(),
                "sms_marketing_phone": "(312) 555-0188", "buyer_accepts_sms_marketing": true,
                "shipping_address": address, "billing_address": address,
                "customer": [
                    "id": 42, "first_name": "Anastasia", "last_name": "Quixotella", "email": Self.email,
                    "phone": "+1 312 555 0188",
                ] as [String: Any],
            ])
        return WebhookDelivery(
            source: .shopify, storeID: Commerce.store, deliveryID: id, topic: "checkouts/create", body: body)
    }

    /// One place where a needle was found.
    struct Hit: Sendable, CustomStringConvertible {
        var table: String
        var column: String
        var needle: String
        var description: String { "\(self.table).\(self.column) holds \(self.needle)" }
    }

    /// Every text column of every table, read raw and searched for the needles (and in base64 runs, decoded).
    static func scan(_ database: ReclaimDatabase) async throws -> [Hit] {
        var hits: [Hit] = []
        let columns = try await Self.textColumns(database)
        #expect(
            Set(columns.map(\.table)).isSuperset(of: [
                "contacts", "carts", "messages", "turns", "jobs", "consent_records", "suppressions", "webhook_deliveries",
                InstallationSecretStore.table,
            ]))
        for (table, column) in columns {
            let rows = try await database.sql.raw("SELECT \(ident: column) AS v FROM \(ident: table)").all()
            for row in rows {
                guard let value = try row.decode(column: "v", as: String?.self) else { continue }
                for text in [value] + Self.decodedBase64Runs(value) {
                    let lowered = text.lowercased()
                    for needle in Self.needles + [Self.email] where lowered.contains(needle) {
                        hits.append(Hit(table: table, column: column, needle: needle))
                    }
                    if String(text.unicodeScalars.filter { CharacterSet.decimalDigits.contains($0) }.map(Character.init))
                        .contains(Self.phoneDigits)
                    {
                        hits.append(Hit(table: table, column: column, needle: Self.phone))
                    }
                }
            }
        }
        return hits
    }

    /// `(table, column)` of every text column, from the engine's own catalog.
    static func textColumns(_ database: ReclaimDatabase) async throws -> [(table: String, column: String)] {
        switch database.dialect {
        case .sqlite:
            var columns: [(table: String, column: String)] = []
            let tables = try await database.sql.raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).all().map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                for row in try await database.sql.raw("PRAGMA table_info(\(ident: table))").all() {
                    let type = try row.decode(column: "type", as: String.self).uppercased()
                    if type.isEmpty || type.contains("TEXT") || type.contains("CHAR") {
                        columns.append((table, try row.decode(column: "name", as: String.self)))
                    }
                }
            }
            return columns
        case .postgres:
            return try await database.sql.raw(
                """
                SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
                WHERE table_schema = current_schema() \
                AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                """
            ).all().map { (try $0.decode(column: "t", as: String.self), try $0.decode(column: "c", as: String.self)) }
        }
    }

    /// Runs of base64 characters (16 or more) in `text`, decoded as UTF-8.
    static func decodedBase64Runs(_ text: String) -> [String] {
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
        var runs: [String] = []
        var current = ""
        for character in text + " " {
            if alphabet.contains(character) {
                current.append(character)
                continue
            }
            if current.count >= 16 {
                var padded = current.replacingOccurrences(of: "=", with: "")
                while padded.count % 4 != 0 { padded.append("=") }
                if let data = Data(base64Encoded: padded) { runs.append(String(decoding: data, as: UTF8.self)) }
            }
            current = ""
        }
        return runs
    }
}
