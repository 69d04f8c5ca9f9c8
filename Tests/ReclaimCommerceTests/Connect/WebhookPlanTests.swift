import Foundation
import Testing

@testable import ReclaimCommerce

/// ``WebhookPlan``: keep a correct subscription, correct one of Reclaim's that is wrong, create what is missing,
/// never touch another app's.
@Suite struct WebhookPlanTests {
    static let url = "https://reclaim.example/webhooks/shopify/summit"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var existing: [WebhookSubscription]
        var expected: WebhookPlan.Action
        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        Case(name: "nothing yet", existing: [], expected: .create),
        Case(name: "right one", existing: [WebhookSubscription(id: "1", topic: "T", url: url)], expected: .keep),
        Case(name: "topic in another case", existing: [WebhookSubscription(id: "1", topic: "t", url: url)], expected: .keep),
        Case(
            name: "old host, same path",
            existing: [WebhookSubscription(id: "1", topic: "T", url: "https://old.example/webhooks/shopify/summit")], expected: .correct),
        Case(name: "inactive", existing: [WebhookSubscription(id: "1", topic: "T", url: url, active: false)], expected: .correct),
        Case(
            name: "wrong secret", existing: [WebhookSubscription(id: "1", topic: "T", url: url, secretMatches: false)], expected: .correct),
        Case(
            name: "another app's", existing: [WebhookSubscription(id: "1", topic: "T", url: "https://erp.example/hook")], expected: .create),
        Case(name: "another store's", existing: [WebhookSubscription(id: "1", topic: "T", url: url + "-eu")], expected: .create),
        Case(
            name: "a right one next to a wrong one",
            existing: [
                WebhookSubscription(id: "1", topic: "T", url: "https://old.example/webhooks/shopify/summit"),
                WebhookSubscription(id: "2", topic: "T", url: url),
            ], expected: .keep),
    ]

    @Test(arguments: cases) func plansOneTopic(_ test: Case) {
        let plan = WebhookPlan(wanted: ["T"], url: Self.url, existing: test.existing)
        #expect(plan.steps.map(\.action) == [test.expected])
        #expect(plan.changesSomething == (test.expected != .keep))
    }
}
