import Foundation
import ReclaimCore

/// Finds which product a reply is about (a cart product first, then the catalog through
/// ``CatalogIndex``) and which option values it names: colors, sizes, grinds, lengths, weights
/// such as `14oz`/`14 oz`, and the product's own values (`Glacier Blue`, `Regular`).
public struct EntityMatcher: Sendable {
    let index: CatalogIndex

    /// Creates a matcher over a catalog index.
    public init(index: CatalogIndex) {
        self.index = index
    }

    /// Matches one normalised reply.
    /// - Parameters:
    ///   - text: the normalised reply.
    ///   - cart: the shopper's cart lines.
    /// - Returns: the product and asked values.
    public func match(_ text: NormalizedText, cart: [LineItem]) -> EntityMatch {
        let terms = SearchText.terms(text.tokens.joined(separator: " "))
            .filter { OptionVocabulary.kind(of: $0) == nil && Int($0) == nil }
        let cartProducts = cart.compactMap { line in self.index.product(id: line.productID).map { (line, $0) } }
        var best: (line: LineItem?, product: Product, named: Bool)?
        var bestOverlap = 0
        for (line, product) in cartProducts {
            let overlap = Set(SearchText.terms(product.title + " " + (product.category ?? ""))).intersection(terms).count
            if overlap > bestOverlap {
                best = (line, product, true)
                bestOverlap = overlap
            }
        }
        if best == nil, !terms.isEmpty, let hit = self.index.search(terms, limit: 1).first, hit.score >= 1.2 {
            best = (cart.first { $0.productID == hit.product.id }, hit.product, true)
        }
        let asked = Self.askedValues(text)
        if best == nil {
            // "it": the cart product that has the asked kind of option, else the first line.
            let fitting =
                cartProducts.first { _, product in
                    asked.contains { value in self.resolve(value, in: product).matchedValue != nil }
                } ?? cartProducts.first
            best = fitting.map { ($0.0, $0.1, false) }
        }
        guard let chosen = best else { return EntityMatch(product: nil, inCart: false, values: asked) }
        var values = asked.map { self.resolve($0, in: chosen.product) }
        values += Self.productValues(in: text, product: chosen.product, excluding: values)
        return EntityMatch(
            product: chosen.product, inCart: chosen.line != nil, cartLine: chosen.line,
            named: chosen.named, values: values)
    }

    /// Generic option values named in the text (colors, sizes, weights, "size 12").
    static func askedValues(_ text: NormalizedText) -> [AskedValue] {
        var values: [AskedValue] = []
        let tokens = text.tokens
        for (position, token) in tokens.enumerated() {
            if OptionVocabulary.colors[token] != nil {
                values.append(AskedValue(asked: token, kind: .color))
            } else if let kind = OptionVocabulary.kind(of: token), kind != .color {
                values.append(AskedValue(asked: token, kind: kind))
            } else if token.first?.isNumber == true, position > 0,
                ["size", "sizes", "talla", "taille", "sz"].contains(tokens[position - 1])
            {
                values.append(AskedValue(asked: token, kind: .size))
            } else if token.first?.isNumber == true, position + 1 < tokens.count,
                OptionVocabulary.units.contains(tokens[position + 1])
            {
                values.append(AskedValue(asked: token + tokens[position + 1], kind: .weight))
            }
        }
        return values
    }

    /// Resolves an asked value against a product's options.
    func resolve(_ value: AskedValue, in product: Product) -> AskedValue {
        var resolved = value
        let candidates = product.options.filter { option in
            guard let kind = value.kind else { return true }
            return kind.optionNames.contains(option.name.lowercased())
                || option.values.contains { OptionVocabulary.kind(of: Self.key($0)) == kind }
        }
        for option in candidates {
            if let hit = option.values.first(where: { Self.valueMatches($0, asked: value.asked) }) {
                resolved.optionName = option.name
                resolved.matchedValue = hit
                return resolved
            }
        }
        resolved.optionName = candidates.first?.name
        return resolved
    }

    /// A product's own option values named in the text but not in the generic vocabulary (`sage`, `regular`).
    static func productValues(in text: NormalizedText, product: Product, excluding: [AskedValue]) -> [AskedValue] {
        let tokens = Set(text.tokens)
        var found: [AskedValue] = []
        for option in product.options {
            for value in option.values {
                let words = Self.key(value).split(separator: " ").map(String.init)
                guard !words.isEmpty, words.allSatisfy(tokens.contains), words.allSatisfy({ Int($0) == nil }),
                    !excluding.contains(where: { $0.matchedValue == value })
                else { continue }
                found.append(AskedValue(asked: Self.key(value), kind: nil, optionName: option.name, matchedValue: value))
            }
        }
        return found
    }

    /// Whether a product value matches the asked words: same key, a word of it (`blue` in `Glacier
    /// Blue`), a size letter (`large` → `L`), or the same weight (`14oz` = `14 oz`).
    static func valueMatches(_ value: String, asked: String) -> Bool {
        let key = Self.key(value)
        if key == asked || key.replacingOccurrences(of: " ", with: "") == asked { return true }
        let words = key.split(separator: " ").map(String.init)
        let color = OptionVocabulary.colors[asked] ?? asked
        if words.contains(asked) || words.contains(where: { (OptionVocabulary.colors[$0] ?? $0) == color }) { return true }
        return Self.sizeLetters[asked] == key
    }

    /// A value's folded words joined by spaces (`Glacier Blue` → `glacier blue`).
    static func key(_ value: String) -> String {
        SearchText.words(value).joined(separator: " ")
    }

    static let sizeLetters: [String: String] = [
        "small": "s", "medium": "m", "large": "l", "extra large": "xl", "xl": "xl", "xs": "xs", "xxl": "xxl",
        "pequeno": "s", "mediano": "m", "grande": "l", "petit": "s", "moyen": "m",
    ]
}
