import Foundation
import ReclaimAssistant
import ReclaimCore

// Classify+answer latency over a generated catalog. Usage: reclaim-assistant-bench [products] [iterations]
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let productCount = arguments.first ?? 10_000
let iterations = arguments.dropFirst().first ?? 5_000

let buildStart = ContinuousClock.now
let catalog = SyntheticCatalog.make(count: productCount)
let index = CatalogIndex(catalog)
let buildTime = ContinuousClock.now - buildStart
let assistant = BuiltInAssistant(index: index, policies: SyntheticCatalog.policies)
let cart = Array(catalog.products.prefix(2)).map { product in
    LineItem(
        productID: product.id, variantID: product.variants.first?.id, title: product.title,
        variantTitle: product.variants.first?.title, quantity: 1, unitPrice: product.variants.first?.price ?? 0)
}
let context = AssistantContext(
    brand: "Bench Outfitters", currency: "USD", cartLines: cart,
    checkoutLink: "https://go.example/r/B1",
    discount: DiscountLadderState(nextTierAllowed: true, next: AssistantDiscountOffer(code: "BENCH10", percent: 10)),
    support: SupportContact(email: "help@example.com"))
let texts = [
    "does it come in blue?", "is shipping free?", "how much is the trail jacket", "do you have the merino hoodie in large",
    "pls send the link", "STOP", "my card 4111 1111 1111 1111 got declined", "whats the return policy",
    "how heavy is the summit tent", "can i talk to a person", "any discount codes?", "maybe after payday",
    "do u have the alpine boot in size 11", "is the 14oz espresso grind in stock", "where is my order", "lol ok",
]
var samples: [Duration] = []
samples.reserveCapacity(iterations)
for iteration in 0..<iterations {
    let text = texts[iteration % texts.count]
    let start = ContinuousClock.now
    let response = assistant.respondNow(to: text, context: context)
    samples.append(ContinuousClock.now - start)
    if response.reply.isEmpty && response.action == .answer { print("empty answer for \(text)") }
}
samples.sort()
func ms(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.3f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
}
print("products: \(productCount), index build: \(ms(buildTime)), iterations: \(iterations)")
print("p50: \(ms(samples[samples.count / 2]))  p99: \(ms(samples[samples.count * 99 / 100]))  max: \(ms(samples.last!))")
