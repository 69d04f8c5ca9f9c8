import Foundation

/// One simulated shopper and the cart they leave behind.
struct DemoShopper: Sendable {
    var index: Int
    var cartKey: String
    var firstName: String
    var phone: String?
    var areaCode: String
    var email: String
    var smsConsent: Bool
    var items: [(product: DemoStore.Product, variant: String, quantity: Int)]
    var createdAt: Date

    var subtotal: Int { self.items.reduce(0) { $0 + $1.product.price * $1.quantity } }

    static let names = ["Maya", "Liam", "Ana", "Noah", "Zoe", "Ethan", "Priya", "Lucas", "Sofia", "Owen", "Aiko", "Mateo"]
    /// Area codes across US time zones (Eastern to Hawaii), with fictional 555-01xx numbers.
    static let areaCodes = ["212", "617", "305", "312", "512", "303", "415", "206", "907", "808"]
    /// Where each area code's shoppers live (shipping address: state, city, ZIP).
    static let places: [String: (String, String, String)] = [
        "212": ("NY", "New York", "10001"), "617": ("MA", "Boston", "02108"), "305": ("FL", "Miami", "33101"),
        "312": ("IL", "Chicago", "60601"), "512": ("TX", "Austin", "73301"), "303": ("CO", "Denver", "80202"),
        "415": ("CA", "San Francisco", "94103"), "206": ("WA", "Seattle", "98101"), "907": ("AK", "Anchorage", "99501"),
        "808": ("HI", "Honolulu", "96813"),
    ]

    /// The shopper for cart `index`, from the seed alone.
    static func make(index: Int, seed: UInt64, start: Date, spread: TimeInterval, count: Int) -> DemoShopper {
        var random = DemoRandom(seed: seed, "shopper", String(index))
        let name = Self.names[index % Self.names.count]
        let area = Self.areaCodes[Int.random(in: 0..<Self.areaCodes.count, using: &random)]
        let line = String(format: "%02d", index % 100)
        let hasPhone = random.chance(0.9)
        var items: [(DemoStore.Product, String, Int)] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let product = DemoStore.products[Int.random(in: 0..<DemoStore.products.count, using: &random)]
            guard !items.contains(where: { $0.0.id == product.id }) else { continue }
            let value = product.values[Int.random(in: 0..<product.values.count, using: &random)]
            items.append((product, value, random.chance(0.2) ? 2 : 1))
        }
        let offset = spread * Double(index) / Double(max(1, count))
        return DemoShopper(
            index: index, cartKey: "demo-\(index)", firstName: name,
            phone: hasPhone ? "+1\(area)55501\(line)" : nil, areaCode: area,
            email: "\(name.lowercased()).\(index)@shopper.example", smsConsent: hasPhone && random.chance(0.85),
            items: items, createdAt: start.addingTimeInterval(offset))
    }

    /// `cart.updated` data (CONTRACT.md).
    var cartData: [String: Any] {
        var contact: [String: Any] = ["first_name": self.firstName, "email": self.email, "locale": "en-US"]
        if let phone { contact["phone"] = phone }
        return [
            "cart_id": self.cartKey, "contact": contact, "currency": "USD", "subtotal": self.subtotal,
            "recovery_url": "https://northwind.example/cart/\(self.cartKey)",
            "shipping_address": Self.places[self.areaCode].map { ["country": "US", "province": $0.0, "city": $0.1, "zip": $0.2] } ?? [:],
            "items": self.items.map { item -> [String: Any] in
                [
                    "product_id": item.product.id,
                    "variant_id": "\(item.product.id)-\(item.variant.uppercased().replacingOccurrences(of: " ", with: "-"))",
                    "title": item.product.title, "variant_title": item.variant, "quantity": item.quantity, "price": item.product.price,
                ]
            },
        ]
    }
}
