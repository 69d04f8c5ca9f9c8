import Foundation
import Hummingbird
import ReclaimCore

/// The inbox API under `/api/v1/stores/{store}/conversations`, behind the store's API key: list the
/// conversations, open one with its cart, codes, consent and transcript, reply as a person (human
/// takeover), claim one without replying, and hand one back to the assistant.
///
/// | route | does |
/// |---|---|
/// | `GET conversations?status=&limit=&offset=` | newest first; masked phones |
/// | `GET conversations/{id}` | everything a person needs to answer |
/// | `POST conversations/{id}/messages` `{"text", "agent"}` | texts the shopper now; status `human` |
/// | `POST conversations/{id}/takeover` `{"agent"}` | status `human`, nothing sent |
/// | `POST conversations/{id}/handback` `{"resume_flow", "agent"}` | status `assistant`; journey resumes if asked |
struct ConversationsController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Reads conversations.
    let queries: InboxQueries
    /// Answers, takes over and hands back.
    let inbox: InboxService

    /// Largest page of the list.
    static let maxLimit = 100

    /// The routes, relative to `/api/v1/stores/:store`.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("conversations", use: self.list)
            .get("conversations/:id", use: self.show)
            .post("conversations/:id/messages", use: self.reply)
            .post("conversations/:id/takeover", use: self.takeOver)
            .post("conversations/:id/handback", use: self.handBack)
    }

    /// `POST …/messages` body.
    struct ReplyRequest: Decodable {
        var text: String
        var agent: String?
    }

    /// `POST …/takeover` body (optional).
    struct TakeOverRequest: Decodable {
        var agent: String?
    }

    /// `POST …/handback` body.
    struct HandBackRequest: Decodable {
        var resumeFlow: Bool
        var agent: String?
        enum CodingKeys: String, CodingKey {
            case resumeFlow = "resume_flow"
            case agent
        }
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> ConversationListResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let query = request.uri.queryParameters
        var status: ConversationStatus?
        if let raw = query["status"], !raw.isEmpty {
            guard let parsed = ConversationStatus(rawValue: String(raw)) else {
                throw APIError.invalidField("status", "expected one of assistant, escalated, human, closed")
            }
            status = parsed
        }
        let limit = try Self.integer(query["limit"], "limit", default: 50, in: 1...Self.maxLimit)
        let offset = try Self.integer(query["offset"], "offset", default: 0, in: 0...Int(Int32.max))
        let entries = try await self.queries.list(store: store, status: status, limit: limit, offset: offset)
        return ConversationListResponse(entries: entries, limit: limit, offset: offset)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> ConversationDetailResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let id = try context.parameters.require("id")
        let details = try await Self.mapping { try await self.queries.details(id: id, store: store) }
        return ConversationDetailResponse(details, now: self.clock.now())
    }

    @Sendable func reply(_ request: Request, context: AppRequestContext) async throws -> AgentReplyResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let id = try context.parameters.require("id")
        let body = try await Self.decode(ReplyRequest.self, request, context, requiring: "text")
        let agent = try Self.agent(body.agent)
        let key = CommerceWebhookSupport.header(request, "Idempotency-Key")
        if let key, key.utf8.count > 255 { throw APIError.invalidField("Idempotency-Key", "longer than 255 bytes") }
        let replied = try await Self.mapping {
            try await self.inbox.reply(to: id, text: body.text, agent: agent, requestKey: key, store: store)
        }
        return AgentReplyResponse(replied)
    }

    @Sendable func takeOver(_ request: Request, context: AppRequestContext) async throws -> TakeOverResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let id = try context.parameters.require("id")
        let body = try await Self.decodeOptional(TakeOverRequest.self, request, context)
        let agent = try Self.agent(body?.agent)
        let conversation = try await Self.mapping {
            try await self.inbox.takeOver(id, agent: agent, store: store)
        }
        return TakeOverResponse(conversation: ConversationBody(conversation))
    }

    @Sendable func handBack(_ request: Request, context: AppRequestContext) async throws -> HandBackResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let id = try context.parameters.require("id")
        let body = try await Self.decode(HandBackRequest.self, request, context, requiring: "resume_flow")
        let agent = try Self.agent(body.agent)
        let conversation = try await Self.mapping {
            try await self.inbox.handBack(id, resumeFlow: body.resumeFlow, agent: agent, store: store)
        }
        return HandBackResponse(conversation: ConversationBody(conversation), resumeFlow: body.resumeFlow)
    }
}
