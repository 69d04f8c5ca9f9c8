// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// Builds events from BigCommerce REST responses fetched per ``BigCommerceFetchPlan``.
public enum BigCommerceResponses {
    /// A cart snapshot from `GET /v3/carts/{id}` plus, when fetched, the checkout and customer.
    ///
    /// Recovery link: the cart's `redirect_urls.checkout_url` (then `cart_url`), else
    /// `{storefrontURL}/cart.php`. BigCommerce redirect URLs are **single use**: a link preview
    /// that follows the redirect spends it. Prefer minting one at click time with
    /// ``BigCommerceAPI/redirectURLs(storeHash:cartID:)``.
    /// - Parameters:
    ///   - cart: Body of `GET /v3/carts/{id}`.
    ///   - checkout: Body of `GET /v3/checkouts/{id}` (billing phone and names), or `nil` on 404.
    ///   - customers: Body of `GET /v3/customers?id:in=…`, or `nil`.
    ///   - storefrontURL: The store's site, for the fallback link.
    /// - Throws: a field error when the cart lacks an id, currency or prices.
    public static func cartSnapshot(
        cart: Data, checkout: Data? = nil, customers: Data? = nil, storefrontURL: String? = nil
    ) throws(CommerceError) -> CartSnapshot {
        let cart = try JSONPayload.decode(BigCommerceEnvelope<BigCommerceCart>.self, from: cart).data
        let checkout = try checkout.map { body throws(CommerceError) in
            try JSONPayload.decode(BigCommerceEnvelope<BigCommerceCheckout>.self, from: body).data
        }
        let customer = try customers.flatMap { body throws(CommerceError) in
            try JSONPayload.decode(BigCommerceEnvelope<[BigCommerceCustomer]>.self, from: body).data.first
        }
        guard let currency = cart.currency?.code.nonBlankValue else { throw .missingField("data.currency.code") }
        let items = try cart.items(currency: currency)
        let linesTotal = try AmountCheck.lines(items, path: "line_items")
        let amount = cart.cart_amount ?? cart.cart_amount_inc_tax ?? cart.base_amount
        let subtotal = try amount.map { value throws(CommerceError) in
            try MinorUnits.from(value, currency: currency, rounding: .halfUp, field: "data.cart_amount")
        }
        let billing = checkout?.billing_address
        let shipping = checkout?.consignments?.first?.shipping_address
        var fallbackURL: String?
        if let site = storefrontURL.nonBlank {
            fallbackURL = (site.hasSuffix("/") ? String(site.dropLast()) : site) + "/cart.php"
        }
        let customerID = cart.customer_id?.value
        return CartSnapshot(
            source: .bigcommerce, externalID: cart.id,
            platformCustomerID: customerID == "0" ? nil : customerID,
            contact: CommerceContact(
                phone: billing?.phone.nonBlank ?? shipping?.phone.nonBlank ?? customer?.phone,
                email: billing?.email.nonBlank ?? cart.email.nonBlank ?? customer?.email,
                firstName: billing?.first_name.nonBlank ?? customer?.first_name,
                lastName: billing?.last_name.nonBlank ?? customer?.last_name, locale: cart.locale),
            items: items, subtotal: Money(minor: subtotal ?? linesTotal, currency: currency),
            recoveryURL: cart.redirect_urls?.checkout_url.nonBlank ?? cart.redirect_urls?.cart_url.nonBlank
                ?? fallbackURL,
            shippingAddress: (shipping ?? billing)?.postalAddress,
            occurredAt: CommerceDates.iso8601(cart.created_time), updatedAt: CommerceDates.iso8601(cart.updated_time))
    }

