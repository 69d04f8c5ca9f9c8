import Foundation
import ReclaimCore
import Testing

@Suite struct DiscountStateTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test(arguments: [
        (DiscountStatus.active, 60.0, DiscountState.active),
        (.active, 0, .expired),  // expiry is exclusive: at the instant it is gone
        (.active, -60, .expired),  // not swept yet, expired all the same
        (.superseded, 60, .superseded),
        (.superseded, -60, .superseded),
        (.redeemed, 60, .used),
        (.redeemed, -60, .used),
        (.expired, 60, .expired),
    ])
    func statusAndExpiryGiveTheState(_ status: DiscountStatus, _ expiresIn: TimeInterval, _ expected: DiscountState) {
        let discount = Discount(
            id: "dsc_1", storeID: "summit", cartID: "cart_1", code: "SAVE10", type: .percent, value: 10, tier: 1,
            expiresAt: Self.now.addingTimeInterval(expiresIn), status: status, createdAt: Self.now.addingTimeInterval(-3600))
        #expect(discount.state(at: Self.now) == expected)
    }
}
