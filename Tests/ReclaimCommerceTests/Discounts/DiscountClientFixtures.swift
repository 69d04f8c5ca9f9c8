import Foundation
import ReclaimCommerce
import ReclaimCore

/// Requests and clocks the discount client suites share.
enum DiscountClientFixtures {
    static let now = Date(timeIntervalSince1970: 1_796_680_800)  // 2026-12-07T22:00:00Z

    /// Tier 1 (10 %) and tier 2 (15 %) codes for one cart, 48 h each, minimum 50.00.
    static func request(
        code: String, tier: Int = 1, type: DiscountType = .percent, value: Int? = nil, products: [String] = []
    )
        -> PlatformDiscountRequest
    {
        PlatformDiscountRequest(
            code: code, title: "Reclaim cart-1 tier \(tier)", type: type, value: value ?? (tier == 1 ? 10 : 15), currency: "USD",
            startsAt: self.now, endsAt: self.now.addingTimeInterval(48 * 3600), minimumSubtotal: 5_000, productIDs: products,
            customerEmail: "ada@example.com", customerID: "207119551")
    }

    /// A fetcher whose timeout is short enough for the slow-answer tests.
    static let fetcher = AsyncHTTPFetcher(timeout: 1)
}
