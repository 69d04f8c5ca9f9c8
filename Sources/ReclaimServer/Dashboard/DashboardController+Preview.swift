import Foundation
import Hummingbird
import ReclaimCore
import ReclaimStore

extension DashboardController {
    @Sendable func previewPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context)
            let cart = request.uri.queryParameters["cart"].map(String.init) ?? ""
            let html = PreviewPage(store: signedIn.store, formToken: signedIn.formToken).render(cart: cart, text: "", result: nil)
            return DashboardHTML.response(html)
        }
    }

    /// Runs the assistant on the typed reply, against a stored cart when one is named; nothing is sent,
    /// stored or paused (the same call as `POST …/assistant/preview`).
    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context, posting: true)
            let page = PreviewPage(store: signedIn.store, formToken: signedIn.formToken)
            let cartKey = signedIn.form.nonBlank("cart") ?? ""
            guard let text = signedIn.form.nonBlank("text") else {
                return DashboardHTML.response(
                    page.render(cart: cartKey, text: "", result: nil, error: "Type a shopper's reply to preview."),
                    status: .badRequest)
            }
            var cart: Cart?
            var contact: Contact?
            if !cartKey.isEmpty {
                guard
                    let stored = try await AssistantController.storedCart(
                        cartKey, store: signedIn.store, self.repositories)
                else {
                    return DashboardHTML.response(
                        page.render(cart: cartKey, text: text, result: nil, error: "No cart \(cartKey) in this store."),
                        status: .notFound)
                }
                (cart, contact) = (stored.cart, stored.contact)
            }
            let response = try await self.assistant.respond(
                to: text, cart: cart, contact: contact, store: signedIn.store)
            return DashboardHTML.response(page.render(cart: cartKey, text: text, result: response))
        }
    }
}
