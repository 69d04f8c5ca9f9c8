import ReclaimAssistant
import Testing

@Suite struct IntentClassifierTests {
    let classifier = IntentClassifier()

    @Test(arguments: [
        ("is shipping free?", AssistantIntent.shipping), ("whats ur return policy", .returns),
        ("does it come in blue?", .variant), ("what is the jacket made of", .product), ("how much is it", .price),
        ("any promo codes?", .discount), ("send me the link", .purchase), ("after payday", .defer),
        ("not interested", .notInterested), ("already bought it", .alreadyPurchased), ("STOP", .optOut),
        ("HELP", .help), ("START", .optIn), ("can i talk to a human", .human), ("why do you keep bugging me", .frustrated),
        ("where is my order", .orderIssue), ("my card got declined", .paymentIssue), ("wrong number", .wrongNumber),
        ("lol", .other),
    ])
    func classifiesEachIntent(text: String, expected: AssistantIntent) {
        #expect(self.classifier.classify(text).primary == expected)
    }

    @Test func normalizesShorthandRepeatsAndTypos() {
        let tokens = self.classifier.textNormalizer.normalize("Pleeease plz send teh lnk rn 🙂 thx").tokens
        #expect(tokens == ["please", "please", "send", "the", "link", "right", "now", "thanks"])
        #expect(self.classifier.textNormalizer.normalize("shpiping").tokens == ["shipping"])
        #expect(self.classifier.textNormalizer.normalize("DÍSCOUNT").tokens == ["discount"])
        #expect(self.classifier.textNormalizer.normalize("vous l'avez ?").tokens == ["vous", "l", "avez"])
        #expect(self.classifier.textNormalizer.normalize("don't").tokens == ["dont"])
    }

    @Test func toleratesTyposCasingAndEmoji() {
        #expect(self.classifier.classify("waht is the retrun policy").primary == .returns)
        #expect(self.classifier.classify("DO U GUYS HAVE A DSCOUNT CODE 🙏").primary == .discount)
        #expect(self.classifier.classify("is shiping freee").primary == .shipping)
    }

    @Test func understandsSpanishAndFrench() {
        let spanish = self.classifier.classify("¿cuánto cuesta el envío?")
        #expect(spanish.primary == .shipping)
        #expect(spanish.language == .spanish)
        let french = self.classifier.classify("avez-vous un code promo ?")
        #expect(french.primary == .discount)
        #expect(french.language == .french)
    }

    @Test func complianceOptOutComesFirst() {
        let result = self.classifier.classify("stop texting me, and where is my refund")
        #expect(result.primary == .optOut)
        #expect(result.complianceRule != nil)
        #expect(result.secondary.contains(.orderIssue))
        #expect(self.classifier.classify("wrong number, stop").primary == .wrongNumber)
    }

    @Test func wordsThatLookLikeStopAreNotOptOuts() {
        #expect(self.classifier.classify("can't stop thinking about that jacket, does it come in blue").primary == .variant)
    }

    @Test func reportsSecondaryIntentsAndConfidence() {
        let result = self.classifier.classify("does it come in blue? if so send the link")
        #expect(result.primary == .variant)
        #expect(result.secondary.contains(.purchase))
        #expect(result.confidence > 0.5)
        #expect(self.classifier.classify("qwerty zxcv").confidence < 0.5)
    }

    @Test func questionsBeatLaterAndLink() {
        #expect(self.classifier.classify("ill buy it friday when i get paid, is shipping free?").primary == .shipping)
    }
}
