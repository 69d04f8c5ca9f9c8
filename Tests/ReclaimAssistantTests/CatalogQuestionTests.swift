import ReclaimAssistant
import ReclaimCore
import Testing

/// Questions the lexicon alone cannot place but the catalog can: they name a product, a description
/// word or an option value, or ask whether the store carries something.
@Suite struct CatalogQuestionTests {
    /// A coffee roaster that also sells a mug: grinds, sizes, a decaf.
    static let catalog = AssistantCatalog(products: [
        Product(
            id: "NWE", title: "Northwind Espresso Roast", description: "Dark roast with notes of cocoa. Roasted weekly.",
            category: "coffee",
            options: [
                ProductOption(name: "grind", values: ["Whole Bean", "Espresso", "French Press"]),
                ProductOption(name: "size", values: ["12oz", "14oz"]),
            ],
            variants: [
                ProductVariant(
                    id: "NWE-1", title: "Whole Bean / 12oz", optionValues: ["grind": "Whole Bean", "size": "12oz"], price: 1600),
                ProductVariant(
                    id: "NWE-2", title: "Whole Bean / 14oz", optionValues: ["grind": "Whole Bean", "size": "14oz"], price: 1800),
                ProductVariant(
                    id: "NWE-3", title: "French Press / 12oz", optionValues: ["grind": "French Press", "size": "12oz"], price: 1600),
            ]),
        Product(
            id: "OWL", title: "Night Owl Decaf", description: "Swiss Water Process decaf, medium roast. Smooth and sweet.",
            category: "coffee",
            options: [ProductOption(name: "grind", values: ["Whole Bean", "Drip"])],
            variants: [
                ProductVariant(id: "OWL-1", title: "Whole Bean", optionValues: ["grind": "Whole Bean"], price: 1700),
                ProductVariant(id: "OWL-2", title: "Drip", optionValues: ["grind": "Drip"], price: 1700),
            ]),
        Product(
            id: "MUG", title: "Harbor Mug", description: "Stoneware, 12 oz. Dishwasher and microwave safe.",
            options: [ProductOption(name: "color", values: ["Blue", "Red"])],
            variants: [
                ProductVariant(id: "MUG-B", title: "Blue", optionValues: ["color": "Blue"], price: 1800),
                ProductVariant(id: "MUG-R", title: "Red", optionValues: ["color": "Red"], price: 1800),
            ]),
    ])
    static let assistant = BuiltInAssistant(catalog: catalog, policies: StorePolicies())
    static let context = AssistantContext(
        brand: "Northwind", currency: "USD",
        cartLines: [LineItem(productID: "NWE", title: "Northwind Espresso Roast", quantity: 1, unitPrice: 1600)],
        checkoutLink: "https://go.example/r/1")

    static func ask(_ text: String) async -> AssistantResponse {
        await self.assistant.respond(to: text, context: self.context)
    }

    @Test func doYouHaveAProductTheCatalogCarries() async {
        let response = await Self.ask("do you have decaf?")
        #expect(response.intent == .product)
        #expect(response.action == .answer)
        #expect(response.reply.hasPrefix("Yes, we carry the Night Owl Decaf."))
        #expect(!response.escalate)
    }

    @Test func doYouHaveSomethingTheCatalogLacksGoesToAPerson() async {
        let response = await Self.ask("do you guys sell tea?")
        #expect(response.intent == .product)
        #expect(response.escalate)
        #expect(response.escalationReason == "no_fact")
    }

    @Test func grindQuestionsAreVariantQuestions() async {
        let response = await Self.ask("what grind for espresso?")
        #expect(response.intent == .variant)
        #expect(response.action == .answer)
        #expect(response.reply.contains("Espresso"))
        #expect(!response.escalate)
    }

    @Test func doYouHaveWithAnOptionValueStaysAVariantQuestion() async {
        let response = await Self.ask("do u have whole bean in 14oz?")
        #expect(response.intent == .variant)
        #expect(response.reply.hasPrefix("Yes"))
    }

    @Test func descriptionWordMakesAProductQuestion() async {
        let response = await Self.ask("is the mug microwave safe?")
        #expect(response.intent == .product)
        #expect(response.reply.contains("microwave"))
        #expect(!response.escalate)
    }

    @Test func namedProductWithADescriptionWord() async {
        let response = await TestStore.ask("are the boots leather?")
        #expect(response.intent == .product)
        #expect(response.reply.contains("leather"))
        #expect(!response.escalate)
    }

    @Test func carriedQuestionIsNotAnsweredFromAnUnrelatedDescription() async {
        let response = await TestStore.ask("do you guys sell trekking poles")
        #expect(response.intent == .product)
        #expect(response.escalate)
        #expect(!response.reply.contains("aluminum"))
    }

    @Test func optionKindTheStoreDoesNotOfferIsNotListedAsOtherValues() async {
        let response = await TestStore.ask("which grind should i get for my french press")
        #expect(response.intent == .variant)
        #expect(response.escalate)
        #expect(!response.reply.contains("Sage"))
    }

    @Test func spanishAndFrenchFeatureWords() async {
        #expect(await TestStore.ask("¿la chaqueta tiene capucha?").reply.contains("hood"))
        #expect(await TestStore.ask("le sac de couchage est en duvet ?").reply.contains("down"))
    }

    @Test func smallTalkQuestionsStayOther() async {
        #expect(await TestStore.ask("how are you?").intent == .other)
        #expect(await TestStore.ask("are you open on sundays?").intent == .other)
    }
}
