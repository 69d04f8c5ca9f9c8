import Foundation
import ReclaimCore

extension GenericEventParser {
    /// `cart.updated` / `checkout.started`.
    static func cart(_ data: [String: JSONNode], occurredAt: Date?, reader: FieldReader) -> CartSnapshot? {
        let cartID = reader.identifier(data, "cart_id", at: "data.cart_id", required: true)
        let contact = self.contact(data, at: "data.contact", required: true, reader: reader)
        let items = self.items(data, at: "data.items", required: true, reader: reader)
        let subtotal = reader.money(data, "subtotal", at: "data.subtotal")
        let currency = reader.currency(data, "currency", at: "data.currency")
        let recoveryURL = reader.url(data, "recovery_url", at: "data.recovery_url")
        let address = self.address(data, at: "data.shipping_address", reader: reader)
        let ip = reader.string(data, "ip", at: "data.ip")
        let userAgent = reader.string(data, "user_agent", at: "data.user_agent")
        guard let cartID, let contact, let items, let currency, reader.errors.isEmpty else { return nil }
        return CartSnapshot(
            source: .events, externalID: cartID, contact: contact, items: items,
            subtotal: Money(minor: subtotal ?? AmountLimits.subtotal(items) ?? 0, currency: currency),
            recoveryURL: recoveryURL, shippingAddress: address, ip: ip, userAgent: userAgent, occurredAt: occurredAt,
            updatedAt: occurredAt)
    }

    /// `order.placed`.
    static func order(_ data: [String: JSONNode], occurredAt: Date?, reader: FieldReader) -> OrderSnapshot? {
        let orderID = reader.identifier(data, "order_id", at: "data.order_id", required: true)
        let cartID = reader.identifier(data, "cart_id", at: "data.cart_id")
        let contact = self.contact(data, at: "data.contact", required: false, reader: reader)
        let items = self.items(data, at: "data.items", required: false, reader: reader)
        let total = reader.money(data, "total", at: "data.total", required: true)
        let currency = reader.currency(data, "currency", at: "data.currency")
        let codes = reader.strings(data, "discount_codes", at: "data.discount_codes")
        let paid = reader.bool(data, "paid", at: "data.paid")
        if cartID == nil, reader.member(data, "cart_id") == nil, reader.member(data, "contact") == nil {
            reader.fail("data.contact", "phone or email is required when cart_id is absent")
        }
        guard let orderID, let total, let currency else { return nil }
        return OrderSnapshot(
            source: .events, externalID: orderID, cartExternalID: cartID, contact: contact ?? CommerceContact(),
            items: items ?? [], total: Money(minor: total, currency: currency), discountCodes: codes,
            paid: paid ?? true, placedAt: occurredAt)
    }

    /// `contact` {phone, email, first_name, last_name, locale}; phone or email required.
    static func contact(
        _ data: [String: JSONNode], at path: String, required: Bool, reader: FieldReader
    )
        -> CommerceContact?
    {
        guard let object = reader.object(data, "contact", at: path, required: required) else { return nil }
        let phone = reader.string(object, "phone", at: "\(path).phone")
        let email = reader.string(object, "email", at: "\(path).email")
        if let email, !email.contains("@") { reader.fail("\(path).email", "not an email address: \"\(email)\"") }
        if phone == nil, email == nil, reader.member(object, "phone") == nil, reader.member(object, "email") == nil {
            reader.fail(path, "phone or email is required")
        }
        return CommerceContact(
            phone: phone, email: email, firstName: reader.string(object, "first_name", at: "\(path).first_name"),
            lastName: reader.string(object, "last_name", at: "\(path).last_name"),
            locale: reader.string(object, "locale", at: "\(path).locale"))
    }

    /// `items` [{product_id, variant_id, title, variant_title, quantity, price, image_url}].
    static func items(_ data: [String: JSONNode], at path: String, required: Bool, reader: FieldReader) -> [LineItem]? {
        guard let elements = reader.array(data, "items", at: path, required: required) else { return nil }
        var items: [LineItem] = []
        var complete = true
        for (index, element) in elements.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard case .object(let item) = element else {
                reader.fail(itemPath, "expected an object, got \(element.kindName)")
                complete = false
                continue
            }
            let productID = reader.identifier(item, "product_id", at: "\(itemPath).product_id", required: true)
            let variantID = reader.identifier(item, "variant_id", at: "\(itemPath).variant_id")
            let title = reader.string(item, "title", at: "\(itemPath).title", required: true)
            let variantTitle = reader.string(item, "variant_title", at: "\(itemPath).variant_title")
            let quantity = reader.quantity(item, "quantity", at: "\(itemPath).quantity")
            let price = reader.money(item, "price", at: "\(itemPath).price", required: true)
            let imageURL = reader.url(item, "image_url", at: "\(itemPath).image_url")
            guard let productID, let title, let quantity, let price else {
                complete = false
                continue
            }
            guard AmountLimits.lineTotal(unitPrice: price, quantity: quantity) != nil else {
                reader.fail(itemPath, "price × quantity is out of range: more than \(AmountLimits.maxMinorUnits) minor units")
                complete = false
                continue
            }
            items.append(
                LineItem(
                    productID: productID, variantID: variantID, title: title, variantTitle: variantTitle,
                    quantity: quantity, unitPrice: price, imageURL: imageURL))
        }
        guard complete else { return nil }
        if AmountLimits.subtotal(items) == nil {
            reader.fail(path, "the items add up to more than \(AmountLimits.maxMinorUnits) minor units")
            return nil
        }
        return items
    }

    /// `shipping_address` {country, province, city, zip}.
    static func address(_ data: [String: JSONNode], at path: String, reader: FieldReader) -> PostalAddress? {
        guard let object = reader.object(data, "shipping_address", at: path, required: false) else { return nil }
        return PostalAddress(
            country: reader.string(object, "country", at: "\(path).country")?.uppercased(),
            province: reader.string(object, "province", at: "\(path).province"),
            city: reader.string(object, "city", at: "\(path).city"),
            zip: reader.string(object, "zip", at: "\(path).zip"))
    }
}
