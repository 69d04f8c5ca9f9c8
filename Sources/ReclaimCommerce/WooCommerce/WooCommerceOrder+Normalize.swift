import Foundation
import ReclaimCore

extension WooCommerceOrder {
    /// The buyer from the billing block (the only one with an email); shipping phone as fallback.
    var contact: CommerceContact {
        CommerceContact(
            phone: self.billing?.phone.nonBlank ?? self.shipping?.phone.nonBlank, email: self.billing?.email,
            firstName: self.billing?.first_name.nonBlank ?? self.shipping?.first_name.nonBlank,
            lastName: self.billing?.last_name.nonBlank ?? self.shipping?.last_name.nonBlank)
    }

    /// Lines priced from `subtotal` (before coupons) divided by quantity, half-up to the minor unit.
    func items() throws(CommerceError) -> [LineItem] {
        var items: [LineItem] = []
        for (index, line) in (self.line_items ?? []).enumerated() {
            let field = "line_items[\(index)].subtotal"
            guard let subtotalText = line.subtotal ?? line.total else { throw .missingField(field) }
            guard line.quantity > 0 else {
                throw .invalidField("line_items[\(index)].quantity", reason: "must be at least 1")
            }
            let quantity = try AmountCheck.quantity(line.quantity, field: "line_items[\(index)].quantity")
            let lineTotal = try MinorUnits.parse(subtotalText, currency: self.currency, rounding: .halfUp, field: field)
            // Within the bounds (|lineTotal| ≤ 10^13, quantity ≤ 10^6) none of this can overflow.
            let unit = (lineTotal * 2 + quantity) / (quantity * 2)
            let (title, variantTitle) = Self.titles(line)
            let variation = line.variation_id?.value
            items.append(
                LineItem(
                    productID: line.product_id?.value ?? line.sku.nonBlank ?? "custom:\(title)",
                    variantID: variation == "0" ? nil : variation, title: title, variantTitle: variantTitle,
                    quantity: quantity, unitPrice: unit, imageURL: line.image?.src.nonBlank))
        }
        _ = try AmountCheck.lines(items, path: "line_items")
        return items
    }

    /// Product title and variant title. WooCommerce names a variation line `Parent &ndash; Attr, Attr`;
    /// newer versions also send `parent_name`.
    static func titles(_ line: Line) -> (String, String?) {
        let name = HTMLEntities.decode(line.name ?? "")
        let attributes = (line.meta_data ?? []).filter { !($0.key ?? "_").hasPrefix("_") }
            .compactMap { ($0.display_value?.text ?? $0.value?.text).nonBlank }
        let isVariation = (line.variation_id?.value ?? "0") != "0"
        if let parent = line.parent_name.nonBlank {
            let suffix = name.hasPrefix(parent) ? String(name.dropFirst(parent.count)) : ""
            let variant = suffix.trimmingCharacters(in: CharacterSet(charactersIn: " –-")).nonBlankValue
            return (HTMLEntities.decode(parent), variant ?? (attributes.isEmpty ? nil : attributes.joined(separator: " / ")))
        }
        if isVariation, let range = name.range(of: " – ") {
            return (String(name[..<range.lowerBound]), String(name[range.upperBound...]).nonBlankValue)
        }
        return (name, isVariation && !attributes.isEmpty ? attributes.joined(separator: " / ") : nil)
    }

    /// The site root: from the parser's configuration, else from the order's own `_links.self`.
    func siteURL(configured: String?) -> String? {
        if let site = configured.nonBlank { return site.hasSuffix("/") ? site : site + "/" }
        guard let href = self._links?.selfLinks?.first?.href, let range = href.range(of: "/wp-json/") else { return nil }
        return String(href[..<range.lowerBound]) + "/"
    }

    /// `payment_url` when sent (and on one of `linkDomains`, when given); else WooCommerce's own order-pay
    /// link under the checkout page of the site (which must be on `linkDomains` too).
    func recoveryURL(siteURL: String?, checkoutPath: String, linkDomains: LinkDomains? = nil) -> String? {
        if let url = self.payment_url.nonBlank, linkDomains?.allows(url) ?? true { return url }
        guard let site = self.siteURL(configured: siteURL), linkDomains?.allows(site) ?? true else { return nil }
        let checkout = site + (checkoutPath.hasSuffix("/") ? checkoutPath : checkoutPath + "/")
        guard let key = self.order_key.nonBlank else { return checkout }
        return checkout + "order-pay/\(self.id.value)/?pay_for_order=true&key=\(key)"
    }
}

/// Decodes the HTML entities WooCommerce leaves in product names.
enum HTMLEntities {
    static let named: [String: String] = [
        "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#039;": "'", "&#39;": "'", "&apos;": "'",
        "&ndash;": "–", "&mdash;": "—", "&nbsp;": " ", "&#8211;": "–", "&#8212;": "—", "&#8217;": "’",
        "&#8216;": "‘", "&#8220;": "“", "&#8221;": "”", "&hellip;": "…", "&#8230;": "…",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in self.named where result.contains(entity) {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }
}
