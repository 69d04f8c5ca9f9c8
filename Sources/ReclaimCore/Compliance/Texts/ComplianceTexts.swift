/// Builds the fixed compliance replies: the HELP reply, the single opt-out confirmation and the
/// opt-in confirmation (compliance-rules.md §1.2, §1.4). Plain GSM-7 wording (straight
/// apostrophes) so they stay cheap and single-segment where the brand allows.
public enum ComplianceTexts {
    /// The HELP/INFO reply: brand, support contact, frequency, "Msg&data rates may apply" and
    /// "Reply STOP to opt out". Sent regardless of subscription state.
    ///
    /// ```swift
    /// ComplianceTexts.helpReply(brand: "Northwind Coffee", supportPhone: "+15550002222",
    ///                           supportEmail: "help@northwind.example")
    /// // "Northwind Coffee: Help at help@northwind.example or +15550002222. Msg frequency varies.
    /// //  Msg&data rates may apply. Reply STOP to opt out."
    /// ```
    /// - Parameters:
    ///   - brand: the store's brand name.
    ///   - supportPhone: support phone (toll-free or 10-digit), if any.
    ///   - supportEmail: support email, if any.
    ///   - frequency: message frequency wording.
    /// - Returns: the reply text.
    public static func helpReply(
        brand: String, supportPhone: String?, supportEmail: String?, frequency: String = "Msg frequency varies"
    ) -> String {
        let contacts = [supportEmail, supportPhone].compactMap { $0 }.filter { !$0.isEmpty }
        let help = contacts.isEmpty ? "Help: reply to this message" : "Help at \(contacts.joined(separator: " or "))"
        return "\(brand): \(help). \(frequency). Msg&data rates may apply. Reply STOP to opt out."
    }

    /// The HELP reply for a store, from its brand and support contacts.
    /// - Parameter store: the store.
    public static func helpReply(for store: Store) -> String {
        self.helpReply(brand: store.name, supportPhone: store.supportPhone, supportEmail: store.supportEmail)
    }

    /// The one opt-out confirmation: brand, that the shopper is unsubscribed and gets no more
    /// messages, nothing else; always one segment (a long brand drops the optional resubscribe
    /// hint, then is shortened).
    /// - Parameter brand: the store's brand name.
    /// - Returns: a single-segment confirmation.
    public static func optOutConfirmation(brand: String) -> String {
        let variants: [(String) -> String] = [
            { "\($0): You're unsubscribed and will receive no more messages. Reply START to resubscribe." },
            { "\($0): You're unsubscribed and will receive no more messages." },
            { "\($0): Unsubscribed. No more messages." },
        ]
        for variant in variants where SMSSegmenter.segmentCount(variant(brand)) == 1 {
            return variant(brand)
        }
        var shortened = brand
        while !shortened.isEmpty && SMSSegmenter.segmentCount(variants[2](shortened + "...")) > 1 {
            shortened.removeLast()
        }
        return variants[2](shortened + "...")
    }

    /// The confirmation after START/UNSTOP with the five CTIA §5.1.2.1 elements: program (brand),
    /// that messages recur and how often, fees, help and opt-out instructions.
    /// - Parameters:
    ///   - brand: the store's brand name.
    ///   - frequency: message frequency wording.
    /// - Returns: the confirmation text.
    public static func optInConfirmation(brand: String, frequency: String = "Msg frequency varies") -> String {
        "\(brand): You're subscribed to cart reminders and offers. \(frequency). Msg&data rates may apply. "
            + "Reply HELP for help, STOP to opt out."
    }

    /// The one question after a text that might mean "stop" but is ambiguous ("stop by the store?"):
    /// marketing is already paused; STOP opts out, START resumes. Sent once per number, ever. Worded so
    /// that a bare "yes" or "no" cannot be read as an answer (they could mean either), and one segment
    /// where the brand allows.
    ///
    /// ```swift
    /// ComplianceTexts.optOutQuestion(brand: "Summit Outfitters")
    /// // "Summit Outfitters: We've paused our offers to you. Reply STOP to stop all texts from us, or START to get offers again."
    /// ```
    /// - Parameter brand: the store's brand name.
    /// - Returns: the question text.
    public static func optOutQuestion(brand: String) -> String {
        let full = "\(brand): We've paused our offers to you. Reply STOP to stop all texts from us, or START to get offers again."
        guard SMSSegmenter.segmentCount(full) > 1 else { return full }
        return "\(brand): Offers paused. Reply STOP to stop all texts, START to resume."
    }
}
