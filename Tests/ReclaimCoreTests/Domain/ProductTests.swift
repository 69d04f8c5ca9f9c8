import Foundation
import ReclaimCore
import Testing

/// The one product type: its derived values and the JSON shape the assistant fixtures use.
@Suite struct ProductTests {
    static let inStock: [(available: Bool?, inventory: Int?, inStock: Bool)] = [
        (nil, nil, true), (true, nil, true), (false, nil, false), (nil, 3, true), (true, 0, false), (nil, 0, false),
        (false, 5, false), (true, -1, false),
    ]

    @Test(arguments: inStock)
    func aVariantIsInStockUnlessKnownUnavailableOrEmpty(available: Bool?, inventory: Int?, inStock: Bool) {
        #expect(ProductVariant(id: "V", available: available, inventory: inventory).inStock == inStock)
    }

    static let titles: [(title: String?, values: [String: String], shown: String)] = [
        ("Blue / M", ["Color": "Blue", "Size": "M"], "Blue / M"),
        (nil, ["Size": "M", "Color": "Blue"], "Blue / M"),
        (nil, ["Grind": "Whole Bean"], "Whole Bean"),
        (nil, [:], ""),
        ("", ["Color": "Blue"], ""),
    ]

    @Test(arguments: titles)
    func aVariantWithoutTitleIsShownByItsValuesInAlphabeticalOrder(title: String?, values: [String: String], shown: String) {
        #expect(ProductVariant(id: "V", title: title, optionValues: values).displayTitle == shown)
    }

    static let prices: [(variants: [Int?], price: Int?, prices: [Int])] = [
        ([1_800, 2_000], nil, [1_800, 2_000]),
        ([1_800, nil], 999, [1_800]),
        ([nil], 999, [999]),
        ([], 999, [999]),
        ([], nil, []),
    ]

    @Test(arguments: prices)
    func pricesComeFromTheVariantsThenTheProduct(variants: [Int?], price: Int?, prices: [Int]) {
        let product = Product(
            id: "P", title: "P", price: price,
            variants: variants.enumerated().map { ProductVariant(id: "V\($0.offset)", price: $0.element) })
        #expect(product.prices == prices)
    }

    @Test func optionsFromANameMapAreInNameOrder() {
        #expect(
            ProductOption.byName(["size": ["S", "M"], "Color": ["Red", "Blue"], "color": ["Green"]])
                == [
                    ProductOption(name: "Color", values: ["Red", "Blue"]), ProductOption(name: "color", values: ["Green"]),
                    ProductOption(name: "size", values: ["S", "M"]),
                ])
    }

    /// The shape of `catalog.products[...]` in the assistant's fixtures (`summit_store.json`).
    @Test func decodesTheAssistantFixtureShape() throws {
        let json = """
            {"id": "SW2P", "title": "Switchback 2P Tent", "description": "Two doors.", "category": "tent", "tags": ["tent"],
             "options": [{"name": "color", "values": ["Sage", "Orange"]}],
             "variants": [{"id": "SW2P-SGE", "title": "Sage", "optionValues": {"color": "Sage"}, "price": 24900, "available": true},
                          {"id": "SW2P-ORG", "title": "Orange", "optionValues": {"color": "Orange"}, "price": 24900, "available": false}]}
            """
        let product = try JSONDecoder().decode(Product.self, from: Data(json.utf8))
        #expect(
            product
                == Product(
                    id: "SW2P", title: "Switchback 2P Tent", description: "Two doors.", category: "tent", tags: ["tent"],
                    options: [ProductOption(name: "color", values: ["Sage", "Orange"])],
                    variants: [
                        ProductVariant(id: "SW2P-SGE", title: "Sage", optionValues: ["color": "Sage"], price: 24_900, available: true),
                        ProductVariant(
                            id: "SW2P-ORG", title: "Orange", optionValues: ["color": "Orange"], price: 24_900, available: false),
                    ]))
    }
}
