import Foundation
import ReclaimCore
import Testing

/// Codes are unguessable and readable in a text.
@Suite struct DiscountCodeGeneratorTests {
    @Test func oneHundredThousandCodesForOneStoreNeverCollideNorUseLookAlikes() {
        var random = SystemRandomNumberGenerator()
        var codes: Set<String> = []
        var unreadable: [String] = []
        for _ in 0..<100_000 {
            let code = DiscountCodeGenerator.code(using: &random)
            let readable = code.count == DiscountCodeGenerator.length && !code.contains { "0O1I".contains($0) }
            if !readable || !code.allSatisfy({ DiscountCodeGenerator.alphabet.contains($0) }) { unreadable.append(code) }
            codes.insert(code)
        }
        #expect(unreadable.isEmpty)
        #expect(codes.count == 100_000)
    }

    @Test func codesCarryAtLeastFortyBitsAndMixLettersAndDigits() {
        #expect(DiscountCodeGenerator.entropyBits >= 40)
        var random = SystemRandomNumberGenerator()
        let code = DiscountCodeGenerator.code(using: &random)
        #expect(code.first?.isLetter == true)
        #expect(code.last?.isNumber == true)
    }

    @Test func mintTiesTheCodeToTheCartAndTheOffer() {
        var random = SystemRandomNumberGenerator()
        let now = Date(timeIntervalSince1970: 1_740_960_000)
        let cart = Cart(
            id: "cart-1", storeID: "northwind", source: .events, externalID: "c1", items: [], subtotal: .zero("USD"),
            lastActivityAt: now, createdAt: now, updatedAt: now)
        let discount = DiscountCodeGenerator.mint(
            offer: DiscountOffer(type: .percent, value: 15, expiresAfter: 48 * 3600, tier: 2), cart: cart, now: now, using: &random)
        #expect(discount.cartID == "cart-1" && discount.storeID == "northwind")
        #expect(discount.tier == 2 && discount.value == 15 && discount.status == .active)
        #expect(discount.expiresAt == now.addingTimeInterval(48 * 3600))
    }
}
