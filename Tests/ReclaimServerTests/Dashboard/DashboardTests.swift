import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimCore
import Testing

@testable import ReclaimServer

/// The dashboard over HTTP: sign-in, sessions, form tokens, and the inbox pages' content.
@Suite struct DashboardTests {
    @Test func signInRefusesAWrongKeyAndGivesAStrictCookieForTheRightOne() async throws {
        try await InboxScenario.run { scenario in
            var merchant = DashboardClient(scenario.app.client)
            let refused = try await merchant.signIn(key: "rk_wrong")
            #expect(refused.status == .unauthorized)
            #expect(refused.headers[.setCookie] == nil)
            #expect(String(buffer: refused.body).contains("does not open"))
            #expect(merchant.cookie == nil)

            let accepted = try await merchant.signIn(key: Commerce.apiKey)
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/dashboard/overview")
            let cookie = try #require(accepted.headers[.setCookie])
            for attribute in ["HttpOnly", "SameSite=Strict", "Path=/dashboard"] { #expect(cookie.contains(attribute)) }
            let inbox = try await merchant.get("/dashboard/inbox")
            #expect(inbox.status == .ok)
            #expect(inbox.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(inbox.headers[.cacheControl] == "no-store")
        }
    }

    @Test func fiveRefusedKeysCloseTheSignInForFifteenMinutes() async throws {
        try await InboxScenario.run { scenario in
            var merchant = DashboardClient(scenario.app.client)
            for attempt in 1...5 {
                #expect(try await merchant.signIn(key: "rk_guess_\(attempt)").status == .unauthorized)
            }
            // Now even the right key is not checked.
            let closed = try await merchant.signIn(key: Commerce.apiKey)
            #expect(closed.status == .tooManyRequests)
            #expect(closed.headers[KeyGuessThrottle.retryAfterHeader] == "900")
            #expect(String(buffer: closed.body).contains("Try again in 15 minutes."))
            #expect(merchant.cookie == nil)
            scenario.app.clock.advance(by: 15 * 60)
            let accepted = try await merchant.signIn(key: Commerce.apiKey)
            #expect(accepted.status == .seeOther)
            #expect(try await merchant.get("/dashboard/inbox").status == .ok)
        }
    }

    @Test func pagesWithoutAValidSessionSendYouToSignIn() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            var merchant = DashboardClient(scenario.app.client)
            for path in ["/dashboard", "/dashboard/inbox", "/dashboard/inbox/\(id)", "/dashboard/preview"] {
                let response = try await merchant.get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location] == (path == "/dashboard" ? "/dashboard/overview" : "/dashboard/login"), "\(path)")
            }
            merchant.cookie = "reclaim_dashboard=v1.c3VtbWl0.9999999999.abc.AAAA"
            #expect(try await merchant.get("/dashboard/inbox").headers[.location] == "/dashboard/login")
            let posted = try await merchant.post("/dashboard/inbox/\(id)/takeover", [:], token: "anything")
            #expect(posted.status == .unauthorized)
            #expect(try await scenario.details(id)["conversation"].flatMap { ($0 as? [String: Any])?["status"] as? String } == "escalated")
        }
    }

    @Test func aSessionEndsAfterTwelveHours() async throws {
        try await InboxScenario.run { scenario in
            var merchant = DashboardClient(scenario.app.client)
            try await merchant.signIn(key: Commerce.apiKey)
            scenario.app.clock.advance(by: DashboardSession.lifetime - 60)
            #expect(try await merchant.get("/dashboard/inbox").status == .ok)
            scenario.app.clock.advance(by: 61)
            #expect(try await merchant.get("/dashboard/inbox").headers[.location] == "/dashboard/login")
        }
    }

    @Test func aFormWithoutTheSessionsTokenChangesNothing() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let textsBefore = await scenario.texts.count
            var merchant = DashboardClient(scenario.app.client)
            try await merchant.signIn(key: Commerce.apiKey)
            for token in [nil, "", "forged"] as [String?] {
                let response = try await merchant.post("/dashboard/inbox/\(id)/takeover", [:], token: token)
                #expect(response.status == .forbidden)
                let reply = try await merchant.post("/dashboard/inbox/\(id)/reply", ["text": "hello"], token: token)
                #expect(reply.status == .forbidden)
            }
            let status = try await scenario.details(id)["conversation"].flatMap { ($0 as? [String: Any])?["status"] as? String }
            #expect(status == "escalated")
            try await scenario.app.runJobs()
            #expect(await scenario.texts.count == textsBefore)

            let token = try #require(try await merchant.formToken())
            let taken = try await merchant.post("/dashboard/inbox/\(id)/takeover", ["agent": "Dana"], token: token)
            #expect(taken.status == .seeOther)
            #expect(taken.headers[.location] == "/dashboard/inbox/\(id)?done=taken_over")
            let after = try await scenario.details(id)["conversation"].flatMap { ($0 as? [String: Any])?["status"] as? String }
            #expect(after == "human")
        }
    }

    @Test func theConversationPageHasEverythingAPersonNeedsAndEscapesTheShoppersText() async throws {
        try await InboxScenario.run { scenario in
            try await scenario.shopperSays("<script>alert(1)</script> I want a refund & now")
            var merchant = DashboardClient(scenario.app.client)
            try await merchant.signIn(key: Commerce.apiKey)
            let list = String(buffer: try await merchant.get("/dashboard/inbox").body)
            #expect(list.contains("Needs a person (1)"))
            #expect(list.contains("All (1)"))
            #expect(list.contains("<meta http-equiv=\"refresh\" content=\"30\">"))
            #expect(list.contains("Ana"))
            #expect(!list.contains("<script>"))
            let listed = try Commerce.json(try await scenario.app.api(.get, "/conversations?status=escalated"))
            let id = try #require((listed["conversations"] as? [[String: Any]])?.first?["id"] as? String)

            let page = String(buffer: try await merchant.get("/dashboard/inbox/\(id)").body)
            #expect(!page.contains("<script>"))
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; I want a refund &amp; now"))
            #expect(page.contains("Switchback Tent"))
            #expect(page.contains("$299.00"))
            let code = try #require(
                try await scenario.details(id)["discounts"].flatMap { ($0 as? [[String: Any]])?.first?["code"] as? String })
            #expect(page.contains(code))
            #expect(page.contains("I agree to receive cart reminder texts from Summit Outfitters"))
            #expect(page.contains("203.0.113.7"))
            #expect(page.contains("Take over"))
            #expect(page.contains("Hand back to the assistant"))
        }
    }

    @Test func aRefusedReplySaysWhyKeepsTheDraftAndSendsNothing() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let textsBefore = await scenario.texts.count
            var merchant = DashboardClient(scenario.app.client)
            try await merchant.signIn(key: Commerce.apiKey)
            let token = try #require(try await merchant.formToken())
            let draft = "Please send 4111 1111 1111 1111 to confirm"
            let response = try await merchant.post("/dashboard/inbox/\(id)/reply", ["text": draft, "agent": "Dana"], token: token)
            #expect(response.status == .badRequest)
            let page = String(buffer: response.body)
            #expect(page.contains("payment card data"))
            #expect(page.contains(draft))
            try await scenario.app.runJobs()
            #expect(await scenario.texts.count == textsBefore)
            let unknown = try await merchant.get("/dashboard/inbox/nope")
            #expect(unknown.status == .notFound)
        }
    }

    @Test func thePreviewBoxAnswersWithoutSendingAnything() async throws {
        try await InboxScenario.run { scenario in
            var merchant = DashboardClient(scenario.app.client)
            try await merchant.signIn(key: Commerce.apiKey)
            let token = try #require(try await merchant.formToken(from: "/dashboard/preview"))
            let response = try await merchant.post(
                "/dashboard/preview", ["text": "is shipping included?", "cart": scenario.cartID], token: token)
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("id=\"preview-result\""))
            #expect(page.contains("<dd>shipping</dd>"))
            let missing = try await merchant.post("/dashboard/preview", ["text": "hi", "cart": "nope"], token: token)
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("No cart nope"))
            try await scenario.app.runJobs()
            #expect(await scenario.texts.count == 1)
            let listed = try Commerce.json(try await scenario.app.api(.get, "/conversations"))
            #expect((listed["conversations"] as? [[String: Any]])?.isEmpty == true)
        }
    }
}
