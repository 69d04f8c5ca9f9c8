/// One purchasable variant of a ``Product``.
public struct ProductVariant: Codable, Sendable, Hashable {
    /// The platform's variant id.
    public var id: String
    /// Variant title (`Glacier Blue / L`), when the source gives one; see ``displayTitle``.
    public var title: String?
    /// Option name → value (`["Color": "Blue", "Size": "155"]`).
    public var optionValues: [String: String]
    /// Price of one unit in minor units, when known.
    public var price: Int?
    /// Whether it can be bought now; `nil` when the source does not say (taken as available).
    public var available: Bool?
    /// Units in stock, when the platform tracks them.
    public var inventory: Int?

    /// Creates a variant.
    public init(
        id: String, title: String? = nil, optionValues: [String: String] = [:], price: Int? = nil,
        available: Bool? = nil, inventory: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.optionValues = optionValues
        self.price = price
        self.available = available
        self.inventory = inventory
    }

    /// The title, or else its option values in alphabetical order joined by ` / ` (`Blue / M`).
    public var displayTitle: String {
        self.title ?? self.optionValues.values.sorted().joined(separator: " / ")
    }

    /// Whether the variant can be sold: not known to be unavailable and not known to have zero stock.
    public var inStock: Bool { (self.available ?? true) && (self.inventory.map { $0 > 0 } ?? true) }
}
