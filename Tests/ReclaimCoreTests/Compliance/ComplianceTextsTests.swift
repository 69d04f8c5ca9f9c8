import Foundation
import Testing

@testable import ReclaimCore

/// HELP reply and confirmation texts.
@Suite struct ComplianceTextsTests {
    @Test func helpReplyForAStore() {
        let store = Store(
            id: "northwind", name: "Northwind Coffee", timezone: "America/New_York", currency: "USD",
            defaultRegion: "US", supportPhone: "+15550002222", supportEmail: "help@northwind.example")
        #expect(
            ComplianceTexts.helpReply(for: store) == "Northwind Coffee: Help at help@northwind.example or +15550002222. "
                + "Msg frequency varies. Msg&data rates may apply. Reply STOP to opt out.")
    }

    @Test func helpReplyWithoutContactsStillHelps() {
        let reply = ComplianceTexts.helpReply(brand: "Shop", supportPhone: nil, supportEmail: "")
        #expect(reply.contains("reply to this message"))
        #expect(MessageRules.check(text: reply, brand: "Shop", isFirstMessage: true, requireSingleSegment: false).isEmpty)
    }

    @Test(arguments: [
        "Northwind", "Northwind Coffee Roasters & Provisions of the Pacific Northwest",
        String(repeating: "Very Long Brand ", count: 15), "Café Ümlaut", "Brand 😀 Co", "Ω",
    ])
    func optOutConfirmationIsOneSegmentWithBrandAndNoMarketing(brand: String) {
        let text = ComplianceTexts.optOutConfirmation(brand: brand)
        #expect(SMSSegmenter.segmentCount(text) == 1)
        #expect(text.lowercased().contains("unsubscribed"))
        #expect(text.lowercased().contains("no more messages"))
        if brand.count < 60 { #expect(MessageRules.checkOptOutConfirmation(text: text, brand: brand).isEmpty) }
    }

    @Test func optInConfirmationHasTheCTIAElements() {
        let text = ComplianceTexts.optInConfirmation(brand: "Northwind")
        for part in ["Northwind", "Msg frequency varies", "Msg&data rates may apply", "HELP", "STOP"] {
            #expect(text.contains(part))
        }
    }
}
