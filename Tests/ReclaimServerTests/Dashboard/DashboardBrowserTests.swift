import Foundation
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// The dashboard in a real headless Chromium: a merchant signs in (landing on the overview), answers an escalated shopper from
/// the inbox, hands the conversation back, previews the assistant and signs out.
///
/// Runs wherever chromedriver is installed, and always under CI (`CI` set), where a missing browser
/// fails the test instead of skipping it.
@Suite(.serialized) struct DashboardBrowserTests {
    static let enabled = HeadlessBrowser.isInstalled || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: enabled, "needs chromium and chromedriver (scripts/bootstrap installs them)"))
    func aMerchantAnswersAnEscalatedShopperFromTheInbox() async throws {
        try await InboxScenario.run { scenario in
            let id = try await scenario.escalate()
            let textsBefore = await scenario.texts.count
            let app = scenario.app
            try await LocalHTTPServer.run({ buildRouter(app.dependencies) }) { base in
                try await HeadlessBrowser.session { browser in
                    // Signed out: the inbox sends the browser to sign in; a wrong key is refused.
                    try await browser.go("\(base)/dashboard/inbox")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/login") == "\(base)/dashboard/login")
                    try await browser.type("#api_key", "rk_wrong")
                    try await browser.click("button[type=submit]")
                    #expect(try await browser.text(".notice.error").contains("does not open"))
                    try await browser.type("#api_key", Commerce.apiKey)
                    try await browser.click("button[type=submit]")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/overview") == "\(base)/dashboard/overview")
                    let cookie = try #require(try await browser.cookie("reclaim_dashboard"))
                    #expect(cookie["httpOnly"] as? Bool == true)
                    #expect(cookie["sameSite"] as? String == "Strict")

                    // Signing in lands on the overview: the KPI cards and the daily chart of the last 30 days.
                    #expect(try await browser.text("h1") == "Overview")
                    #expect(try await browser.text("#kpi-revenue-net").contains("Recovered revenue (net)"))
                    #expect(try await browser.text("#kpi-recovery-rate").contains("Recovery rate"))
                    #expect(try await browser.text("#kpi-opt-out-rate").contains("Opt-out rate"))
                    #expect(try await browser.has("svg.chart[role=img]"))
                    try await browser.go("\(base)/dashboard/overview?from=2026-03-01&to=2026-03-07")
                    #expect(try await browser.text("main").contains("2026-03-01 to 2026-03-07"))
                    try await browser.go("\(base)/dashboard/overview?from=nope")
                    #expect(try await browser.text("main").contains("from: expected a date"))
                    try await browser.go("\(base)/dashboard/overview")
                    try await browser.click("header a[href='/dashboard/funnel']")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/funnel") == "\(base)/dashboard/funnel")
                    #expect(try await browser.text("h1") == "Funnel")
                    #expect(try await browser.text("#by-step-title") == "Per flow step")
                    #expect(try await browser.text("#by-channel-title") == "Per channel")
                    try await browser.click("header a[href='/dashboard/experiments']")
                    #expect(try await browser.text("h1") == "Experiments")
                    #expect(try await browser.text("#holdout-sentence").hasPrefix("Not enough data"))
                    #expect(try await browser.text("#experiments").contains("No A/B test in this range"))
                    try await browser.click("header a[href='/dashboard/inbox']")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/inbox") == "\(base)/dashboard/inbox")

                    // The escalated conversation is listed first, with the shopper's words.
                    let rows = try await browser.text("tbody")
                    #expect(rows.contains("Ana"))
                    #expect(rows.contains("Needs a person"))
                    try await browser.click("tbody a")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/inbox/\(id)") == "\(base)/dashboard/inbox/\(id)")
                    let sidebar = try await browser.text("aside")
                    #expect(sidebar.contains("Switchback Tent"))
                    #expect(sidebar.contains("checkout_checkbox"))
                    #expect(try await browser.text("#transcript").contains("I want a refund"))

                    // A person replies: the conversation is theirs and the reply is queued.
                    try await browser.type("#reply-text", "Hi Ana, this is Dana. I have started your refund.")
                    try await browser.type("#reply-agent", "Dana")
                    try await browser.click("form[action$='/reply'] button[type=submit]")
                    #expect(try await browser.text(".notice.ok").contains("Reply sent"))
                    #expect(try await browser.text("h1").contains("With a person"))
                    #expect(try await browser.text("#transcript").contains("Dana (person)"))
                }
                try await app.advanceAndRun(2)  // the reply waits its turn behind the acknowledgement (1 segment/s)
                let texts = await scenario.texts
                #expect(texts.last?.body == "Hi Ana, this is Dana. I have started your refund.")
                #expect(texts.last?.to == InboxScenario.shopper)

                try await HeadlessBrowser.session { browser in
                    try await browser.go("\(base)/dashboard/login")
                    try await browser.type("#api_key", Commerce.apiKey)
                    try await browser.click("button[type=submit]")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/overview") == "\(base)/dashboard/overview")
                    try await browser.go("\(base)/dashboard/inbox/\(id)")
                    // Hand back, resuming the reminders.
                    try await browser.click("input[name=resume_flow]")
                    try await browser.click("form[action$='/handback'] button[type=submit]")
                    #expect(try await browser.text(".notice.ok").contains("The reminders resume"))
                    #expect(try await browser.text("h1").contains("Assistant"))
                    #expect(try await browser.text("div.panel.actions").contains("Take over"))

                    // The preview box, from the conversation's cart.
                    try await browser.click("a[href^='/dashboard/preview?cart=']")
                    try await browser.type("#preview-text", "i want to wait until payday")
                    try await browser.click("form[action='/dashboard/preview'] button[type=submit]")
                    let result = try await browser.text("#preview-result")
                    #expect(result.contains("defer"))
                    #expect(result.contains("pause"))

                    // Signing out ends the session.
                    try await browser.click("form[action='/dashboard/logout'] button")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/login") == "\(base)/dashboard/login")
                    try await browser.go("\(base)/dashboard/inbox")
                    #expect(try await browser.currentURL(becoming: "\(base)/dashboard/login") == "\(base)/dashboard/login")
                }
            }
            let status = try await scenario.details(id)["conversation"].flatMap { ($0 as? [String: Any])?["status"] as? String }
            #expect(status == "assistant")
            #expect(await scenario.texts.count == textsBefore + 1)
        }
    }
}
