import Foundation
import ReclaimCore

extension GenericEventParser {
    /// `catalog.upserted`.
    static func catalog(_ data: [String: JSONNode], reader: FieldReader) -> [Product]? {
        guard let elements = reader.array(data, "products", at: "data.products", required: true) else { return nil }
        if elements.isEmpty { reader.fail("data.products", "must contain at least one product") }
        var products: [Product] = []
        for (index, element) in elements.enumerated() {
            let path = "data.products[\(index)]"
            guard case .object(let product) = element else {
                reader.fail(path, "expected an object, got \(element.kindName)")
                continue
            }
            let id = reader.identifier(product, "id", at: "\(path).id", required: true)
            let title = reader.string(product, "title", at: "\(path).title", required: true)
            let description = reader.string(product, "description", at: "\(path).description")
            let url = reader.url(product, "url", at: "\(path).url")
            let tags = reader.strings(product, "tags", at: "\(path).tags")
            var options: [String: [String]] = [:]
            if let object = reader.object(product, "options", at: "\(path).options", required: false) {
                for (name, _) in object { options[name] = reader.strings(object, name, at: "\(path).options.\(name)") }
            }
            let variants = self.variants(product, at: "\(path).variants", reader: reader)
            guard let id, let title else { continue }
            products.append(
                Product(
                    id: id, title: title, description: description, url: url, tags: tags,
                    options: ProductOption.byName(options),
                    variants: variants))
        }
        return products
    }

    static func variants(_ product: [String: JSONNode], at path: String, reader: FieldReader) -> [ProductVariant] {
        guard let elements = reader.array(product, "variants", at: path, required: false) else { return [] }
        var variants: [ProductVariant] = []
        for (index, element) in elements.enumerated() {
            let variantPath = "\(path)[\(index)]"
            guard case .object(let variant) = element else {
                reader.fail(variantPath, "expected an object, got \(element.kindName)")
                continue
            }
            let id = reader.identifier(variant, "id", at: "\(variantPath).id", required: true)
            var options: [String: String] = [:]
            if let object = reader.object(variant, "options", at: "\(variantPath).options", required: false) {
                for (name, _) in object {
                    options[name] = reader.string(object, name, at: "\(variantPath).options.\(name)")
                }
            }
            let variantValue = ProductVariant(
                id: id ?? "", title: reader.string(variant, "title", at: "\(variantPath).title"), optionValues: options,
                price: reader.money(variant, "price", at: "\(variantPath).price"),
                available: reader.bool(variant, "available", at: "\(variantPath).available"),
                inventory: reader.integer(variant, "inventory", at: "\(variantPath).inventory"))
            if id != nil { variants.append(variantValue) }
        }
        return variants
    }
}
