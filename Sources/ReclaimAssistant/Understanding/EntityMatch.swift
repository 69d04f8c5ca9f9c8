import ReclaimCore

/// What a reply refers to: a product from the cart or catalog and the option values it names.
public struct EntityMatch: Sendable, Hashable {
    /// The product, if one could be decided.
    public var product: Product?
    /// Whether the product is in the shopper's cart.
    public var inCart: Bool
    /// The cart line of that product, if in the cart.
    public var cartLine: LineItem?
    /// Whether the text named the product (rather than "it" standing for the cart).
    public var named: Bool
    /// Option values the text asks about.
    public var values: [AskedValue]

    /// Creates a match.
    public init(
        product: Product?, inCart: Bool, cartLine: LineItem? = nil, named: Bool = false,
        values: [AskedValue] = []
    ) {
        self.product = product
        self.inCart = inCart
        self.cartLine = cartLine
        self.named = named
        self.values = values
    }
}

/// One option value a shopper asked about (`blue`, `size 12`, `14oz`), resolved against the product.
public struct AskedValue: Sendable, Hashable {
    /// The words as asked, normalised (`blue`, `12`, `14oz`).
    public var asked: String
    /// The kind of option it belongs to, when known.
    public var kind: OptionVocabulary.Kind?
    /// The product option it was resolved to (`color`).
    public var optionName: String?
    /// The product's value it matched (`Glacier Blue`), or `nil` when the product has no such value.
    public var matchedValue: String?

    /// Creates an asked value.
    public init(asked: String, kind: OptionVocabulary.Kind?, optionName: String? = nil, matchedValue: String? = nil) {
        self.asked = asked
        self.kind = kind
        self.optionName = optionName
        self.matchedValue = matchedValue
    }
}
