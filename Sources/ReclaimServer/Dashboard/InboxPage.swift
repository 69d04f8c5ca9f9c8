import Foundation
import ReclaimCore

/// The inbox pages of the dashboard: the list of conversations and one conversation with everything a
/// person needs to answer (transcript, cart, codes, consent, journey) and the takeover, reply and
/// hand-back forms. Every value is escaped; text is shown as stored (card data already redacted).
struct InboxPage {
    let store: StoreConfiguration
    let formToken: String

    /// Conversations per page of the list.
    static let pageSize = 25
    /// How often the list reloads itself.
    static let refreshSeconds = 30

    private typealias H = DashboardHTML

    // MARK: List

    /// The list; `entries` may hold one more than a page, which means there is a next page.
    func list(
        entries: [InboxQueries.Entry], status: ConversationStatus?, page: Int, counts: [ConversationStatus: Int]
    ) -> String {
        let current = status?.rawValue ?? "all"
        let tabs = DashboardController.inboxFilters.map { filter -> String in
            let key = filter?.rawValue ?? "all"
            let count = filter.map { counts[$0] ?? 0 } ?? counts.values.saturatingSum()
            let label = (filter.map(Self.statusLabel) ?? "All") + " (\(count))"
            return "<a href=\"/dashboard/inbox?status=\(key)\"\(key == current ? " aria-current=\"page\"" : "")>\(H.escape(label))</a>"
        }.joined()
        let shown = entries.prefix(Self.pageSize)
        let rows = shown.map(self.row).joined()
        let table =
            shown.isEmpty
            ? "<p class=\"panel muted\">No conversations here.</p>"
            : """
            <table><thead><tr><th>Shopper</th><th>Status</th><th>Latest</th><th>Updated</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        var pager: [String] = []
        if page > 1 { pager.append("<a href=\"/dashboard/inbox?status=\(current)&amp;page=\(page - 1)\">Newer</a>") }
        if entries.count > Self.pageSize { pager.append("<a href=\"/dashboard/inbox?status=\(current)&amp;page=\(page + 1)\">Older</a>") }
        let content = """
            <h1>Inbox</h1><nav class="tabs" aria-label="Filter">\(tabs)</nav>\(table)
            <p class="actions">\(pager.joined(separator: " "))</p>
            """
        // The list reloads itself, so a new escalation shows up without a click (a conversation page does
        // not: it would lose a reply being typed).
        return H.page(
            title: "Inbox", store: self.store, section: "inbox", formToken: self.formToken,
            refreshEvery: Self.refreshSeconds, content)
    }

    private func row(_ entry: InboxQueries.Entry) -> String {
        let conversation = entry.conversation
        let name = [entry.contact?.firstName, entry.contact?.lastName].compactMap { $0 }.joined(separator: " ")
        let who = [name.isEmpty ? nil : name, entry.maskedPhone].compactMap { $0 }.joined(separator: " · ")
        let latest =
            entry.lastTurn.map { turn in
                "<span class=\"muted\">\(H.escape(Self.authorLabel(turn.author.rawValue, agent: turn.agent))):</span> "
                    + H.escape(Self.clip(turn.text, 90))
            } ?? ""
        let reason = conversation.escalationReason.map { "<br><small class=\"muted\">\(H.escape($0))</small>" } ?? ""
        return """
            <tr><td><a href="/dashboard/inbox/\(H.escape(DashboardController.pathSegment(conversation.id)))">\(H.escape(who.isEmpty ? "Shopper" : who))</a></td>
            <td>\(Self.badge(conversation.status.rawValue))\(reason)</td><td>\(latest)</td>
            <td>\(H.escape(H.time(conversation.updatedAt, store: self.store)))</td></tr>
            """
    }

    // MARK: Conversation

    /// One conversation.
    func detail(_ body: ConversationDetailResponse, notice: DashboardHTML.Notice?, draft: String, requestKey: String) -> String {
        let conversation = body.conversation
        let name = [body.contact?.firstName, body.contact?.lastName].compactMap { $0 }.joined(separator: " ")
        let heading = name.isEmpty ? "Conversation" : "Conversation with \(name)"
        let reason = conversation.escalationReason.map { " <span class=\"muted\">\(H.escape($0))</span>" } ?? ""
        let transcript = body.turns.isEmpty ? "<p class=\"muted\">No messages yet.</p>" : body.turns.map(self.turn).joined()
        let content = """
            <p><a href="/dashboard/inbox">← Inbox</a></p>
            <h1>\(H.escape(heading)) \(Self.badge(conversation.status))\(reason)</h1>
            <div class="columns"><section aria-label="Transcript"><div class="panel" id="transcript">\(transcript)</div>
            \(self.replyForm(conversation.id, draft: draft, requestKey: requestKey, optedOut: body.suppression.optedOut))
            \(self.controls(conversation))</section>
            <aside>\(self.shopperPanel(body))\(self.cartPanel(body))\(self.discountPanel(body))\(self.consentPanel(body))
            \(self.journeyPanel(body))</aside></div>
            """
        return H.page(title: heading, store: self.store, section: "inbox", formToken: self.formToken, notice: notice, content)
    }

    private func turn(_ turn: TurnBody) -> String {
        let meta = [
            Self.authorLabel(turn.author, agent: turn.agent), H.time(turn.createdAt, store: self.store),
            turn.intent.map { "intent \($0)" }, turn.action.map { "action \($0)" },
        ].compactMap { $0 }.joined(separator: " · ")
        return "<div class=\"turn \(H.escape(turn.author))\">\(H.escape(turn.text))<small>\(H.escape(meta))</small></div>"
    }

    private func replyForm(_ id: String, draft: String, requestKey: String, optedOut: Bool) -> String {
        if optedOut {
            return "<p class=\"panel muted\">This shopper opted out or cannot be texted; replies are off.</p>"
        }
        return """
            <form method="post" action="/dashboard/inbox/\(H.escape(DashboardController.pathSegment(id)))/reply" class="panel">
            \(H.tokenField(self.formToken))<input type="hidden" name="request_key" value="\(H.escape(requestKey))">
            <label for="reply-text">Reply as a person</label>
            <textarea id="reply-text" name="text" rows="3" maxlength="1600" required>\(H.escape(draft))</textarea>
            <label for="reply-agent">Your name</label>
            <input type="text" id="reply-agent" name="agent" maxlength="100" autocomplete="name">
            <p class="muted">Sending takes the conversation over: the assistant stays quiet until you hand it back.
            Never ask for card numbers; they are redacted.</p>
            <div class="actions"><button type="submit">Send text</button></div></form>
            """
    }

    private func controls(_ conversation: ConversationBody) -> String {
        let path = "/dashboard/inbox/\(H.escape(DashboardController.pathSegment(conversation.id)))"
        var forms: [String] = []
        if conversation.status != ConversationStatus.human.rawValue {
            forms.append(
                """
                <form method="post" action="\(path)/takeover">\(H.tokenField(self.formToken))
                <button type="submit" class="secondary">Take over</button></form>
                """)
        }
        if conversation.status == ConversationStatus.human.rawValue || conversation.status == ConversationStatus.escalated.rawValue {
            forms.append(
                """
                <form method="post" action="\(path)/handback">\(H.tokenField(self.formToken))
                <label class="inline"><input type="checkbox" name="resume_flow" value="yes"> resume the reminders</label>
                <button type="submit" class="secondary">Hand back to the assistant</button></form>
                """)
        }
        let preview =
            conversation.cartID.map {
                "<a href=\"/dashboard/preview?cart=\(H.escape(DashboardController.pathSegment($0)))\">Preview the assistant on this cart</a>"
            } ?? ""
        return "<div class=\"panel actions\">\(forms.joined())\(preview)</div>"
    }

    private func shopperPanel(_ body: ConversationDetailResponse) -> String {
        guard let contact = body.contact else { return "<div class=\"panel\"><h2>Shopper</h2><p class=\"muted\">Erased.</p></div>" }
        let rows = [
            ("Name", [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")),
            ("Phone", contact.phone ?? ""), ("Email", contact.email ?? ""), ("Language", contact.locale ?? ""),
            ("Texts", body.suppression.optedOut ? "off (\(body.suppression.reason ?? "opted out"))" : "allowed"),
        ]
        return "<div class=\"panel\"><h2>Shopper</h2>\(Self.definitions(rows))</div>"
    }

    private func cartPanel(_ body: ConversationDetailResponse) -> String {
        guard let cart = body.cart else { return "" }
        let items = cart.items.map { item in
            let variant = item.variantTitle.map { " — \($0)" } ?? ""
            return "<tr><td>\(H.escape(item.title + variant))</td><td>×\(item.quantity)</td>"
                + "<td>\(H.escape(Self.lineTotal(item, currency: cart.currency)))</td></tr>"
        }.joined()
        let link =
            cart.recoveryURL.map { "<p><a href=\"\(H.escape($0))\" rel=\"noreferrer\" target=\"_blank\">Checkout link</a></p>" } ?? ""
        return """
            <div class="panel"><h2>Cart <span class="badge">\(H.escape(cart.status))</span></h2>
            <table><tbody>\(items)<tr><th>Subtotal</th><td></td><th>\(H.escape(H.money(cart.subtotal, currency: cart.currency)))</th></tr></tbody></table>
            \(link)</div>
            """
    }

    /// `price × quantity` as money; a stored line whose product would overflow (it predates the
    /// parsers' bounds) shows a dash instead of stopping the process.
    static func lineTotal(_ item: CartResponse.Item, currency: String) -> String {
        guard let total = AmountLimits.lineTotal(unitPrice: item.price, quantity: item.quantity) else { return "—" }
        return H.money(total, currency: currency)
    }

    private func discountPanel(_ body: ConversationDetailResponse) -> String {
        guard !body.discounts.isEmpty else { return "" }
        let currency = body.cart?.currency ?? self.store.currency
        let rows = body.discounts.map { discount in
            let value =
                switch discount.type {
                case "percent": "\(discount.value)% off"
                case "fixed_amount": "\(H.money(discount.value, currency: currency)) off"
                default: "free shipping"
                }
            return "<tr><td><code>\(H.escape(discount.code))</code></td><td>\(H.escape(value))</td>"
                + "<td>\(H.escape(discount.state))</td><td>\(H.escape(H.time(discount.expiresAt, store: self.store)))</td></tr>"
        }.joined()
        return """
            <div class="panel"><h2>Codes issued</h2><table><thead><tr><th>Code</th><th>Value</th><th>State</th><th>Expires</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    private func consentPanel(_ body: ConversationDetailResponse) -> String {
        guard let consent = body.consent else {
            return "<div class=\"panel\"><h2>SMS consent</h2><p class=\"muted\">No consent record for this number.</p></div>"
        }
        let rows = [
            ("Kind", consent.kind.replacingOccurrences(of: "_", with: " ")), ("Source", consent.source),
            ("When", H.time(consent.occurredAt, store: self.store)), ("IP", consent.ip ?? ""),
            ("Wording", consent.disclosureText ?? ""),
        ]
        return "<div class=\"panel\"><h2>SMS consent</h2>\(Self.definitions(rows))</div>"
    }

