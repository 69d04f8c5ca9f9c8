import Foundation
import Testing

@testable import ReclaimCore

/// Reclaim's own double opt-in: which replies confirm, and the request's states (issue 18).
@Suite struct DoubleOptInTests {
    @Test(arguments: [
        ("Y", true), ("y", true), ("YES", true), ("Yes!", true), (" yes. ", true), ("SI", true), ("Sí", true),
        ("sí", true), ("OUI", true), ("oui", true), ("O", true), ("JA", true), ("Sim", true),
        ("yes please", false), ("yeah", false), ("no", false), ("N", false), ("STOP", false), ("y y", false), ("", false),
        ("YES STOP", false), ("ok", false),
    ])
    func confirmationWords(text: String, confirms: Bool) {
        #expect(DoubleOptIn.isConfirmation(text) == confirms)
    }

    static let expiry = Date(timeIntervalSince1970: 1_800_000_000)

    @Test(arguments: [
        (DoubleOptIn.State.pending, DoubleOptIn.Event.reply(at: expiry.addingTimeInterval(-1)), DoubleOptIn.State.confirmed),
        (.pending, .reply(at: expiry), .expired),
        (.pending, .reply(at: expiry.addingTimeInterval(60)), .expired),
        (.pending, .expiryCheck(at: expiry.addingTimeInterval(-60)), .pending),
        (.pending, .expiryCheck(at: expiry), .expired),
        (.pending, .revoked, .revoked),
        (.confirmed, .revoked, .confirmed),
        (.confirmed, .expiryCheck(at: expiry.addingTimeInterval(60)), .confirmed),
        (.expired, .reply(at: expiry.addingTimeInterval(-60)), .expired),
        (.revoked, .reply(at: expiry.addingTimeInterval(-60)), .revoked),
    ])
    func stateMachine(from: DoubleOptIn.State, event: DoubleOptIn.Event, to: DoubleOptIn.State) {
        #expect(DoubleOptIn.next(from, expiresAt: Self.expiry, after: event) == to)
    }

    @Test func theConfirmationTextNamesEveryElement() {
        let text = DoubleOptIn.confirmationText(brand: "Northwind Coffee", termsURL: "https://northwind.example/sms-terms")
        for element in [
            "Northwind Coffee", "cart reminders", "Msg frequency varies", "Msg & data rates may apply",
            "Reply STOP to cancel, HELP for help", "https://northwind.example/sms-terms", "Reply Y to confirm",
        ] {
            #expect(text.contains(element), "\(element)")
        }
        #expect(SMSDisclosureElement.missing(in: text, brand: "Northwind Coffee").filter { $0 != .notConditionOfPurchase }.isEmpty)
    }

    /// The confirmation request: no consent kind needed, but quiet hours apply (the strict reading) and a
    /// revoked consent or a suppression blocks it.
    @Test(arguments: [
        ("2026-11-18 14:00", ConsentKind.singleOptIn, SuppressionReason?.none, "send"),
        ("2026-11-18 23:00", .singleOptIn, nil, "defer"),
        ("2026-11-18 14:00", .revoked, nil, "block"),
        ("2026-11-18 14:00", .singleOptIn, .optedOut, "block"),
    ])
    func theRequestIsGated(local: String, kind: ConsentKind, suppression: SuppressionReason?, verdict: String) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "IL", areaCode: "312", zones: ["America/Chicago"]))
        let text = DoubleOptIn.confirmationText(brand: "Northwind Coffee", termsURL: nil)
        let request = SendRequest(
            channel: .sms, purpose: .doubleOptInRequest, location: location, consent: .assumed(kind, channel: .sms),
            suppression: suppression, content: .init(text: text, brand: "Northwind Coffee", isFirstMessage: true),
            now: ComplianceFixture.local(local, "America/Chicago"))
        let decision = SendGate.decide(request)
        switch decision.verdict {
        case .send: #expect(verdict == "send", "\(decision.reasons)")
        case .defer: #expect(verdict == "defer", "\(decision.reasons)")
        case .block: #expect(verdict == "block", "\(decision.reasons)")
        }
    }
}
