import Foundation
import ReclaimAssistant
import ReclaimCore

/// The dashboard's assistant preview box: type what a shopper might text, optionally about one of the
/// store's carts, and see the intent, the action, the reply and the facts it rests on. Nothing is sent.
struct PreviewPage {
    let store: StoreConfiguration
    let formToken: String

    private typealias H = DashboardHTML

    func render(cart: String, text: String, result: AssistantResponse?, error: String? = nil) -> String {
        let notice = error.map { DashboardHTML.Notice(kind: "error", text: $0) }
        let content = """
            <h1>Assistant preview</h1>
            <form method="post" action="/dashboard/preview" class="panel">\(H.tokenField(self.formToken))
            <label for="preview-text">What the shopper texts</label>
            <textarea id="preview-text" name="text" rows="2" maxlength="1600" required placeholder="does it come in blue?">\(H.escape(text))</textarea>
            <label for="preview-cart">Cart id (optional: a Reclaim id, or source:id such as shopify:123)</label>
            <input type="text" id="preview-cart" name="cart" value="\(H.escape(cart))">
            <div class="actions"><button type="submit">Preview</button>
            <span class="muted">Nothing is sent, stored or paused.</span></div></form>
            \(result.map(self.result) ?? "")
            """
        return H.page(title: "Assistant preview", store: self.store, section: "preview", formToken: self.formToken, notice: notice, content)
    }

    private func result(_ response: AssistantResponse) -> String {
        let intents = ([response.intent] + response.secondaryIntents).map(\.rawValue).joined(separator: ", ")
        let escalation = response.escalate ? "yes" + (response.escalationReason.map { " (\($0))" } ?? "") : "no"
        let engine = response.engine + (response.fallbackReason.map { " (fell back: \($0))" } ?? "")
        let rows = [
            ("Intent", intents), ("Action", response.action.rawValue), ("Escalate", escalation),
            ("Confidence", String(format: "%.2f", response.confidence)), ("Engine", engine),
            ("As stored", response.redactedText),
        ]
        let facts =
            response.facts.isEmpty
            ? "<p class=\"muted\">No store facts were needed.</p>"
            : "<ul>" + response.facts.map { "<li><code>\(H.escape($0.key))</code> \(H.escape($0.text))</li>" }.joined() + "</ul>"
        let reply =
            response.reply.isEmpty
            ? "<p class=\"muted\">No reply: a person answers.</p>"
            : "<div class=\"turn assistant\" id=\"preview-reply\">\(H.escape(response.reply))</div>"
        return """
            <section class="panel" aria-label="Preview result" id="preview-result"><h2>Reply</h2>\(reply)
            \(InboxPage.definitions(rows))<h2>Facts used</h2>\(facts)</section>
            """
    }
}