    private func journeyPanel(_ body: ConversationDetailResponse) -> String {
        guard let journey = body.journey else { return "" }
        let rows = [("Flow", journey.flow), ("State", journey.state), ("Why", journey.reason ?? "")]
        return "<div class=\"panel\"><h2>Reminders</h2>\(Self.definitions(rows))</div>"
    }

    // MARK: Helpers

    /// The notice shown after a successful action, by its `done=` key.
    static func doneNotice(_ key: String) -> DashboardHTML.Notice? {
        let text: String? =
            switch key {
            case "reply_sent": "Reply sent. You have the conversation; the assistant stays quiet until you hand it back."
            case "reply_held": "Reply queued: it goes out when the shopper's quiet hours end."
            case "taken_over": "You have the conversation. The assistant stays quiet and the reminders stay paused."
            case "handed_back": "Handed back to the assistant. The reminders stay paused."
            case "handed_back_resumed": "Handed back to the assistant. The reminders resume."
            default: nil
            }
        return text.map { DashboardHTML.Notice(kind: "ok", text: $0) }
    }

    /// Why an inbox action was refused, for the person who tried it.
    static func explain(_ error: InboxError) -> String {
        switch error {
        case .notFound: "This conversation no longer exists."
        case .invalidText(let problem): "Not sent: \(problem)."
        case .optedOut(let why): "Not sent: the shopper cannot be texted (\(why))."
        case .blocked(let reasons): "Not sent: " + reasons.map(\.message).joined(separator: "; ")
        case .noPhone: "Not sent: the shopper has no phone number on file (erased?)."
        case .notWithAPerson(let status): "Only a conversation with a person can be handed back; this one is \(status.rawValue)."
        }
    }

    static func statusLabel(_ status: ConversationStatus) -> String {
        switch status {
        case .escalated: "Needs a person"
        case .human: "With a person"
        case .assistant: "Assistant"
        case .closed: "Closed"
        }
    }

    static func badge(_ status: String) -> String {
        let label = ConversationStatus(rawValue: status).map(Self.statusLabel) ?? status
        return "<span class=\"badge \(H.escape(status))\">\(H.escape(label))</span>"
    }

    static func authorLabel(_ author: String, agent: String?) -> String {
        switch author {
        case "shopper": "Shopper"
        case "assistant": "Assistant"
        case "agent": agent.map { "\($0) (person)" } ?? "Person"
        default: "Note"
        }
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    static func definitions(_ rows: [(String, String)]) -> String {
        "<dl>" + rows.filter { !$0.1.isEmpty }.map { "<dt>\(H.escape($0.0))</dt><dd>\(H.escape($0.1))</dd>" }.joined() + "</dl>"
    }
}
