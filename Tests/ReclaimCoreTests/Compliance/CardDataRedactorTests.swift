import Foundation
import Testing

@testable import ReclaimCore

/// Card data redaction (compliance-rules.md §8; test cases 43–45; issue 16 item 7).
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
        // Separators: dot, slash, line break, several, mixed; tabs and no-break spaces.
        ("4111.1111.1111.1111", "[card redacted]"),
        ("4111/1111/1111/1111", "[card redacted]"),
        ("4111\n1111\n1111\n1111", "[card redacted]"),
        ("4111\r\n1111\r\n1111\r\n1111", "[card redacted]"),
        ("4111 - 1111 - 1111 - 1111", "[card redacted]"),
        ("4111 1111.1111/1111", "[card redacted]"),
        ("4111\t1111\u{00A0}1111_1111", "[card redacted]"),
        ("4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "[card redacted]"),
        ("my card:\n4111 1111\n1111 1111", "my card:\n[card redacted]"),
        // Glued to letters.
        ("visa4111111111111111", "visa[card redacted]"),
        ("4111111111111111exp", "[card redacted]exp"),
        ("ORD4111111111111111", "ORD[card redacted]"),
        // Other scripts' digits.
        ("４１１１ １１１１ １１１１ １１１１", "[card redacted]"),
        ("４１１１－１１１１－１１１１－１１１１", "[card redacted]"),
        ("٤١١١١١١١١١١١١١١١", "[card redacted]"),
        ("۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱", "[card redacted]"),
        ("४१११११११११११११११", "[card redacted]"),
        ("𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏", "[card redacted]"),
    ])
    func luhnValidCardNumbersAreRedacted(text: String, redacted: String) {
        let result = CardDataRedactor.redact(text)
        #expect(result.text == redacted)
        #expect(result.containsCardData)
        #expect(!result.text.contains { $0.isNumber })
    }

    /// Case 45 and ordinary numbers: Luhn failures, phones, ZIPs, prices, dates and order ids stay, byte
    /// for byte.
    @Test(arguments: [
        "order 4111 1111 1111 1112", "Tracking 1234567890123456", "call me at +1 305 555 0123",
        "my number is (305) 555-0123", "+44 20 7946 0958", "+49 1512 3456789 is my cell", "ZIP 79901",
        "it was $1,299.99", "order #100234", "deliver by 12/25?", "4111111111111112", "ORD4111111111111112",
        "tracking 9400111899223197428490", "my code is 0411111111111111", "ref 1234-5678-9012-3456",
        "order #1001", "where is order #1001?", "order 1001 arrived?", "call 305-555-0123",
        "call 305 555 0123 or 305 555 0199", "my number is (305) 555-0123 or 305.555.0199", "1-800-555-0199",
        "+1 (305) 555-0123", "ZIP 33101-1234", "123 Main St\nApt 4\nMiami FL 33101", "it's 19.99 + 4.99 shipping",
        "I paid $1,234.56 on 12/07", "order 100234 placed 2026-12-07", "Tracking 1Z999AA10123456784",
        "2 shirts, size 10, $45", "my order 4471 size 10", "is a cvv needed for order 1001", "cider 1234",
        "Pinterest 1234", "does the coupon exp 12/27?", "what's a cvv?", "１２３ Main St", "order ٤٥٦",
    ])
    func ordinaryNumbersStay(text: String) {
        let result = CardDataRedactor.redact(text)
        #expect(result.text == text)
        #expect(result.findings.isEmpty)
    }

    /// Case 43.
    @Test func case43CardExpiryAndCVVAreAllRedacted() {
        let result = CardDataRedactor.redact("my card is 4111 1111 1111 1111 exp 12/27 cvv 123")
        #expect(result.text == "my card is [card redacted] exp [expiry redacted] cvv [cvv redacted]")
        #expect(Set(result.findings) == [.cardNumber, .expiry, .securityCode])
        #expect(!result.text.contains { $0.isNumber })
    }

    @Test(arguments: [
        ("cvv 123", "cvv [cvv redacted]"), ("CVC: 4567", "CVC: [cvv redacted]"), ("cvc 4567", "cvc [cvv redacted]"),
        ("security code 123", "security code [cvv redacted]"), ("security code 1234", "security code [cvv redacted]"),
        ("my cvv is 999", "my cvv is [cvv redacted]"), ("my cvv's 123", "my cvv's [cvv redacted]"),
        ("my cvv’s 123", "my cvv’s [cvv redacted]"), ("cvv is: 1234", "cvv is: [cvv redacted]"),
        ("CVV2=321", "CVV2=[cvv redacted]"), ("cvv\n123", "cvv\n[cvv redacted]"), ("cvv123", "cvv[cvv redacted]"),
        ("the code on the back is 123", "the code on the back is [cvv redacted]"),
        ("123 is my cvv", "[cvv redacted] is my cvv"), ("4567 (cvc)", "[cvv redacted] (cvc)"),
        ("ｃｖｖ １２３", "cvv [cvv redacted]"), ("cvv ١٢٣", "cvv [cvv redacted]"),
        ("mi código de seguridad es 123", "mi código de seguridad es [cvv redacted]"),
        ("el codigo de seguridad: 321", "el codigo de seguridad: [cvv redacted]"),
        ("CÓDIGO DE SEGURIDAD 4321", "CÓDIGO DE SEGURIDAD [cvv redacted]"),
        ("le cryptogramme est 456", "le cryptogramme est [cvv redacted]"),
        ("cryptogramme visuel : 789", "cryptogramme visuel : [cvv redacted]"),
        ("code de sécurité 246", "code de sécurité [cvv redacted]"),
        ("4111111111111111 12/27 123", "[card redacted] [expiry redacted] [cvv redacted]"),
        ("4111 1111 1111 1111 12/27 123", "[card redacted] [expiry redacted] [cvv redacted]"),
        ("5555 5555 5555 4444, 12/27, 123", "[card redacted], [expiry redacted], [cvv redacted]"),
        ("visa 4111 1111 1111 1111\n12/27\n123", "visa [card redacted]\n[expiry redacted]\n[cvv redacted]"),
        ("4111111111111111 exp 12-27", "[card redacted] exp [expiry redacted]"),
        ("4111111111111111 12-2027", "[card redacted] [expiry redacted]"),
        ("3782-822463-10005 exp 09/28 cid 1234", "[card redacted] exp [expiry redacted] cid [cvv redacted]"),
        ("visa exp 12/2027", "visa exp [expiry redacted]"), ("card expires 0927", "card expires [expiry redacted]"),
        ("card valid thru 11/28", "card valid thru [expiry redacted]"),
        ("tarjeta 4111111111111111 vence 12/27", "tarjeta [card redacted] vence [expiry redacted]"),
        ("card ４１１１１１１１１１１１１１１１ exp １２／２７ cvv １２３", "card [card redacted] exp [expiry redacted] cvv [cvv redacted]"),
    ])
    func securityCodesAndExpiryDates(text: String, redacted: String) {
        let result = CardDataRedactor.redact(text)
        #expect(result.text == redacted)
        #expect(!result.text.replacingOccurrences(of: "CVV2", with: "").contains { $0.isNumber })
    }

    @Test func expiryWithoutCardContextStays() {
        #expect(CardDataRedactor.redact("does the coupon exp 12/27?").text == "does the coupon exp 12/27?")
    }

    /// Redacting a redacted text changes nothing and still reports what it held.
    @Test(arguments: ["my card is 4111 1111 1111 1111 exp 12/27 cvv 123", "my cvv's 123", "visa4111111111111111"])
    func redactingTwiceChangesNothing(text: String) {
        let once = CardDataRedactor.redact(text)
        let twice = CardDataRedactor.redact(once.text)
        #expect(twice.text == once.text)
        #expect(Set(twice.findings) == Set(once.findings))
        #expect(twice.containsCardData)
    }

    /// Case 44: a card number split across two consecutive texts is found and both halves redacted.
    @Test func case44SplitCardNumberIsRedactedInBothTexts() {
        let results = CardDataRedactor.redactConversation(["my card 4111 1111", "1111 1111 exp 12/27"])
        #expect(results[0].text == "my card [card redacted]")
        #expect(results[1].text == "[card redacted] exp [expiry redacted]")
        #expect(results.allSatisfy { $0.containsCardData })
    }

    @Test(arguments: [
        (["4111", "1111 1111", "1111"], ["[card redacted]", "[card redacted]", "[card redacted]"]),
        (["4111 1111 1111", "1111."], ["[card redacted]", "[card redacted]."]),
        (["４１１１ １１１１", "١١١١ ١١١١ thanks"], ["[card redacted]", "[card redacted] thanks"]),
        (["4111.1111.", "1111/1111"], ["[card redacted]", "[card redacted]"]),
        (["4111 1111 1111 1111", "12/27", "123"], ["[card redacted]", "[expiry redacted]", "[cvv redacted]"]),
        (["4111 1111 1111 1111", "exp 12/27", "cvv 123"], ["[card redacted]", "exp [expiry redacted]", "cvv [cvv redacted]"]),
        (["my cvv is", "123"], ["my cvv is", "[cvv redacted]"]),
        (["[card redacted]", "1111 1111 thanks"], ["[card redacted]", "1111 1111 thanks"]),
    ])
    func cardDataSplitAcrossTextsIsRedactedInEach(texts: [String], redacted: [String]) {
        #expect(CardDataRedactor.redactConversation(texts).map(\.text) == redacted)
    }

    @Test(arguments: [
        ["order 1234", "5678 arrived?"], ["order 4111", "1234 shipped?"], ["is it waterproof?", "4111 1111"],
        ["call 305 555", "0123 please"], ["order #1001", "and #1002"], ["size 10", "123 Main St"],
    ])
    func unrelatedConsecutiveNumbersAreNotJoined(texts: [String]) {
        let results = CardDataRedactor.redactConversation(texts)
        #expect(results.map(\.text) == texts)
        #expect(results.allSatisfy { $0.findings.isEmpty })
    }

    @Test(arguments: [
        ("４１１１", "4111"), ("٤١١١", "4111"), ("۴۱۱۱", "4111"), ("४१११", "4111"), ("𝟒𝟏", "41"), ("ｃｖｖ：", "cvv:"),
        ("a\u{00A0}b", "a b"), ("plain 123", "plain 123"),
    ])
    func normalizerWritesEveryDigitInASCII(text: String, normalized: String) {
        #expect(CardTextNormalizer.normalize(text) == normalized)
    }

    @Test(arguments: [("4111111111111111", true), ("4111111111111112", false), ("79927398713", true), ("", false)])
    func luhn(digits: String, valid: Bool) {
        #expect(Luhn.isValid(digits) == valid)
    }
}
