import ReclaimAssistant
import Testing

@Suite struct VariantAnswerTests {
    /// A mug whose Blue is sold out, and a coffee with grinds and weights.
    static let catalog = AssistantCatalog(products: [
        AssistantProduct(id: "MUG", title: "Harbor Mug", options: [ProductOption(name: "color", values: ["Blue", "Red"])],
                         variants: [AssistantVariant(id: "MUG-B", title: "Blue", optionValues: ["color": "Blue"], price: 1800, available: false),
                                    AssistantVariant(id: "MUG-R", title: "Red", optionValues: ["color": "Red"], price: 1800)]),
        AssistantProduct(id: "CUP", title: "Trail Cup", options: [ProductOption(name: "color", values: ["Blue", "Green"])],
                         variants: [AssistantVariant(id: "CUP-B", title: "Blue", optionValues: ["color": "Blue"], price: 900, inventory: 4),
                                    AssistantVariant(id: "CUP-G", title: "Green", optionValues: ["color": "Green"], price: 900, inventory: 0)]),
        AssistantProduct(id: "NWE", title: "Northwind Espresso Roast", category: "coffee",
                         options: [ProductOption(name: "grind", values: ["Whole Bean", "Espresso"]),
                                   ProductOption(name: "size", values: ["12oz", "14oz"])],
                         variants: [AssistantVariant(id: "NWE-1", title: "Whole Bean / 12oz", optionValues: ["grind": "Whole Bean", "size": "12oz"], price: 1600),
                                    AssistantVariant(id: "NWE-2", title: "Whole Bean / 14oz", optionValues: ["grind": "Whole Bean", "size": "14oz"], price: 1800),
                                    AssistantVariant(id: "NWE-3", title: "Espresso / 12oz", optionValues: ["grind": "Espresso", "size": "12oz"], price: 1600),
                                    AssistantVariant(id: "NWE-4", title: "Espresso / 14oz", optionValues: ["grind": "Espresso", "size": "14oz"], price: 1800, available: false)]),
    ])
    static let assistant = BuiltInAssistant(catalog: catalog, policies: StorePolicies())

    static func context(_ productID: String) -> AssistantContext {
        let product = catalog.products.first { $0.id == productID }!
        return AssistantContext(brand: "Northwind", currency: "USD",
                                cartLines: [CartLine(productID: product.id, title: product.title, unitPrice: product.prices[0])],
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

    @Test func entityMatcherFindsCatalogProductDespiteTypo() {
        let index = CatalogIndex(TestStore.store.catalog)
        let normalizer = IntentClassifier().textNormalizer
        let match = EntityMatcher(index: index).match(normalizer.normalize("is the alpine jackt waterproof"), cart: [])
        #expect(match.product?.id == "ASJ")
    }
}
