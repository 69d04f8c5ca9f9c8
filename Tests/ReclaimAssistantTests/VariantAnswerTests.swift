import ReclaimAssistant
import ReclaimCore
import Testing

@Suite struct VariantAnswerTests {
    /// A mug whose Blue is sold out, and a coffee with grinds and weights.
    static let catalog = AssistantCatalog(products: [
        Product(
            id: "MUG", title: "Harbor Mug", options: [ProductOption(name: "color", values: ["Blue", "Red"])],
            variants: [
                ProductVariant(id: "MUG-B", title: "Blue", optionValues: ["color": "Blue"], price: 1800, available: false),
                ProductVariant(id: "MUG-R", title: "Red", optionValues: ["color": "Red"], price: 1800),
            ]),
        Product(
            id: "CUP", title: "Trail Cup", options: [ProductOption(name: "color", values: ["Blue", "Green"])],
            variants: [
                ProductVariant(id: "CUP-B", title: "Blue", optionValues: ["color": "Blue"], price: 900, inventory: 4),
                ProductVariant(id: "CUP-G", title: "Green", optionValues: ["color": "Green"], price: 900, inventory: 0),
            ]),
        Product(
            id: "NWE", title: "Northwind Espresso Roast", category: "coffee",
            options: [
                ProductOption(name: "grind", values: ["Whole Bean", "Espresso"]),
                ProductOption(name: "size", values: ["12oz", "14oz"]),
            ],
            variants: [
                ProductVariant(
                    id: "NWE-1", title: "Whole Bean / 12oz", optionValues: ["grind": "Whole Bean", "size": "12oz"], price: 1600),
                ProductVariant(
                    id: "NWE-2", title: "Whole Bean / 14oz", optionValues: ["grind": "Whole Bean", "size": "14oz"], price: 1800),
                ProductVariant(id: "NWE-3", title: "Espresso / 12oz", optionValues: ["grind": "Espresso", "size": "12oz"], price: 1600),
                ProductVariant(
                    id: "NWE-4", title: "Espresso / 14oz", optionValues: ["grind": "Espresso", "size": "14oz"], price: 1800,
                    available: false),
            ]),
    ])
    static let assistant = BuiltInAssistant(catalog: catalog, policies: StorePolicies())

    static func context(_ productID: String) -> AssistantContext {
        let product = catalog.products.first { $0.id == productID }!
        return AssistantContext(
            brand: "Northwind", currency: "USD",
            cartLines: [LineItem(productID: product.id, title: product.title, quantity: 1, unitPrice: product.prices[0])],
            checkoutLink: "https://go.example/r/1")
    }

    @Test func blueMissingListsTheColorsThatExist() async {
        let response = await TestStore.ask("does it come in blue?")
        #expect(response.intent == .variant)
        #expect(response.action == .answer)
        #expect(response.reply.contains("doesn't come in blue"))
        #expect(response.reply.contains("Sage") && response.reply.contains("Orange"))
        #expect(!response.escalate)
    }

    @Test func blueOutOfStockSaysSo() async {
        let response = await Self.assistant.respond(to: "does it come in blue?", context: Self.context("MUG"))
        #expect(response.reply.contains("Blue is out of stock") || response.reply.contains("in Blue is out of stock"))
        #expect(response.reply.contains("Red"))
        #expect(!response.reply.contains("Yes"))
    }

    @Test func blueAvailableConfirmsWithLink() async {
        let response = await Self.assistant.respond(to: "do you have it in blue", context: Self.context("CUP"))
        #expect(response.reply.hasPrefix("Yes, the Trail Cup comes in Blue."))
        #expect(response.reply.contains("https://go.example/r/1"))
    }

    @Test func zeroInventoryCountsAsOutOfStock() async {
        let response = await Self.assistant.respond(to: "green in stock?", context: Self.context("CUP"))
        #expect(response.reply.contains("out of stock"))
    }

    @Test func weightAndGrindAreMatchedTogether() async {
        let spaced = await Self.assistant.respond(to: "is the 14 oz espresso grind in stock", context: Self.context("NWE"))
        #expect(spaced.reply.contains("Espresso / 14oz is out of stock"))
        let glued = await Self.assistant.respond(to: "do u have whole bean in 14oz?", context: Self.context("NWE"))
        #expect(glued.reply.hasPrefix("Yes"))
    }

    @Test func partialStockNamesTheSoldOutSize() async {
        let response = await TestStore.ask("does the jacket come in blue")
        #expect(response.reply.contains("Glacier Blue"))
        #expect(response.reply.contains("S, M"))
        #expect(response.reply.contains("L is sold out"))
    }

    @Test func catalogProductNamedOutsideTheCart() async {
        let response = await TestStore.ask("do the boots come in size 12")
        #expect(response.reply.contains("Cairn Mid Hiking Boot doesn't come in 12"))
        #expect(response.reply.contains("11 (sold out)"))
    }

    @Test func answersInSpanishAndFrench() async {
        #expect(await TestStore.ask("¿lo tienen en azul?").reply.contains("no viene en azul"))
        #expect(await TestStore.ask("vous l'avez en bleu ?").reply.contains("n'existe pas en bleu"))
    }

    @Test func grindQuestionAboutAMugNamesTheCoffeeGroundForIt() async {
        let response = await Self.assistant.respond(to: "what grind should I get for espresso?", context: Self.context("CUP"))
        #expect(response.intent == .variant)
        #expect(response.action == .answer)
        #expect(response.reply == "The Northwind Espresso Roast comes in Espresso.")
        #expect(!response.reply.contains("Trail Cup"))
    }

