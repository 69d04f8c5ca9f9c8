import Foundation
import ReclaimCore
import Testing

@testable import ReclaimAssistant

/// Long numbers in a reply or a stored cart never trap the assistant (issue 16 item 6).
@Suite struct AmountOverflowTests {
    @Test func aHugeAmountInATextIsSkippedNotMultipliedPastInt() {
        let amounts = ClaimScanner.amounts(in: "it costs $99999999999999999 or $92233720368547758.08, not $12.50")
        #expect(amounts.map(\.minor) == [1250])
    }

    @Test func theCartSubtotalOfLinesPastTheBoundsSaturates() {
        let context = AssistantContext(
            brand: "Summit", currency: "USD",
            cartLines: [
                LineItem(productID: "p", title: "Jacket", quantity: 2, unitPrice: .max),
                LineItem(productID: "q", title: "Tent", quantity: 1, unitPrice: 100),
            ])
        #expect(context.cartSubtotal == .max)
        #expect(
            AssistantContext(brand: "S", currency: "USD", cartLines: [LineItem(productID: "p", title: "T", quantity: 3, unitPrice: 250)])
                .cartSubtotal == 750)
    }
}
