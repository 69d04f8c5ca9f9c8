import Foundation
import ReclaimCore

/// The script a store embeds for on-site capture (`GET /c/{store}/capture.js`): dependency-free JavaScript
/// that renders an accessible phone (and optional email) form with the store's full disclosure and posts it
/// to `POST /c/{store}`. docs/capture.md describes the script tag's data attributes.
///
/// ```html
/// <script async src="https://reclaim.example.com/c/northwind/capture.js" data-delay="10" data-cart="CART_TOKEN"></script>
/// ```
enum CaptureScript {
    /// What the script shows, from the store's `capture:` section: the only store-specific part.
    struct Settings: Encodable, Sendable {
        var brand: String
        var title: String
        var button: String
        var disclosure: String
        var act: String
        var terms: String
        var privacy: String
        var email: String?
    }

    /// The script for one store: the fixed code applied to the store's settings.
    static func render(_ store: StoreConfiguration, capture: StoreConfiguration.CaptureSection) throws -> String {
        let settings = Settings(
            brand: store.name, title: capture.title ?? "Get cart reminders by text", button: capture.button ?? "Sign up",
            disclosure: capture.disclosure ?? "", act: capture.act.rawValue, terms: capture.termsURL ?? "",
            privacy: capture.privacyURL ?? "", email: capture.emailDisclosure)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        return self.code + "(" + json + ");\n"
    }

    /// The code, its indentation dropped (the size budget is 10 KB with the settings).
    static let code: String = Self.source.split(separator: "\n", omittingEmptySubsequences: true)
        .map { $0.drop { $0 == " " } }.joined(separator: "\n")

