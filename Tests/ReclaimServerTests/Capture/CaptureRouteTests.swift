import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `GET /c/{store}/capture.js`, `OPTIONS` and `POST /c/{store}`: the script, CORS, the honeypot, the limits,
/// and what a capture records. Every refusal records nothing.
@Suite struct CaptureRouteTests {
    static let phone = "+13125550142"

    @Test func theScriptIsJavaScriptUnder10KBWithTheFullDisclosure() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let response = try await app.client.execute(uri: "/c/\(Commerce.store)/capture.js", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(response.headers[.cacheControl] == "public, max-age=300")
            #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(response.body.readableBytes < 10 * 1024)
            let script = String(buffer: response.body)
            #expect(script.contains(Capture.disclosure))
            #expect(script.contains("https://summit.example/terms") && script.contains("https://summit.example/privacy"))
            #expect(script.contains(Capture.emailDisclosure))
            for accessible in ["aria-live", "role: \"dialog\"", "aria-describedby", "autocomplete: \"tel\"", "Escape"] {
                #expect(script.contains(accessible), "\(accessible)")
            }
        }
    }

    @Test func theRoutesAreInTheOpenAPIDocument() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let document = try Commerce.json(try await app.client.execute(uri: "/openapi.json", method: .get))
            let paths = try #require(document["paths"] as? [String: Any])
            #expect((paths["/c/{store}"] as? [String: Any])?.keys.sorted() == ["options", "post"])
            #expect(paths["/c/{store}/capture.js"] != nil)
        }
    }

    @Test func aStoreWithoutCaptureAnswers404() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            #expect(try await app.client.execute(uri: "/c/\(Commerce.store)/capture.js", method: .get).status == .notFound)
            #expect(try await app.capture(Capture.phoneBody(Self.phone)).status == .notFound)
        }
    }

    @Test func thePreflightAnswersOnlyTheStoresOrigins() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let allowed = try await app.client.execute(
                uri: "/c/\(Commerce.store)", method: .options,
                headers: [.origin: Capture.origin, .accessControlRequestMethod: "POST", .accessControlRequestHeaders: "content-type"])
            #expect(allowed.status == .noContent)
            #expect(allowed.headers[.accessControlAllowOrigin] == Capture.origin)
            #expect(allowed.headers[.accessControlAllowMethods] == "POST")
            #expect(allowed.headers[.accessControlAllowHeaders] == "Content-Type")
            #expect(allowed.headers[.vary] == "Origin")

            let other = try await app.client.execute(
                uri: "/c/\(Commerce.store)", method: .options, headers: [.origin: "https://evil.example"])
            #expect(other.status == .forbidden)
            #expect(other.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test(arguments: ["https://evil.example", "https://summit.example.evil.example", "http://summit.example", nil])
    func aPostFromAnotherOriginIs403AndRecordsNothing(origin: String?) async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let response = try await app.capture(Capture.phoneBody(Self.phone), origin: origin)
            #expect(response.status == .forbidden)
            #expect(response.headers[.accessControlAllowOrigin] == nil)
            #expect(try await app.consentCount() == 0)
        }
    }

    @Test func aPhoneThatCannotBeParsedIs400NamingTheFieldAndRecordsNothing() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let response = try await app.capture(Capture.phoneBody("call me maybe"))
            #expect(response.status == .badRequest)
            let error = try #require(try Commerce.json(response)["error"] as? [String: String])
            #expect(error["message"]?.hasPrefix("phone:") == true)
            // The page can read why: the error carries the CORS headers.
            #expect(response.headers[.accessControlAllowOrigin] == Capture.origin)
            #expect(try await app.consentCount() == 0)
        }
    }

    @Test(arguments: [
        ("disclosure_text", "By submitting, you agree to texts."),
        ("disclosure_text", Capture.disclosure.replacingOccurrences(of: "Msg & data rates may apply. ", with: "")),
        ("channel", "fax"),
        ("page_url", "javascript:alert(1)"),
    ])
    func aBadFieldIs400NamingItAndRecordsNothing(field: String, value: String) async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let response = try await app.capture(Capture.phoneBody(Self.phone, extra: [field: value]))
            #expect(response.status == .badRequest)
            let error = try #require(try Commerce.json(response)["error"] as? [String: String])
            #expect(error["message"]?.hasPrefix("\(field):") == true)
            #expect(try await app.consentCount() == 0)
        }
    }

    @Test func aBodyPast16KBIs413AndRecordsNothing() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let response = try await app.capture(
                Capture.phoneBody(Self.phone, extra: ["cart_token": String(repeating: "x", count: 20_000)]))
            #expect(response.status == .contentTooLarge)
            #expect(try await app.consentCount() == 0)
        }
    }

    @Test func aFilledHoneypotLooksRecordedButRecordsNothing() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let response = try await app.capture(Capture.phoneBody(Self.phone, extra: ["website": "https://spam.example"]))
            #expect(response.status == .ok)
            #expect(try Commerce.json(response)["status"] as? String == "ok")
            #expect(try await app.consentCount() == 0)
        }
    }

    @Test func aCaptureRecordsTheConsentWithItsEvidenceAndTiesTheCart() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            // Given a cart whose shopper has only given an email
            #expect(try await app.event("cart.updated", cartData("cart-77", phone: nil)).status == .ok)

            // When the shopper signs up for texts on a page holding that cart
            let response = try await app.capture(
                Capture.phoneBody("(312) 555-0142", extra: ["cart_token": "cart-77"]), userAgent: "Mozilla/5.0 (Capture)")
            #expect(response.status == .ok)
            #expect(response.headers[.accessControlAllowOrigin] == Capture.origin)

            // Then the consent is recorded with the wording shown, and the cart's shopper has the phone
            let record = try #require(try await app.consents(Self.phone).first)
            #expect(record.kind == .expressWritten)
            #expect(record.source == .form)
            #expect(record.disclosureText == Capture.disclosure)
            #expect(record.disclosureHash != nil)
            #expect(record.pageURL == "https://summit.example/products/tent")
            #expect(record.userAgent == "Mozilla/5.0 (Capture)")
            #expect(record.occurredAt == app.clock.now())
            let cart = try #require(try await app.repositories.carts.find(storeID: Commerce.store, key: "cart-77"))
            #expect(record.contactID != nil && cart.contactID == record.contactID)
            let contactID = try #require(cart.contactID)
            let contact = try #require(try await app.repositories.contacts.find(id: contactID))
            #expect(contact.phone == Self.phone)
            #expect(contact.email == "ana@shopper.example")
        }
    }

    @Test func aCartHeldByAnotherPhoneIsNotTakenOver() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            #expect(try await app.event("cart.updated", cartData("cart-78", phone: "+13125550101")).status == .ok)
            let before = try await app.repositories.carts.find(storeID: Commerce.store, key: "cart-78")?.contactID
            #expect(try await app.capture(Capture.phoneBody(Self.phone, extra: ["cart_token": "cart-78"])).status == .ok)
            #expect(try await app.repositories.carts.find(storeID: Commerce.store, key: "cart-78")?.contactID == before)
            #expect(try await app.consents(Self.phone).count == 1)
        }
    }

    @Test func theEmailStepRecordsEmailConsentWithItsOwnWording() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            let body: [String: Any] = ["channel": "email", "email": "Ana@Shopper.example", "disclosure_text": Capture.emailDisclosure]
            #expect(try await app.capture(body).status == .ok)
            let record = try #require(try await app.consents("ana@shopper.example", channel: .email).first)
            #expect(record.disclosureText == Capture.emailDisclosure)
            #expect(record.source == .form)

            let forged: [String: Any] = ["channel": "email", "email": "bo@shopper.example", "disclosure_text": Capture.disclosure]
            #expect(try await app.capture(forged).status == .badRequest)
        }
    }

    @Test func aCheckboxWordingNeedsTheBoxTicked() async throws {
        try await withTestApp(stores: try Capture.stores(disclosure: Capture.checkboxDisclosure)) { app async throws in
            let unticked = try await app.capture(Capture.phoneBody(Self.phone, disclosure: Capture.checkboxDisclosure))
            #expect(unticked.status == .badRequest)
            #expect((try Commerce.json(unticked)["error"] as? [String: String])?["message"]?.hasPrefix("consent_checked:") == true)
            #expect(try await app.consentCount() == 0)
            let ticked = try await app.capture(
                Capture.phoneBody(Self.phone, disclosure: Capture.checkboxDisclosure, extra: ["consent_checked": true]))
            #expect(ticked.status == .ok)
            #expect(try await app.consents(Self.phone).count == 1)
        }
    }

    @Test func postsNamingOneAddressAreLimited() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            for _ in 0..<3 { #expect(try await app.capture(Capture.phoneBody(Self.phone)).status == .ok) }
            let limited = try await app.capture(Capture.phoneBody(Self.phone))
            #expect(limited.status == .tooManyRequests)
            #expect(Int(limited.headers[HTTPField.Name("Retry-After")!] ?? "") ?? 0 > 0)
            #expect(try await app.consents(Self.phone).count == 3)
            app.clock.advance(by: 3601)
            #expect(try await app.capture(Capture.phoneBody(Self.phone)).status == .ok)
        }
    }

    @Test func postsFromOneIPAreLimited() async throws {
        try await withTestApp(stores: try Capture.stores()) { app async throws in
            for index in 0..<20 {
                #expect(try await app.capture(Capture.phoneBody("+1312555\(1100 + index)")).status == .ok)
            }
            let limited = try await app.capture(Capture.phoneBody("+13125551199"))
            #expect(limited.status == .tooManyRequests)
            #expect(try await app.consentCount() == 20)
        }
    }
}
