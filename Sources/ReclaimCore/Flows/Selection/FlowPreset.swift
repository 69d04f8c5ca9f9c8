import Foundation

/// The flows Reclaim ships, chosen per store (`flow: carrier-safe`) and by jurisdiction when the
/// store names none. docs/flows.md describes each in full.
public enum FlowPreset: String, CaseIterable, Sendable, Hashable {
    /// One conversational text at 45 minutes (product named, a question invited, a link, no
    /// discount), emails at 4 h (social proof) and 24 h (stock and free-shipping nudge), and a final
    /// email at 60 h with 10 % off when the cart is at least 5,000 minor units. Later texts are only
    /// replies to the shopper. The default for US numbers, following US carrier guidance.
    case carrierSafe = "carrier-safe"
    /// Texts at 1 h (product details, no discount), 24 h (10 % off) and 72 h (15 % off, superseding the
    /// 10 % code).
    case threeTouchSMS = "three-touch-sms"
    /// A text at 45 minutes, an email at 4 h, a text 15 minutes after an email click, an email with 10 % off
    /// when the 4 h email is unopened after 48 h, and a final email at 72 h with 15 % off.
    case hybrid

    /// The preset with this name, accepting any case and `_` for `-` (`Carrier_Safe`).
    /// - Parameter name: A preset name from configuration.
    public init?(name: String) {
        let normalized = name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        self.init(rawValue: normalized)
    }

    /// The name used in configuration and stored on journeys.
    public var name: String { self.rawValue }

    /// The preset used when a store names no flow.
    ///
    /// Carrier-safe everywhere: it is what US carriers expect, and the most conservative choice
    /// where the rules are unknown.
    /// - Parameter country: ISO 3166 region of the recipient's phone, when known.
    public static func fallback(forCountry country: String?) -> FlowPreset {
        .carrierSafe
    }
}
