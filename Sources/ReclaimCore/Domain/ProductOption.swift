/// One option of a ``Product`` and its values (`size`: `S`, `M`, `L`).
public struct ProductOption: Codable, Sendable, Hashable {
    /// Option name as the store wrote it.
    public var name: String
    /// Values in display order.
    public var values: [String]

    /// Creates an option.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }

    /// Options from a name → values map (how the `products` table and the generic events API hold them),
    /// in name order.
    public static func byName(_ options: [String: [String]]) -> [ProductOption] {
        options.keys.sorted().map { ProductOption(name: $0, values: options[$0] ?? []) }
    }
}
