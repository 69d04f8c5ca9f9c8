@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ReclaimCore
import ReclaimStore

/// The merchant's web dashboard under `/dashboard`: sign-in with a store API key, the inbox
/// (conversations, human takeover, replies, hand-back) and the assistant preview box.
///
/// Pages are rendered on the server and work without scripts. Every form carries the session's form
/// token; every action goes through the same services as the JSON API (``InboxService``,
/// ``AssistantService``), so the dashboard can do nothing the API would refuse.
///
/// | route | does |
/// |---|---|
/// | `GET /dashboard/login`, `POST /dashboard/login` | sign in with one of the store's API keys |
/// | `POST /dashboard/logout` | sign out |
/// | `GET /dashboard/overview?from=&to=` | KPI cards and the daily chart (where signing in lands) |
/// | `GET /dashboard/funnel?from=&to=` | the funnel per flow step and per channel |
/// | `GET /dashboard/experiments?from=&to=` | the holdout and the flows' variants with their intervals |
/// | `GET /dashboard/inbox?status=` | conversations, those waiting for a person first by default |
/// | `GET /dashboard/inbox/{id}` | transcript, cart, codes, consent, journey; reply, take over, hand back |
/// | `POST /dashboard/inbox/{id}/reply`, `/takeover`, `/handback` | the inbox actions |
/// | `GET`/`POST /dashboard/preview` | what the assistant would answer, without sending |
struct DashboardController: Sendable {
    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Logger for sign-ins.
    let logger: Logger
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Reads conversations.
    let queries: InboxQueries
    /// Answers, takes over and hands back conversations.
    let inboxService: InboxService
    /// The stores' assistants, for the preview.
    let assistant: AssistantService
    /// The figures of the overview (the same as `GET …/stats`).
    let stats: StatsService
    let keys: DashboardKeys
    /// The stores' API keys, as the JSON API checks them; a sign-in presents one.
    let apiKeys: StoreAPIKeyMiddleware
    /// Wrong keys per address and overall, shared with the API; after too many the address waits
    /// (``KeyGuessThrottle``).
    let throttle: KeyGuessThrottle

    init(
        configuration: ReclaimConfiguration, clock: any WallClock, logger: Logger, throttle: KeyGuessThrottle,
        repositories: ReclaimRepositories, queries: InboxQueries, inboxService: InboxService, assistant: AssistantService,
        stats: StatsService
    ) {
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        self.throttle = throttle
        self.repositories = repositories
        self.queries = queries
        self.inboxService = inboxService
        self.assistant = assistant
        self.stats = stats
        self.keys = DashboardKeys(stores: configuration.stores)
        self.apiKeys = StoreAPIKeyMiddleware(stores: configuration.stores, throttle: throttle, clock: clock)
    }