    /// The readable source: `(function (c) { … })`, called with the settings.
    private static let source = #"""
        (function (c) {
          "use strict";
          var d = document, w = window, s = d.currentScript;
          if (w.ReclaimCapture || !s || !w.fetch) return;
          var data = s.dataset || {}, endpoint = s.src.replace(/\/capture\.js(\?.*)?$/, "");
          var cart = data.cart || null, root = null, opener = null, shown = false;

          function el(tag, attrs, text) {
            var e = d.createElement(tag);
            for (var k in attrs) e.setAttribute(k, attrs[k]);
            if (text) e.textContent = text;
            return e;
          }
          function add(parent) {
            for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
            return parent;
          }
          function style() {
            if (d.getElementById("rc-style")) return;
            add(d.head || d.body, el("style", { id: "rc-style" },
              ".rc-overlay{position:fixed;inset:0;background:rgba(0,0,0,.55);display:flex;align-items:center;" +
              "justify-content:center;z-index:2147483000}" +
              ".rc-box{background:#fff;color:#111;max-width:27rem;width:calc(100% - 2rem);padding:1.25rem 1.5rem;" +
              "border-radius:8px;font:16px/1.5 system-ui,sans-serif;position:relative;box-sizing:border-box}" +
              ".rc-box h2{font-size:1.3rem;margin:0 2rem .75rem 0}.rc-box label{display:block;font-weight:600}" +
              ".rc-box input[type=tel],.rc-box input[type=email]{width:100%;font:inherit;padding:.5rem;margin:.25rem 0 .75rem;" +
              "border:1px solid #555;border-radius:4px;box-sizing:border-box}" +
              ".rc-disc{font-size:.95rem;color:#111;margin:.5rem 0}.rc-check{display:flex;gap:.5rem;align-items:flex-start}" +
              ".rc-check input{margin-top:.3rem;width:1.1rem;height:1.1rem;flex:none}.rc-check label{font-weight:400}" +
              ".rc-err{color:#b00020;font-weight:600;min-height:1.2em;margin:.25rem 0}" +
              ".rc-box button[type=submit]{font:inherit;font-weight:600;padding:.6rem 1.2rem;border:0;border-radius:4px;" +
              "background:#111;color:#fff;cursor:pointer}.rc-links{font-size:.9rem;margin:.5rem 0 0}" +
              ".rc-close{position:absolute;top:.5rem;right:.5rem;font-size:1.5rem;line-height:1;background:none;border:0;" +
              "cursor:pointer;padding:.25rem .5rem}.rc-box :focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}" +
              ".rc-hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}"));
          }
          function close() {
            if (!root) return;
            d.removeEventListener("keydown", keys, true);
            root.parentNode.removeChild(root);
            root = null;
            if (opener && opener.focus) opener.focus();
          }
          function keys(e) {
            if (!root || root.className !== "rc-overlay") return;
            if (e.key === "Escape") { close(); return; }
            if (e.key !== "Tab") return;
            var f = root.querySelectorAll("a[href],button,input:not([tabindex='-1'])");
            var first = f[0], last = f[f.length - 1];
            if (e.shiftKey && d.activeElement === first) { last.focus(); e.preventDefault(); }
            else if (!e.shiftKey && d.activeElement === last) { first.focus(); e.preventDefault(); }
          }
          function links() {
            var p = el("p", { "class": "rc-links" });
            add(p, el("a", { href: c.terms, target: "_blank", rel: "noopener" }, "Terms"), d.createTextNode(" · "),
              el("a", { href: c.privacy, target: "_blank", rel: "noopener" }, "Privacy Policy"));
            return p;
          }
          function post(body, form, done) {
            var err = form.querySelector(".rc-err"), btn = form.querySelector("button[type=submit]");
            body.page_url = w.location.href;
            if (cart) body.cart_token = cart;
            body.website = form.querySelector(".rc-hp input").value;
            btn.disabled = true;
            function fail(message) {
              btn.disabled = false;
              err.textContent = message;
              var input = form.querySelector("input[type=tel],input[type=email]");
              input.setAttribute("aria-invalid", "true");
              input.focus();
            }
            w.fetch(endpoint, { method: "POST", mode: "cors", credentials: "omit", headers: { "Content-Type": "application/json" },
              body: JSON.stringify(body) }).then(function (r) {
              return r.json().catch(function () { return {}; }).then(function (j) {
                if (r.ok) done(); else fail((j.error && j.error.message) || "Something went wrong. Please try again.");
              });
            }, function () { fail("We could not reach the server. Please try again."); });
          }
          function form(kind) {
            var id = "rc-" + kind, f = el("form", { "class": "rc-form", novalidate: "", "aria-labelledby": "rc-title" });
            var field = el("input", kind === "phone"
              ? { id: id, name: "phone", type: "tel", inputmode: "tel", autocomplete: "tel", required: "" }
              : { id: id, name: "email", type: "email", inputmode: "email", autocomplete: "email", required: "" });
            var err = el("p", { id: "rc-error", "class": "rc-err", role: "alert", "aria-live": "assertive" });
            var text = kind === "phone" ? c.disclosure : c.email, box = null, disc;
            if (kind === "phone" && c.act === "checkbox") {
              box = el("input", { id: "rc-consent", name: "consent", type: "checkbox" });
              disc = add(el("div", { "class": "rc-check rc-disc" }), box, el("label", { "for": "rc-consent", id: "rc-disclosure" }, text));
            } else {
              disc = el("p", { id: "rc-disclosure", "class": "rc-disc" }, text);
            }
            field.setAttribute("aria-describedby", "rc-disclosure rc-error");
            var hp = add(el("div", { "class": "rc-hp", "aria-hidden": "true" }),
              add(el("label", {}, "Leave this field empty"), el("input", { name: "website", tabindex: "-1", autocomplete: "off" })));
            add(f, el("label", { "for": id }, kind === "phone" ? "Mobile phone number" : "Email address"), field, disc, hp, err,
              el("button", { type: "submit", id: "rc-submit" }, kind === "phone" ? c.button : "Continue"), kind === "phone" ? links() : null);
            f.addEventListener("submit", function (e) {
              e.preventDefault();
              var value = field.value.trim();
              field.removeAttribute("aria-invalid");
              if (!value) {
                err.textContent = kind === "phone" ? "Enter your mobile phone number." : "Enter your email address.";
                field.setAttribute("aria-invalid", "true");
                field.focus();
                return;
              }
              if (box && !box.checked) { err.textContent = "Tick the box to agree to receive texts."; box.focus(); return; }
              var body = { channel: kind === "phone" ? "sms" : "email", disclosure_text: text };
              body[kind === "phone" ? "phone" : "email"] = value;
              if (box) body.consent_checked = true;
              post(body, f, function () {
                if (kind === "email") { show("phone"); return; }
                var done = el("p", { id: "rc-done", role: "status" }, "Thanks! You are signed up for texts from " + c.brand + ".");
                f.parentNode.replaceChild(done, f);
                done.setAttribute("tabindex", "-1");
                done.focus();
              });
            });
            return f;
          }
          function show(kind) {
            var box = root.querySelector(".rc-box"), old = box.querySelector(".rc-form");
            var f = form(kind);
            if (old) box.replaceChild(f, old); else box.appendChild(f);
            f.querySelector("input").focus();
          }
          function open() {
            if (root || shown) return;
            shown = true;
            try { w.sessionStorage.setItem("rc-shown", "1"); } catch (e) { /* private mode */ }
            style();
            var target = data.target ? d.querySelector(data.target) : null;
            opener = d.activeElement;
            var box = el("div", target ? { "class": "rc-box" } : { "class": "rc-box", role: "dialog", "aria-modal": "true",
              "aria-labelledby": "rc-title" });
            add(box, el("h2", { id: "rc-title" }, c.title));
            if (!target) {
              var x = el("button", { type: "button", "class": "rc-close", "aria-label": "Close" }, "×");
              x.addEventListener("click", close);
              add(box, x);
            }
            root = target ? add(target, box) : add(d.body, add(el("div", { "class": "rc-overlay" }), box));
            if (!target) d.addEventListener("keydown", keys, true);
            show(c.email ? "email" : "phone");
          }
          w.ReclaimCapture = { open: function () { shown = false; open(); }, close: close, setCart: function (t) { cart = t || null; } };
          function start() {
            var seen = false;
            try { seen = w.sessionStorage.getItem("rc-shown") === "1"; } catch (e) { /* private mode */ }
            if (data.target) { open(); return; }
            if (seen || data.trigger === "manual") return;
            var delay = parseFloat(data.delay), exit = "exitIntent" in data;
            if (delay > 0) w.setTimeout(open, delay * 1000);
            if (exit) d.addEventListener("mouseout", function (e) { if (!e.relatedTarget && e.clientY <= 0) open(); });
            if (!(delay > 0) && !exit) open();
          }
          if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", start); else start();
        })
        """#
}
