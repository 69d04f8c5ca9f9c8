import Foundation
import ReclaimCore

/// The demo's store: Northwind Coffee with a small, realistic catalog, its policies, the outbox
/// providers (nothing leaves the machine) and a carrier-safe flow with a 10% holdout.
enum DemoStore {
    static let id = "northwind"
    static let apiKey = "rk_demo_key"

    /// `reclaim.yml` for the demo, on the given SQLite file.
    static func configurationYAML(databasePath: String, port: Int) -> String {
        """
        database: { url: "sqlite://\(databasePath)" }
        server: { host: 127.0.0.1, port: \(port), public_url: "http://127.0.0.1:\(port)" }
        worker: { concurrency: 1 }
        stores:
          - id: \(id)
            name: Northwind Coffee
            timezone: America/New_York
            currency: USD
            default_region: US
            website: https://northwind.example
            api_keys: ["\(apiKey)"]
            sms: { provider: outbox, price_per_segment: { US: 0.0079, default: 0.05 } }
            email: { provider: outbox, from: "Northwind Coffee <hello@northwind.example>" }
            support: { phone: "+16175550100", email: "help@northwind.example", hours: "Mon–Fri 9–5 ET" }
            postal_address: "1 Harbor Way, Portland, ME 04101, USA"
            policies:
              shipping: { text: "Free shipping on US orders over $50; $5.95 flat rate below.", free_over: 5000, flat_rate: 595, countries: [US] }
              returns: { text: "Unopened coffee and gear can be returned within 30 days for a full refund." }
              faq: [ { q: "Is your coffee organic?", a: "All our single origins are certified organic." } ]
            abandonment: { idle: 30m }
            flows:
              - name: carrier-safe-demo
                default: true
                holdout: 10%
                steps:
                  - { delay: 45m, channel: sms, template: check_in_sms }
                  - { delay: 4h, channel: email, template: reminder_email }
                  - { delay: 24h, channel: email, template: stock_and_shipping_email }
                  - { delay: 60h, channel: email, template: final_offer_email, discount: { type: percent, value: 10, expires: 48h, min_cart_value: 40 } }
        """
    }

    /// One product: id, title, price in cents, option name, option values.
    struct Product {
        var id: String
        var title: String
        var price: Int
        var option: String
        var values: [String]
        var description: String
    }

    static let products: [Product] = [
        Product(
            id: "ETH-YIRG", title: "Ethiopia Yirgacheffe", price: 1899, option: "Grind", values: ["Whole bean", "Espresso", "Filter"],
            description: "Floral, bergamot and lemon; light roast; 12oz bag."),
        Product(
            id: "COL-HUIL", title: "Colombia Huila", price: 1699, option: "Grind", values: ["Whole bean", "Filter"],
            description: "Caramel and red apple; medium roast; 12oz bag."),
        Product(
            id: "DECAF-SWP", title: "Swiss Water Decaf", price: 1799, option: "Grind", values: ["Whole bean", "Filter"],
            description: "Chocolate and almond; chemical-free decaf; 12oz bag."),
        Product(
            id: "KETTLE", title: "Gooseneck Kettle", price: 6900, option: "Color", values: ["Black", "Copper", "White"],
            description: "1L stovetop gooseneck kettle with thermometer."),
        Product(
            id: "GRINDER", title: "Burr Grinder", price: 12900, option: "Color", values: ["Black", "Silver"],
            description: "40mm conical burrs, 18 grind settings."),
        Product(
            id: "MUG", title: "Stoneware Mug", price: 2400, option: "Size", values: ["10oz", "14oz"],
            description: "Hand-glazed stoneware, dishwasher safe."),
        Product(
            id: "DRIPPER", title: "Ceramic Dripper", price: 3200, option: "Color", values: ["White", "Blue"],
            description: "Cone dripper for single cups; fits #2 filters."),
        Product(
            id: "SUB-3", title: "Coffee Subscription", price: 5400, option: "Plan", values: ["Monthly", "Biweekly"],
            description: "Three bags per delivery; pause or cancel anytime."),
    ]

    /// The `catalog.upserted` data (CONTRACT.md), with one variant per option value; the copper
    /// kettle is sold out so the assistant has something true to say about stock.
    static func catalogData() -> [String: Any] {
        let products: [[String: Any]] = Self.products.map { product in
            [
                "id": product.id, "title": product.title, "description": product.description,
                "url": "https://northwind.example/products/\(product.id.lowercased())", "tags": ["coffee"],
                "options": [product.option: product.values],
                "variants": product.values.map { value -> [String: Any] in
                    let soldOut = product.id == "KETTLE" && value == "Copper"
                    return [
                        "id": "\(product.id)-\(value.uppercased().replacingOccurrences(of: " ", with: "-"))", "title": value,
                        "options": [product.option: value], "price": product.price, "available": !soldOut,
                        "inventory": soldOut ? 0 : 40,
                    ]
                },
            ]
        }
        return ["products": products]
    }
}
