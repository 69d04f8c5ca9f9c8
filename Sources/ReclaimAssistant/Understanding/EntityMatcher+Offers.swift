import ReclaimCore

/// A catalog product that has an asked option value, and whether a variant with it can be bought.
public struct CatalogOffer: Sendable, Hashable {
    /// The product.
    public var product: Product
    /// The asked value resolved against the product (its option name and spelling of the value).
    public var value: AskedValue
    /// Whether some variant with that value is in stock.
    public var inStock: Bool
}

extension EntityMatcher {
    /// Catalog products that have an asked value ("espresso" → the coffees with an Espresso grind):
    /// up to `limit` in stock first, then up to `limit` sold out, each in catalog order.
    /// - Parameters:
    ///   - value: the asked value; only values of a known kind are looked up.
    ///   - excluding: a product to leave out (the one the shopper already has).
    ///   - limit: most products of each kind (in stock, sold out) to return.
    /// - Returns: the offers.
    public func products(offering value: AskedValue, excluding productID: String? = nil, limit: Int = 3) -> [CatalogOffer] {
        guard value.kind != nil else { return [] }
        var keys = [value.asked]
        if let color = OptionVocabulary.colors[value.asked], color != value.asked { keys.append(color) }
        if let letter = Self.sizeLetters[value.asked] { keys.append(letter) }
        let candidates = keys.flatMap(self.index.products(withValueKey:)).sorted { $0.position < $1.position }
        var seen: Set<Int> = []
        var inStock: [CatalogOffer] = []
        var soldOut: [CatalogOffer] = []
        for candidate in candidates where candidate.product.id != productID {
            guard seen.insert(candidate.position).inserted else { continue }
            let resolved = self.resolve(value, in: candidate.product)
            guard let option = resolved.optionName, let matched = resolved.matchedValue else { continue }
            let buyable = candidate.product.variants.contains { $0.optionValues[option] == matched && $0.inStock }
            if buyable, inStock.count < limit {
                inStock.append(CatalogOffer(product: candidate.product, value: resolved, inStock: true))
                if inStock.count == limit { break }
            } else if !buyable, soldOut.count < limit {
                soldOut.append(CatalogOffer(product: candidate.product, value: resolved, inStock: false))
            }
        }
        return inStock + soldOut
    }
}
