import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimServer
import ReclaimStore
import Testing

/// `GET …/consents/export.csv` and `POST …/contacts/erase`.
@Suite struct ConsentExportAndErasureTests {
    static let header =
        "recorded_at,occurred_at,channel,address,kind,source,ip,user_agent,page_url,disclosure_text,"
        + "disclosure_hash,double_opt_in_confirmed_at"

    @Test func exportIsRFC4180CSVOfEveryRecord() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let at = Date(timeIntervalSince1970: 1_795_000_000)
            var record = ComplianceFixture.grant("+13125550120", at: at)
            record.disclosureText = "Texts from \"Summit\", recurring.\nReply STOP to opt out."
            _ = try await app.repositories.consent.append(record)
            let response = try await app.client.execute(
                uri: "/api/v1/stores/summit/consents/export.csv", method: .get,
                headers: [.authorization: "Bearer \(ComplianceFixture.apiKey)"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
            let text = response.text
            #expect(text.hasPrefix(Self.header + "\r\n"))
            #expect(text.hasSuffix("\r\n"))
            #expect(
                text.contains(
                    "2026-11-18T11:06:40.000Z,2026-11-18T11:06:40.000Z,sms,+13125550120,express_written,"
                        + "checkout_checkbox,203.0.113.7,Mozilla/5.0,https://summit.example/checkout,"
                        + "\"Texts from \"\"Summit\"\", recurring.\nReply STOP to opt out.\",abc,\r\n"))
            let unauthorized = try await app.client.execute(uri: "/api/v1/stores/summit/consents/export.csv", method: .get)
            #expect(unauthorized.status == .unauthorized)
        }
    }

    @Test func theCommandLineSharesTheCSVAndOffersJSON() throws {
        let record = ComplianceFixture.grant("+13125550121", at: Date(timeIntervalSince1970: 0))
        let csv = ConsentExport.csv([record])
        #expect(csv.split(separator: "\r\n").count == 2)
        let json = try ConsentExport.json([record])
        let objects = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(objects?.first?["address"] as? String == "+13125550121")
        #expect(objects?.first?["double_opt_in_confirmed_at"] is NSNull)
        #expect(Set(objects?.first?.keys.map { $0 } ?? []) == Set(ConsentExport.columns))
    }

    @Test func erasureRemovesPersonalDataAndKeepsTheSuppressionHash() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            // Given a shopper with a contact, consent, an inbound text and an opt-out
            let phone = "+13125550122"
            let contact = try await app.repositories.contacts.upsert(
                Contact(
                    id: "con_1", storeID: ComplianceFixture.storeID, phone: phone, email: "ana@example.com",
                    firstName: "Ana", createdAt: clock.now(), updatedAt: clock.now()))
            var grant = ComplianceFixture.grant(phone, at: clock.now().addingTimeInterval(-60))
            grant.contactID = contact.id
            _ = try await app.repositories.consent.append(grant)
            _ = try await app.client.inbound(from: phone, "STOP", sid: "SMerase")
            // When it is erased
            let response = try await app.client.postAPI("contacts/erase", ["phone": phone])
            // Then
            #expect(response.status == .ok)
            let erased = try #require(response.jsonObject["erased"] as? [String: Int])
            #expect(erased["contacts"] == 1)
            #expect(erased["consent_records"] == 2)
            #expect(erased["messages"] == 1)
            #expect(erased["suppressions"] == 2)  // the phone asked for, and the contact's email with it
            #expect(try await app.repositories.contacts.find(id: contact.id)?.phone == nil)
            #expect(try await app.repositories.contacts.find(id: contact.id)?.email == nil)
            let records = try await app.repositories.consent.export(storeID: ComplianceFixture.storeID)
            #expect(records.allSatisfy { $0.address.isEmpty && $0.ip == nil })
            #expect(try await app.repositories.messages.find(providerID: "SMerase", direction: .inbound)?.body == "[erased]")
            let entry = try #require(
                try await app.repositories.suppressions.find(
                    storeID: ComplianceFixture.storeID, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms)))
            #expect(entry.address == nil)
            #expect(try await app.client.decision(phone, consent: "express_written") == "block")
        }
    }

    @Test func erasingAnUnknownAddressStillSuppressesItsHash() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let response = try await app.client.postAPI("contacts/erase", ["email": "Someone@Example.com"])
            #expect(response.status == .ok)
            let entry = try await app.repositories.suppressions.find(
                storeID: ComplianceFixture.storeID, channel: .email,
                addressHash: AddressHash.of("someone@example.com", channel: .email))
            #expect(entry?.reason == .erased)
            #expect(entry?.address == nil)
        }
    }

    @Test func erasureNeedsAPhoneOrAnEmail() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let empty = try await app.client.postAPI("contacts/erase", [:])
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("phone"))
            let badEmail = try await app.client.postAPI("contacts/erase", ["email": "nobody"])
            #expect(badEmail.status == .badRequest)
            #expect(badEmail.text.contains("email"))
            let keyless = try await app.client.postAPI("contacts/erase", ["phone": "+13125550123"], key: nil)
            #expect(keyless.status == .unauthorized)
        }
    }
}
