import Foundation

/// Where an issued code stands for the shopper at an instant, as a person reading the inbox needs it.
public enum DiscountState: String, Codable, Sendable, Hashable, CaseIterable {
    /// Usable now.
    case active
    /// Replaced by a newer code for the same cart.
    case superseded
    /// Redeemed at checkout.
    case used
    /// Past its expiry (whether or not the expiry sweep has marked it yet).
    case expired
}

extension Discount {
    /// The code's state at `now`: a redeemed code is `used` and a superseded one `superseded` whatever
    /// the time; an active code whose `expiresAt` is at or before `now` is already `expired`.
    public func state(at now: Date) -> DiscountState {
        switch self.status {
        case .redeemed: .used
        case .superseded: .superseded
        case .expired: .expired
        case .active: self.expiresAt <= now ? .expired : .active
        }
    }
}
