import Foundation
import Hummingbird
import ReclaimCore
import ReclaimStore

extension DashboardController {
    /// Filters of the inbox list, in tab order; `nil` is every conversation.
    static let inboxFilters: [ConversationStatus?] = [.escalated, .human, .assistant, nil]

    @Sendable func inbox(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context)
            let raw = request.uri.queryParameters["status"].map(String.init)
            let status: ConversationStatus?
            switch raw {
            case nil: status = .escalated
            case "all": status = nil
            case let value?:
                guard let parsed = ConversationStatus(rawValue: value) else {
                    throw APIError.invalidField("status", "expected one of escalated, human, assistant, closed, all")
                }
                status = parsed
            }
            let page = try ConversationsController.integer(
                request.uri.queryParameters["page"], "page", default: 1, in: 1...100_000)
            let entries = try await self.queries.list(
                store: signedIn.store, status: status, limit: InboxPage.pageSize + 1, offset: (page - 1) * InboxPage.pageSize)
            let counts = try await self.repositories.conversations.countByStatus(storeID: signedIn.store.id)
            let html = InboxPage(store: signedIn.store, formToken: signedIn.formToken).list(
                entries: entries, status: status, page: page, counts: counts)
            return DashboardHTML.response(html)
        }
    }

    @Sendable func conversation(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context)
            let id = try context.parameters.require("id")
            let notice = request.uri.queryParameters["done"].flatMap { InboxPage.doneNotice(String($0)) }
            return try await self.conversationPage(id, signedIn, notice: notice)
        }
    }

    @Sendable func reply(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context, posting: true)
            let id = try context.parameters.require("id")
            let text = signedIn.form["text"] ?? ""
            do {
                let agent = try ConversationsController.agent(signedIn.form["agent"])
                // The form's token is unique per rendering of the page: a double submit sends once.
                let requestKey = signedIn.form["request_key"].flatMap { $0.utf8.count <= 64 ? $0 : nil }
                let replied = try await self.inboxService.reply(
                    to: id, text: text, agent: agent, requestKey: requestKey, store: signedIn.store)
                let now = self.clock.now()
                let done = replied.sendAt > now.addingTimeInterval(1) ? "reply_held" : "reply_sent"
                return DashboardHTML.redirect("/dashboard/inbox/\(Self.pathSegment(id))?done=\(done)")
            } catch let error as InboxError {
                if case .notFound = error { throw ConversationsController.apiError(error) }
                return try await self.conversationPage(
                    id, signedIn, notice: .init(kind: "error", text: InboxPage.explain(error)), draft: text,
                    status: ConversationsController.apiError(error).status)
            } catch let error as APIError where error.status == .badRequest {
                return try await self.conversationPage(
                    id, signedIn, notice: .init(kind: "error", text: error.message), draft: text, status: .badRequest)
            }
        }
    }

    @Sendable func takeOver(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context, posting: true)
            let id = try context.parameters.require("id")
            let agent = try ConversationsController.agent(signedIn.form["agent"])
            _ = try await ConversationsController.mapping {
                try await self.inboxService.takeOver(id, agent: agent, store: signedIn.store)
            }
            return DashboardHTML.redirect("/dashboard/inbox/\(Self.pathSegment(id))?done=taken_over")
        }
    }

    @Sendable func handBack(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context, posting: true)
            let id = try context.parameters.require("id")
            let agent = try ConversationsController.agent(signedIn.form["agent"])
            let resume = signedIn.form["resume_flow"] == "yes"
            do {
                _ = try await self.inboxService.handBack(id, resumeFlow: resume, agent: agent, store: signedIn.store)
            } catch let error as InboxError {
                if case .notFound = error { throw ConversationsController.apiError(error) }
                return try await self.conversationPage(
                    id, signedIn, notice: .init(kind: "error", text: InboxPage.explain(error)), status: .conflict)
            }
            return DashboardHTML.redirect(
                "/dashboard/inbox/\(Self.pathSegment(id))?done=\(resume ? "handed_back_resumed" : "handed_back")")
        }
    }

    /// The conversation page, with an optional notice and the reply box refilled after a refusal.
    func conversationPage(
        _ id: String, _ signedIn: SignedIn, notice: DashboardHTML.Notice?, draft: String = "",
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let details = try await ConversationsController.mapping {
            try await self.queries.details(id: id, store: signedIn.store)
        }
        let now = self.clock.now()
        let body = ConversationDetailResponse(details, now: now)
        let html = InboxPage(store: signedIn.store, formToken: signedIn.formToken).detail(
            body, notice: notice, draft: draft, requestKey: TimeOrderedID.make(at: now))
        return DashboardHTML.response(html, status: status)
    }

    /// `id` made safe for a path segment.
    static func pathSegment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? id
    }
}
