import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// On-site capture in a real headless Chromium: a store's page, served from another origin (one of the store's
/// `capture.origins`), embeds `capture.js`; the shopper gives an email, then a phone (a wrong one first, and reads
/// the error), and both consents are recorded with every field, the phone tied to the page's cart.
///
/// Runs wherever chromedriver is installed, and always under CI (`CI` set), where a missing browser fails the test.
@Suite(.serialized) struct CaptureBrowserTests {
    static let enabled = HeadlessBrowser.isInstalled || ProcessInfo.processInfo.environment["CI"] != nil

    /// The store's page: a product and the capture script of the Reclaim server on `port`, with the page's cart.
    static func pageRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("shop") { request, _ -> Response in
            let port = request.uri.queryParameters.get("port") ?? "0"
            let html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summit Outfitters</title></head>
                <body><h1>Switchback Tent</h1><p>A two-person tent.</p>
                <script async src="http://127.0.0.1:\(port)/c/\(Commerce.store)/capture.js" data-cart="cart-browser"></script>
                </body></html>
                """
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        }
        return router
    }

    /// The text of `selector` once it is not empty (up to 5 s).
    static func text(_ browser: HeadlessBrowser, _ selector: String) async throws -> String {
        var text = try await browser.text(selector)
        for _ in 0..<50 where text.isEmpty {
            try await Task.sleep(for: .milliseconds(100))
            text = try await browser.text(selector)
        }
        return text
    }

    @Test(.enabled(if: enabled, "needs chromium and chromedriver (scripts/bootstrap installs them)"))
    func aShopperSignsUpOnTheStoresPageAndTheConsentIsRecordedWithEveryField() async throws {
        try await LocalHTTPServer.run(Self.pageRouter) { pageBase in
            try await withTestApp(stores: try Capture.stores(origins: [Capture.origin, pageBase])) { app async throws in
                // Given a cart whose shopper gave only an email so far
                #expect(try await app.event("cart.updated", cartData("cart-browser", phone: nil)).status == .ok)
                let page = try await LocalHTTPServer.run({ buildRouter(app.dependencies) }) { reclaimBase in
                    try await HeadlessBrowser.session { browser in
                        let port = reclaimBase.split(separator: ":").last.map(String.init) ?? ""
                        let page = "\(pageBase)/shop?port=\(port)"
                        try await browser.go(page)

                        // The email step first, then the phone step on its own with the full disclosure.
                        #expect(try await browser.text("[role=dialog] #rc-title") == "Get cart reminders by text")
                        #expect(try await browser.text("#rc-disclosure") == Capture.emailDisclosure)
                        try await browser.type("#rc-email", "ana@shopper.example")
                        try await browser.click("#rc-submit")
                        #expect(try await browser.has("#rc-phone"))
                        #expect(try await browser.text("#rc-disclosure") == Capture.disclosure)
                        #expect(try await browser.text(".rc-links").contains("Privacy Policy"))

                        // A number that cannot be texted: the server's reason is announced.
                        try await browser.type("#rc-phone", "12")
                        try await browser.click("#rc-submit")
                        #expect(try await Self.text(browser, "#rc-error").hasPrefix("phone:"))

                        try await browser.type("#rc-phone", "(312) 555-0142")
                        try await browser.click("#rc-submit")
                        #expect(try await browser.text("#rc-done").contains("Summit Outfitters"))
                        return page
                    }
                }

                // Then both consents are recorded with every field
                let sms = try #require(try await app.consents("+13125550142").first)
                #expect(sms.kind == .expressWritten)
                #expect(sms.source == .form)
                #expect(sms.disclosureText == Capture.disclosure)
                #expect(sms.disclosureHash != nil)
                #expect(sms.ip == "127.0.0.1")
                #expect(sms.userAgent?.contains("Chrome") == true)
                #expect(sms.pageURL == page)
                #expect(sms.occurredAt == app.clock.now())
                let email = try #require(try await app.consents("ana@shopper.example", channel: .email).first)
                #expect(email.disclosureText == Capture.emailDisclosure)
                #expect(email.pageURL == page)
                // and the phone joined the page's cart.
                let cart = try #require(try await app.repositories.carts.find(storeID: Commerce.store, key: "cart-browser"))
                #expect(cart.contactID == sms.contactID)
                #expect(try await app.consentCount() == 2)
            }
        }
    }
}
