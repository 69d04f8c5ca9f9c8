import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCore

/// The dashboard's page frame and HTML helpers: one self-contained document per page (inline CSS,
/// no scripts), served with headers that forbid framing, caching, scripts and foreign form targets.
enum DashboardHTML {
    /// Escapes text for HTML content and quoted attributes.
    static func escape(_ text: String) -> String {
        TemplateEscaping.escapeHTML(text)
    }

    /// A dashboard response: `text/html`, never cached, no scripts, no framing.
    static func response(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.xContentTypeOptions] = "nosniff"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A `303 See Other` to `location` (after a form post, so that reloading does not post again).
    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }

    /// The frame of a signed-in page: the store's name, the navigation, sign-out, the store's readiness
    /// banner (``StoreReadiness``), a notice, the content.
    static func page(
        title: String, store: StoreConfiguration, section: String, formToken: String, notice: Notice? = nil,
        refreshEvery seconds: Int? = nil, _ content: String
    ) -> String {
        let links = [
            ("overview", "Overview", "/dashboard/overview"), ("funnel", "Funnel", "/dashboard/funnel"),
            ("experiments", "Experiments", "/dashboard/experiments"),
            ("inbox", "Inbox", "/dashboard/inbox"),
            ("preview", "Assistant preview", "/dashboard/preview"),
        ]
        .map { key, label, href in
            "<a href=\"\(href)\"\(key == section ? " aria-current=\"page\"" : "")>\(escape(label))</a>"
        }.joined()
        let header = """
            <header><strong>Reclaim</strong> <span class="muted">· \(escape(store.name))</span>
            <nav>\(links)</nav>
            <form method="post" action="/dashboard/logout" class="inline">\(self.tokenField(formToken))
            <button type="submit" class="link">Sign out</button></form></header>
            """
        // What the store's configuration still lacks (StoreReadiness), on every page until it is fixed.
        let readiness = StoreReadiness(store).problems.map {
            "<p class=\"notice error readiness\" role=\"alert\">\(escape($0.message))</p>"
        }.joined()
        return self.document(
            title: "\(title) · \(store.name)", refreshEvery: seconds,
            header + "<main>\(readiness)\(notice?.html ?? "")\(content)</main>")
    }

    /// A whole document with the shared style sheet; reloaded every `seconds` when given.
    static func document(title: String, refreshEvery seconds: Int? = nil, _ body: String) -> String {
        let refresh = seconds.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">" } ?? ""
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8">\(refresh)
            <meta name="viewport" content="width=device-width,initial-scale=1"><title>\(escape(title))</title>
            <style>\(self.styleSheet)</style></head><body>\(body)</body></html>
            """
    }

    /// The hidden field every form carries (``DashboardSession/formToken(key:)``).
    static func tokenField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"form_token\" value=\"\(escape(token))\">"
    }

    /// A message shown at the top of the page after an action.
    struct Notice: Sendable {
        /// `ok` or `error`.
        var kind: String
        var text: String

        var html: String {
            "<p class=\"notice \(self.kind)\" role=\"\(self.kind == "error" ? "alert" : "status")\">\(DashboardHTML.escape(self.text))</p>"
        }
    }

    /// An instant in the store's time zone, e.g. `Dec 7, 14:05 EST`.
    static func time(_ date: Date, store: StoreConfiguration) -> String {
        var style = Date.FormatStyle(date: .abbreviated, time: .shortened, locale: Locale(identifier: "en_US"))
        style.timeZone = TimeZone(identifier: store.timezone) ?? .gmt
        return date.formatted(style) + " " + ((TimeZone(identifier: store.timezone) ?? .gmt).abbreviation(for: date) ?? "")
    }

    /// An amount in minor units, in the store's locale conventions (English).
    static func money(_ minor: Int, currency: String) -> String {
        MoneyFormatter(locale: .english).string(Money(minor: minor, currency: currency))
    }

    static let styleSheet = """
        *{box-sizing:border-box}body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2125;background:#f6f7f9}
        header{display:flex;gap:1.2rem;align-items:center;padding:.7rem 1.2rem;background:#1d2125;color:#fff}
        header nav{display:flex;gap:1rem;flex:1}header a{color:#cfd8e3;text-decoration:none}
        header a[aria-current]{color:#fff;font-weight:600}header .muted{color:#9aa5b1}
        main{max-width:72rem;margin:1.2rem auto;padding:0 1.2rem}h1{font-size:1.35rem;margin:.2rem 0 1rem}
        h2{font-size:1.05rem;margin:1.2rem 0 .5rem}table{border-collapse:collapse;width:100%;background:#fff}
        th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
        th{font-size:.8rem;text-transform:uppercase;color:#5b6570}a{color:#0b5cad}
        .badge{display:inline-block;padding:.05rem .45rem;border-radius:.6rem;font-size:.8rem;background:#e3e6ea}
        .badge.escalated{background:#fde2e1;color:#8a1c17}.badge.human{background:#fff1c2;color:#6b4e00}
        .badge.assistant{background:#dff3e4;color:#1f5f32}.muted{color:#5b6570}
        .tabs{display:flex;gap:.6rem;margin-bottom:.8rem}.tabs a{padding:.2rem .6rem;border-radius:.4rem}
        .tabs a[aria-current]{background:#1d2125;color:#fff;text-decoration:none}
        .columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2rem}
        @media (max-width:50rem){.columns{grid-template-columns:1fr}}
        .panel{background:#fff;border:1px solid #e3e6ea;border-radius:.5rem;padding:.8rem 1rem;margin-bottom:1rem}
        .turn{margin:.5rem 0;padding:.5rem .7rem;border-radius:.6rem;max-width:85%;white-space:pre-wrap}
        .turn.shopper{background:#eef1f4}.turn.assistant{background:#e4f0fb;margin-left:auto}
        .turn.agent{background:#fff1c2;margin-left:auto}.turn.system{background:none;color:#5b6570;font-style:italic;max-width:100%}
        .turn small{display:block;color:#5b6570;font-size:.75rem;margin-top:.2rem}
        textarea,input[type=text],input[type=password]{width:100%;font:inherit;padding:.45rem;border:1px solid #b9c1ca;border-radius:.35rem}
        button{font:inherit;padding:.4rem .9rem;border-radius:.35rem;border:1px solid #1d2125;background:#1d2125;color:#fff;cursor:pointer}
        button.secondary{background:#fff;color:#1d2125}button.link{background:none;border:none;color:#cfd8e3;padding:0}
        form.inline{display:inline}.actions{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap;margin-top:.6rem}
        .notice{padding:.6rem .8rem;border-radius:.4rem}.notice.ok{background:#dff3e4}.notice.error{background:#fde2e1}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}dt{color:#5b6570}dd{margin:0}
        .login{max-width:24rem;margin:5rem auto}label{display:block;margin:.6rem 0 .2rem;font-weight:600}
        form.range{display:flex;gap:.8rem;align-items:flex-end;flex-wrap:wrap}form.range label{margin-top:0}
        input[type=date]{font:inherit;padding:.4rem;border:1px solid #b9c1ca;border-radius:.35rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.8rem;margin-bottom:1rem}
        .card{background:#fff;border:1px solid #e3e6ea;border-radius:.5rem;padding:.7rem .9rem}
        .card dd strong{display:block;font-size:1.4rem}.card dd small{color:#5b6570}
        .scroll{overflow-x:auto}svg.chart{width:100%;height:12rem;display:block}svg.chart rect{fill:#0b5cad}svg.chart line{stroke:#5b6570}
        a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
        """
}
