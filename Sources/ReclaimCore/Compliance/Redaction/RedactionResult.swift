/// A text with payment card data taken out, and what was found.
public struct RedactionResult: Codable, Sendable, Hashable {
    /// What kind of card data a finding was.
    public enum Finding: String, Codable, Sendable, Hashable, CaseIterable {
        /// A Luhn-valid 13–19 digit primary account number.
        case cardNumber = "card_number"
        /// A card verification code (CVV/CVC/CID).
        case securityCode = "security_code"
        /// An expiry date in card context.
        case expiry
    }

    /// The text with every finding replaced by a placeholder (`[card redacted]`, `[cvv redacted]`,
    /// `[expiry redacted]`).
    public var text: String
    /// Findings in the order they were replaced.
    public var findings: [Finding]

    /// Creates a result.
    public init(text: String, findings: [Finding]) {
        self.text = text
        self.findings = findings
    }

    /// Whether a card number or security code was found: the message must be redacted at the
    /// provider too, and the reply must point to the secure checkout.
    public var containsCardData: Bool {
        self.findings.contains(.cardNumber) || self.findings.contains(.securityCode)
    }
}
