import Foundation
import Testing

@testable import ReclaimCore

/// Card data redaction (compliance-rules.md §8; test cases 43–45).
@Suite struct CardDataRedactorTests {
    @Test(arguments: [
        ("4111111111111111", "[card redacted]"),
        ("4111 1111 1111 1111", "[card redacted]"),
        ("4111-1111-1111-1111", "[card redacted]"),
        ("card 5555 5555 5555 4444 thanks", "card [card redacted] thanks"),
        ("amex 3782 822463 10005", "amex [card redacted]"),
        ("6011111111111117", "[card redacted]"),
        ("4222222222222", "[card redacted]"),
        ("3530111333300000", "[card redacted]"),
        ("number: 4012888888881881.", "number: [card redacted]."),
        ("6250941006528599", "[card redacted]"),
        ("4111111111111111 and 5500005555555559", "[card redacted] and [card redacted]"),
    ])
    func luhnValidCardNumbersAreRedacted(text: String, redacted: String) {
        let result = CardDataRedactor.redact(text)
        #expect(result.text == redacted)
        #expect(result.containsCardData)
    }

    /// Case 45 and ordinary numbers: Luhn failures, phones, ZIPs, prices, dates and order ids stay.
    @Test(arguments: [
        "order 4111 1111 1111 1112", "Tracking 1234567890123456", "call me at +1 305 555 0123",
        "my number is (305) 555-0123", "+44 20 7946 0958", "+49 1512 3456789 is my cell", "ZIP 79901",
        "it was $1,299.99", "order #100234", "deliver by 12/25?", "ORD4111111111111111",
        "tracking 9400111899223197428490", "my code is 0411111111111111", "ref 1234-5678-9012-3456",
    ])
    func ordinaryNumbersStay(text: String) {
        let result = CardDataRedactor.redact(text)
        #expect(result.text == text)
        #expect(!result.containsCardData)
    }

    /// Case 43.
    @Test func case43CardExpiryAndCVVAreAllRedacted() {
        let result = CardDataRedactor.redact("my card is 4111 1111 1111 1111 exp 12/27 cvv 123")
        #expect(result.text == "my card is [card redacted] exp [expiry redacted] cvv [cvv redacted]")
        #expect(Set(result.findings) == [.cardNumber, .expiry, .securityCode])
        #expect(!result.text.contains { $0.isNumber })
    }

    @Test(arguments: [
        ("cvv 123", "cvv [cvv redacted]"), ("CVC: 4567", "CVC: [cvv redacted]"),
        ("security code 123", "security code [cvv redacted]"), ("my cvv is 999", "my cvv is [cvv redacted]"),
        ("4111111111111111 12/27 123", "[card redacted] [expiry redacted] [cvv redacted]"),
        ("visa exp 12/2027", "visa exp [expiry redacted]"), ("card expires 0927", "card expires [expiry redacted]"),
        ("card valid thru 11/28", "card valid thru [expiry redacted]"),
    ])
    func securityCodesAndExpiryInCardContext(text: String, redacted: String) {
        #expect(CardDataRedactor.redact(text).text == redacted)
    }

    @Test func expiryWithoutCardContextStays() {
        #expect(CardDataRedactor.redact("does the coupon exp 12/27?").text == "does the coupon exp 12/27?")
    }

    /// Case 44: a card number split across two consecutive texts is found and both halves redacted.
    @Test func case44SplitCardNumberIsRedactedInBothTexts() {
        let results = CardDataRedactor.redactConversation(["my card 4111 1111", "1111 1111 exp 12/27"])
        #expect(results[0].text == "my card [card redacted]")
        #expect(results[1].text.hasPrefix("[card redacted]"))
        #expect(results.allSatisfy { $0.containsCardData })
    }

    @Test func unrelatedConsecutiveNumbersAreNotJoined() {
        let results = CardDataRedactor.redactConversation(["order 1234", "5678 arrived?"])
        #expect(results.map(\.text) == ["order 1234", "5678 arrived?"])
    }

    @Test(arguments: [("4111111111111111", true), ("4111111111111112", false), ("79927398713", true), ("", false)])
    func luhn(digits: String, valid: Bool) {
        #expect(Luhn.isValid(digits) == valid)
    }
}
