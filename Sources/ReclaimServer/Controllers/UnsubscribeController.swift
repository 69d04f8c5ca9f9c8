import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCore
import ReclaimStore

/// `GET /u/{token}` shows the confirmation and preference page; `POST /u/{token}` unsubscribes:
/// the RFC 8058 one-click POST (`List-Unsubscribe=One-Click`) and the page's own form both stop email
/// at once; the form's `scope=all` stops texts too.
public struct UnsubscribeController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Unsubscribes.
    let unsubscribes: UnsubscribeService

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("u/:token", use: self.page)
            .post("u/:token", use: self.unsubscribe)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard let record = try await self.repositories.unsubscribes.resolve(token: token) else {
            return UnsubscribePage.html(status: .notFound, UnsubscribePage.unknown())
        }
        let brand = self.brand(of: record.storeID)
        return UnsubscribePage.html(status: .ok, UnsubscribePage.confirm(brand: brand, token: token, done: record.usedAt != nil))
    }

    @Sendable func unsubscribe(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let body = try await request.body.collect(upTo: 16 * 1024)
        let form = FormParameters(decoding: String(buffer: body))
        let scope: UnsubscribeService.Scope = form["scope"] == "all" ? .all : .email
        guard let record = try await self.unsubscribes.unsubscribe(token: token, scope: scope) else {
            return UnsubscribePage.html(status: .notFound, UnsubscribePage.unknown())
        }
        return UnsubscribePage.html(status: .ok, UnsubscribePage.done(brand: self.brand(of: record.storeID), scope: scope))
    }

    private func brand(of store: String) -> String {
        self.configuration.stores.first { $0.id == store }?.name ?? "this store"
    }
}

/// The small HTML pages of the unsubscribe flow, self-contained and readable on a phone.
enum UnsubscribePage {
    static func html(status: HTTPResponse.Status, _ body: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func document(_ title: String, _ content: String) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width,initial-scale=1"><title>\(escape(title))</title>
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}
        button{font-size:1rem;padding:.6rem 1rem;margin:.3rem 0;border-radius:.4rem;border:1px solid #888;background:#fff}
        button.primary{background:#222;color:#fff}</style></head><body>\(content)</body></html>
        """
    }

    static func confirm(brand: String, token: String, done: Bool) -> String {
        let note = done ? "<p>You are already unsubscribed from these emails.</p>" : ""
        return document(
            "Unsubscribe",
            """
            <h1>Unsubscribe from \(escape(brand))</h1>\(note)
            <p>Stop cart reminder emails from \(escape(brand))?</p>
            <form method="post"><input type="hidden" name="scope" value="email">
            <button class="primary" type="submit">Unsubscribe from emails</button></form>
            <form method="post"><input type="hidden" name="scope" value="all">
            <button type="submit">Stop emails and texts</button></form>
            <p><small>Keeping texts? Choose the first button; you can always reply STOP to a text.</small></p>
            """)
    }

    static func done(brand: String, scope: UnsubscribeService.Scope) -> String {
        let what = scope == .all ? "emails and texts" : "emails"
        return document(
            "Unsubscribed", "<h1>You're unsubscribed</h1><p>\(escape(brand)) will send you no more \(what) about your cart.</p>")
    }

    static func unknown() -> String {
        document("Link not found", "<h1>This link has expired</h1><p>To stop messages, reply STOP to a text or contact the store.</p>")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
