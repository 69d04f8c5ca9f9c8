import ReclaimAssistant
import ReclaimCore

/// A deterministic catalog of outdoor and coffee products with colors, sizes, grinds and weights.
enum SyntheticCatalog {
    static let policies = StorePolicies(
        shipping: ShippingPolicy(
            text: "We ship to the US and Canada. Orders ship in 1 business day.", freeOver: 7500,
            flatRate: 750, countries: ["US", "CA"]),
        returns: PolicyText(text: "Returns within 30 days of delivery, unused. Free exchanges."),
        faq: [FAQEntry(question: "Do you price match?", answer: "No, we don't price match.")])

    static func make(count: Int) -> AssistantCatalog {
        let adjectives = [
            "Alpine", "Summit", "Trail", "Ridge", "Canyon", "Harbor", "Merino", "Granite", "Cedar", "Aspen",
            "Glacier", "Desert", "Coastal", "Timber", "Nova", "Polar", "Ember", "Lumen", "Cairn", "Switchback",
        ]
        let nouns = [
            "Jacket", "Tent", "Boot", "Hoodie", "Backpack", "Bottle", "Headlamp", "Sleeping Bag", "Beanie",
            "Coffee", "Mug", "Glove", "Sock", "Vest", "Stove",
        ]
        let colors = ["Black", "Navy", "Glacier Blue", "Sage", "Orange", "Red", "Slate", "Pine"]
        var products: [Product] = []
        products.reserveCapacity(count)
        for number in 0..<count {
            let noun = nouns[number % nouns.count]
            let title = "\(adjectives[(number / nouns.count) % adjectives.count]) \(noun) \(number)"
            let isCoffee = noun == "Coffee"
            let options: [ProductOption] =
                isCoffee
                ? [
                    ProductOption(name: "grind", values: ["Whole Bean", "Espresso", "Drip"]),
                    ProductOption(name: "size", values: ["12oz", "14oz"]),
                ]
                : [
                    ProductOption(name: "color", values: Array(colors.shuffledDeterministically(seed: number).prefix(3))),
                    ProductOption(name: "size", values: ["S", "M", "L"]),
                ]
            var variants: [ProductVariant] = []
            for first in options[0].values {
                for second in options[1].values {
                    let id = "P\(number)-\(variants.count)"
                    variants.append(
                        ProductVariant(
                            id: id, title: "\(first) / \(second)",
                            optionValues: [options[0].name: first, options[1].name: second],
                            price: 1500 + (number % 40) * 500, available: (number + variants.count) % 5 != 0))
                }
            }
            products.append(
                Product(
                    id: "P\(number)", title: title,
                    description: "A \(noun.lowercased()) for every trail. Weight: \(number % 30 + 8) oz.",
                    category: noun.lowercased(), tags: [noun.lowercased(), "outdoor"],
                    options: options, variants: variants))
        }
        return AssistantCatalog(products: products)
    }
}

extension Array {
    /// A fixed rotation standing in for a shuffle, so runs are repeatable.
    func shuffledDeterministically(seed: Int) -> [Element] {
        guard !self.isEmpty else { return self }
        let offset = seed % self.count
        return Array(self[offset...] + self[..<offset])
    }
}