    /// Routes anyone may reach: the entry point and sign-in.
    var publicEndpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get(use: self.home)
            .get("login", use: self.loginPage)
            .post("login", use: self.login)
    }

    /// Routes behind ``DashboardAuthMiddleware``.
    var signedInEndpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("logout", use: self.logout)
            .get("overview", use: self.overview)
            .get("funnel", use: self.funnel)
            .get("experiments", use: self.experiments)
            .get("inbox", use: self.inbox)
            .get("inbox/:id", use: self.conversation)
            .post("inbox/:id/reply", use: self.reply)
            .post("inbox/:id/takeover", use: self.takeOver)
            .post("inbox/:id/handback", use: self.handBack)
            .get("preview", use: self.previewPage)
            .post("preview", use: self.preview)
    }

    // MARK: Sign-in

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        DashboardHTML.redirect("/dashboard/overview")
    }

    @Sendable func loginPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        DashboardHTML.response(Self.loginDocument(error: nil))
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        let now = self.clock.now()
        let address = KeyGuessThrottle.client(
            peer: context.remoteAddress, forwardedFor: request.headers[KeyGuessThrottle.forwardedForHeader])
        let form = try await Self.form(request)
        let presented = form.nonBlank("api_key") ?? ""
        let apiKeys = self.apiKeys
        let verdict = await self.throttle.attempt(address, now: now) { apiKeys.store(holding: presented) }
        let opened: StoreID
        switch verdict {
        case .opened(let storeID):
            opened = storeID
        case .refused:
            self.logger.notice("dashboard sign-in refused", metadata: ["address": "\(address)"])
            return Self.refused()
        case .wait(let wait):
            self.logger.warning("dashboard sign-in throttled", metadata: ["address": "\(address)"])
            let minutes = Int((wait / 60).rounded(.up))
            var response = DashboardHTML.response(
                Self.loginDocument(
                    error: "Too many refused sign-ins from your address. Try again in \(minutes) "
                        + (minutes == 1 ? "minute." : "minutes.")), status: .tooManyRequests)
            response.headers[KeyGuessThrottle.retryAfterHeader] = KeyGuessThrottle.retryAfter(wait)
            return response
        }
        guard let store = self.configuration.store(opened), let key = self.keys.key(for: store.id) else {
            return Self.refused()
        }
        let session = DashboardSession.start(store: store.id, now: self.clock.now())
        self.logger.notice("dashboard sign-in", metadata: ["store": "\(store.id)"])
        let secure = self.configuration.server.baseURL.lowercased().hasPrefix("https://")
        return DashboardHTML.redirect(
            "/dashboard/overview", headers: DashboardCookies.set(session.cookieValue(key: key), secure: secure))
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            _ = try await self.signedIn(request, context, posting: true)
            return DashboardHTML.redirect("/dashboard/login", headers: DashboardCookies.clear())
        }
    }

    static func refused() -> Response {
        DashboardHTML.response(Self.loginDocument(error: "That key does not open a store's dashboard."), status: .unauthorized)
    }

    static func loginDocument(error: String?) -> String {
        let notice = error.map { DashboardHTML.Notice(kind: "error", text: $0).html } ?? ""
        return DashboardHTML.document(
            title: "Sign in · Reclaim",
            """
            <main class="login"><h1>Reclaim dashboard</h1>\(notice)
            <form method="post" action="/dashboard/login">
            <label for="api_key">Store API key</label>
            <input type="password" id="api_key" name="api_key" autocomplete="current-password" required>
            <p class="muted">One of the <code>api_keys</code> of your store in reclaim.yml.</p>
            <button type="submit">Sign in</button></form></main>
            """)
    }

    // MARK: Shared

    /// What a signed-in handler works with.
    struct SignedIn {
        var session: DashboardSession
        var store: StoreConfiguration
        var formToken: String
        /// The posted form, when the request was a post.
        var form: FormParameters
    }

    /// The session's store and, for a post, its form, whose token must match the session's.
    /// - Throws: 401 when the store is gone from the configuration, 403 for a missing or wrong token.
    func signedIn(_ request: Request, _ context: AppRequestContext, posting: Bool = false) async throws -> SignedIn {
        guard let session = context.dashboardSession, let key = self.keys.key(for: session.storeID),
            let store = self.configuration.store(session.storeID)
        else { throw APIError.unauthorized("sign in to the dashboard") }
        var form = FormParameters(decoding: "")
        if posting {
            form = try await Self.form(request)
            guard session.accepts(formToken: form["form_token"] ?? "", key: key) else {
                throw APIError(
                    .forbidden, code: "invalid_form_token", message: "form_token: missing or not this session's; reload the page")
            }
        }
        return SignedIn(session: session, store: store, formToken: session.formToken(key: key), form: form)
    }

    /// Runs a page handler; an ``APIError`` (a bad form token, a vanished store, a missing conversation)
    /// becomes an HTML page with its status instead of the API's JSON.
    static func guarded(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as APIError {
            let html = DashboardHTML.document(
                title: "\(error.status.code) · Reclaim",
                "<main class=\"login\"><h1>\(DashboardHTML.escape(error.status.reasonPhrase))</h1>"
                    + "<p>\(DashboardHTML.escape(error.message))</p><p>Nothing was changed.</p>"
                    + "<p><a href=\"/dashboard/inbox\">Back to the inbox</a></p></main>")
            return DashboardHTML.response(html, status: error.status)
        }
    }

    /// A form body of at most 64 KiB.
    static func form(_ request: Request) async throws -> FormParameters {
        let body = try await request.body.collect(upTo: 64 * 1024)
        return FormParameters(decoding: String(buffer: body))
    }
}