    /// The event for an order from `GET /v2/orders/{id}` and, when fetched, its products.
    ///
    /// Incomplete (0), Refunded (4), Cancelled (5) and Declined (6) orders are not finished
    /// checkouts: ``CommerceEvent/ignored(reason:)``, so the cart's journey goes on.
    /// - Parameters:
    ///   - order: Body of `GET /v2/orders/{id}`.
    ///   - products: Body of `GET /v2/orders/{id}/products`, or `nil`.
    ///   - coupons: Body of `GET /v2/orders/{id}/coupons` (its `code`s become ``OrderSnapshot/discountCodes``), or `nil`.
    ///   - cartID: The cart id the webhook named (`store/cart/converted`), used when the order has none.
    public static func orderEvent(
        order: Data, products: Data? = nil, coupons: Data? = nil, cartID: String? = nil
    ) throws(CommerceError)
        -> CommerceEvent
    {
        let order = try JSONPayload.decode(BigCommerceOrder.self, from: order)
        if let status = order.status_id, BigCommerceOrder.notPlacedStatusIDs.contains(status) {
            return .ignored(reason: "order \(order.id.value) status \(order.status ?? String(status)) is not a placed order")
        }
        guard let currency = order.currency_code.nonBlank ?? order.default_currency_code.nonBlank else {
            throw .missingField("currency_code")
        }
        guard let totalText = order.total_inc_tax else { throw .missingField("total_inc_tax") }
        let total = try MinorUnits.parse(totalText, currency: currency, rounding: .halfUp, field: "total_inc_tax")
        let lines = try products.map { body throws(CommerceError) in
            try JSONPayload.decode([BigCommerceOrderProduct].self, from: body)
        }
        let codes = try coupons.map { body throws(CommerceError) in
            try JSONPayload.decode([BigCommerceOrderCoupon].self, from: body).compactMap { $0.code.nonBlank }
        }
        let paymentStatus = order.payment_status?.lowercased() ?? ""
        let paid =
            order.status_id.map { BigCommerceOrder.paidStatusIDs.contains($0) } == true
            || BigCommerceOrder.paidPaymentStatuses.contains(paymentStatus)
        let billing = order.billing_address
        let customerID = order.customer_id?.value
        return .orderPlaced(
            OrderSnapshot(
                source: .bigcommerce, externalID: order.id.value,
                cartExternalID: order.cart_id.nonBlank ?? cartID.nonBlank,
                platformCustomerID: customerID == "0" ? nil : customerID,
                contact: CommerceContact(
                    phone: billing?.phone, email: billing?.email, firstName: billing?.first_name,
                    lastName: billing?.last_name, locale: order.customer_locale),
                items: try self.orderItems(lines ?? [], currency: currency),
                total: Money(minor: total, currency: currency), discountCodes: codes ?? [], paid: paid,
                platformStatus: order.status ?? order.status_id.map(String.init),
                cancelled: false,
                shippingAddress: billing.map {
                    PostalAddress(
                        country: $0.country_iso2.nonBlank, province: $0.state.nonBlank, city: $0.city.nonBlank,
                        zip: $0.zip.nonBlank)
                },
                placedAt: CommerceDates.rfc2822(order.date_created)))
    }

    /// The cart id of `GET /v3/abandoned-carts/{token}`.
    public static func abandonedCartID(body: Data) throws(CommerceError) -> String {
        struct Payload: Decodable { var cart_id: String }
        return try JSONPayload.decode(BigCommerceEnvelope<Payload>.self, from: body).data.cart_id
    }

    /// The links of `POST /v3/carts/{id}/redirect_urls`: (`cart_url`, `checkout_url`).
    public static func redirectURLs(body: Data) throws(CommerceError) -> (cartURL: String, checkoutURL: String?) {
        struct Payload: Decodable {
            var cart_url: String
            var checkout_url: String?
        }
        let data = try JSONPayload.decode(BigCommerceEnvelope<Payload>.self, from: body).data
        return (data.cart_url, data.checkout_url)
    }

    static func orderItems(_ lines: [BigCommerceOrderProduct], currency: String) throws(CommerceError) -> [LineItem] {
        var items: [LineItem] = []
        for (index, line) in lines.enumerated() {
            let field = "[\(index)].price_inc_tax"
            guard let price = line.price_inc_tax ?? line.base_price else { throw .missingField(field) }
            let title = line.name_customer.nonBlank ?? line.name.nonBlank ?? "Item"
            let variant = (line.product_options ?? []).compactMap {
                $0.display_value.nonBlank ?? $0.display_value_customer.nonBlank
            }.joined(separator: " / ")
            items.append(
                LineItem(
                    productID: line.product_id?.value ?? line.sku.nonBlank ?? "custom:\(title)",
                    variantID: line.variant_id?.value, title: title, variantTitle: variant.isEmpty ? nil : variant,
                    quantity: try AmountCheck.quantity(line.quantity, field: "[\(index)].quantity"),
                    unitPrice: try MinorUnits.parse(price, currency: currency, rounding: .halfUp, field: field)))
        }
        _ = try AmountCheck.lines(items, path: "")
        return items
    }
}