    @Test func colorOfAProductWithoutColorsIsNotGuessed() async {
        // The roast has grinds and sizes but no color: the reply says so rather than "it doesn't come in blue".
        let cases = [
            ("does it come in blue?", "The Northwind Espresso Roast has no color options. It comes in these grinds: Whole Bean, Espresso."),
            ("does the espresso roast come in blue?", "The Northwind Espresso Roast has no color options."),
            ("¿lo tienen en azul?", "Northwind Espresso Roast no tiene opciones de color."),
        ]
        for (text, start) in cases {
            let response = await Self.assistant.respond(to: text, context: Self.context("NWE"))
            #expect(response.action == .answer, "\(text)")
            #expect(response.reply.hasPrefix(start), "\(text): \(response.reply)")
            #expect(!response.reply.contains("Trail Cup"), "\(text): the question is about the roast")
        }
    }

    @Test func valueAskedWithoutPointingAtTheCartListsProductsInStock() async {
        let blue = await Self.assistant.respond(to: "anything in blue?", context: Self.context("NWE"))
        // The Harbor Mug's Blue is sold out, so only the cup is offered.
        #expect(blue.reply == "The Trail Cup comes in Blue.")
        #expect(blue.facts.map(\.key) == ["product.CUP.option.color"])
        // Only sold-out greens: the first one is said to be out of stock.
        let green = await Self.assistant.respond(to: "anything in green?", context: Self.context("NWE"))
        #expect(green.reply == "Sorry, the Trail Cup in Green is out of stock right now.")
        // No product comes in purple: the roast's own options.
        let purple = await Self.assistant.respond(to: "anything in purple?", context: Self.context("NWE"))
        #expect(purple.reply.hasPrefix("The Northwind Espresso Roast has no color options."))
    }

    @Test func valueAskedWithoutACartListsEveryProductWithIt() async {
        let empty = AssistantContext(brand: "Northwind", currency: "USD", cartLines: [])
        let response = await Self.assistant.respond(to: "do you have anything in blue?", context: empty)
        #expect(response.reply == "The Trail Cup comes in Blue.")
        let catalog = AssistantCatalog(
            products: Self.catalog.products + [
                Product(
                    id: "CAP", title: "Lake Cap", options: [ProductOption(name: "colour", values: ["Navy Blue"])],
                    variants: [ProductVariant(id: "CAP-N", title: "Navy Blue", optionValues: ["colour": "Navy Blue"], price: 2500)])
            ])
        let both = await BuiltInAssistant(catalog: catalog, policies: StorePolicies())
            .respond(to: "do you have anything in blue?", context: empty)
        #expect(both.reply == "These come in blue: Trail Cup, Lake Cap.")
    }

    @Test func catalogWordsAreNotTypoCorrected() async {
        // "copper" is one letter from the keyword "cover" once its double p is collapsed.
        let catalog = AssistantCatalog(products: [
            Product(
                id: "KETTLE", title: "Gooseneck Kettle", options: [ProductOption(name: "Color", values: ["Black", "Copper"])],
                variants: [
                    ProductVariant(id: "K-B", title: "Black", optionValues: ["Color": "Black"], price: 6900),
                    ProductVariant(id: "K-C", title: "Copper", optionValues: ["Color": "Copper"], price: 6900, available: false),
                ])
        ])
        #expect(IntentClassifier().textNormalizer.normalize("in copper?").tokens == ["in", "cover"])
        #expect(IntentClassifier(catalog: CatalogIndex(catalog)).textNormalizer.normalize("in copper?").tokens == ["in", "copper"])
        let context = AssistantContext(
            brand: "Northwind", currency: "USD",
            cartLines: [LineItem(productID: "KETTLE", title: "Gooseneck Kettle", quantity: 1, unitPrice: 6900)])
        let response = await BuiltInAssistant(catalog: catalog, policies: StorePolicies())
            .respond(to: "does the kettle come in copper?", context: context)
        #expect(response.reply == "Sorry, the Gooseneck Kettle in Copper is out of stock right now. In stock now: Black.")
    }

    @Test func offersFindValuesByWordColorAndWeight() {
        let index = CatalogIndex(Self.catalog)
        let matcher = EntityMatcher(index: index)
        // In stock first (the cup), then sold out (the mug's Blue), though the mug comes first in the catalog.
        let blue = matcher.products(offering: AskedValue(asked: "azul", kind: .color))
        #expect(blue.map(\.product.id) == ["CUP", "MUG"] && blue.map(\.inStock) == [true, false])
        #expect(blue.map(\.value.matchedValue) == ["Blue", "Blue"])
        #expect(matcher.products(offering: AskedValue(asked: "12oz", kind: .weight)).map(\.product.id) == ["NWE"])
        #expect(matcher.products(offering: AskedValue(asked: "espresso", kind: .grind), excluding: "NWE").isEmpty)
        #expect(matcher.products(offering: AskedValue(asked: "blue", kind: nil)).isEmpty)
    }

    @Test func entityMatcherFindsCatalogProductDespiteTypo() {
        let index = CatalogIndex(TestStore.store.catalog)
        let normalizer = IntentClassifier().textNormalizer
        let match = EntityMatcher(index: index).match(normalizer.normalize("is the alpine jackt waterproof"), cart: [])
        #expect(match.product?.id == "ASJ")
    }
}
