import Foundation
import ReclaimChannels
import ReclaimCore
import Testing

@Suite struct TwilioStatusCallbackTests {
    @Test func deliveredCallbackParses() throws {
        let callback = try TwilioStatusCallback(parameters: [
            ("SmsSid", "SM1"), ("SmsStatus", "delivered"), ("MessageStatus", "delivered"), ("MessageSid", "SM1"),
            ("AccountSid", "AC1"), ("From", "+15017122661"), ("To", "+15558675310"), ("ApiVersion", "2010-04-01"),
            ("RawDlrDoneDate", "2401151232"),
        ])
        let report = callback.report
        #expect(report.providerID == "SM1")
        #expect(report.status == .delivered)
        #expect(report.errorCode == nil)
        #expect(report.to == "+15558675310")
        #expect(report.isFinal)
    }

    @Test func undeliveredCarriesErrorCodeAndAction() throws {
        let callback = try TwilioStatusCallback(parameters: [
            ("MessageSid", "SM2"), ("MessageStatus", "undelivered"), ("ErrorCode", "30004"),
        ])
        #expect(callback.report.status == .undelivered)
        #expect(callback.report.errorCode == "30004")
        #expect(callback.report.errorAction == .suppress(.carrierBlocked))
    }

    @Test func priceIsParsedWhenPresent() throws {
        let callback = try TwilioStatusCallback(parameters: [
            ("MessageSid", "SM3"), ("MessageStatus", "sent"), ("Price", "-0.01500"), ("PriceUnit", "USD"), ("NumSegments", "2"),
        ])
        #expect(callback.price?.money() == Money(minor: 2, currency: "USD"))
        #expect(callback.segments == 2)
        #expect(callback.report.status == .sent)
    }

    @Test func missingSidIsRejected() {
        #expect(throws: TwilioCallbackError.missing("MessageSid")) {
            try TwilioStatusCallback(parameters: [("MessageStatus", "sent")])
        }
    }

    @Test func blankSidFallsBackToSmsSidAndBlankStatusIsRejected() throws {
        let callback = try TwilioStatusCallback(parameters: [
            ("MessageSid", " "), ("SmsSid", "SM4"), ("MessageStatus", "sent"), ("ErrorCode", ""),
        ])
        #expect(callback.messageSID == "SM4")
        #expect(callback.errorCode == nil)
        #expect(throws: TwilioCallbackError.missing("MessageStatus")) {
            try TwilioStatusCallback(parameters: [("MessageSid", "SM5"), ("MessageStatus", "")])
        }
    }

    /// Decision 1 (docs/channels.md): Twilio's `sending` is `accepted` (Twilio has the message); Reclaim's
    /// own `sending` means its request is leaving with the outcome unknown.
    @Test(arguments: [
        ("queued", MessageStatus.accepted), ("accepted", .accepted), ("scheduled", .accepted), ("sending", .accepted),
        ("sent", .sent), ("delivered", .delivered), ("read", .delivered), ("partially_delivered", .delivered),
        ("undelivered", .undelivered), ("failed", .failed), ("canceled", .failed), ("received", .received),
        ("SENDING", .accepted), ("a_word_twilio_adds_later", .accepted),
    ])
    func statusWordsMap(word: String, status: MessageStatus) {
        #expect(TwilioMessageStatus.messageStatus(word) == status)
    }

    /// Decision 2: 30004 (blocked by the recipient or the carrier) suppresses the number, as 21610 does.
    @Test(arguments: [
        ("30004", ProviderAction?.some(.suppress(.carrierBlocked))), ("21610", .suppress(.carrierBlocked)),
        ("30003", .retry(after: nil)), ("30005", .invalidRecipient), ("30006", .invalidRecipient),
        ("30007", .permanent(code: "30007", message: "Message filtered by the carrier")), ("30008", nil),
    ])
    func errorCodesDecideTheAction(code: String, action: ProviderAction?) throws {
        let callback = try TwilioStatusCallback(parameters: [
            ("MessageSid", "SM6"), ("MessageStatus", "undelivered"), ("ErrorCode", code),
        ])
        #expect(callback.report.errorAction == action)
    }

    /// Decision 3: a price is rounded up to the currency's minor unit, by the ISO 4217 exponent in Core.
    @Test(arguments: [
        ("-0.00750", "USD", 1), ("-0.0125", "USD", 2), ("-0.01", "USD", 1), ("-0.0100001", "USD", 2),
        ("-0.00000", "USD", 0), ("-1.5", "JPY", 2), ("-0.5", "RWF", 1), ("-0.0005", "KWD", 1), ("0.0051", "eur", 1),
    ])
    func pricesRoundUpToTheMinorUnit(amount: String, unit: String, minor: Int) throws {
        let callback = try TwilioStatusCallback(parameters: [
            ("MessageSid", "SM7"), ("MessageStatus", "sent"), ("Price", amount), ("PriceUnit", unit),
        ])
        #expect(callback.report.price?.money() == Money(minor: minor, currency: unit.uppercased()))
    }

    @Test func aPriceWithoutItsUnitIsUSD() throws {
        let callback = try TwilioStatusCallback(parameters: [("MessageSid", "SM8"), ("MessageStatus", "sent"), ("Price", "-0.0079")])
        #expect(callback.price?.money() == Money(minor: 1, currency: "USD"))
    }

    @Test func lateReportsNeverMoveStatusBackwards() {
        #expect(MessageStatusProgress.merge(current: .delivered, incoming: .sent) == .delivered)
        #expect(MessageStatusProgress.merge(current: .accepted, incoming: .delivered) == .delivered)
        #expect(MessageStatusProgress.merge(current: .sent, incoming: .undelivered) == .undelivered)
        #expect(MessageStatusProgress.merge(current: .undelivered, incoming: .delivered) == .undelivered)
        #expect(MessageStatusProgress.merge(current: .blocked, incoming: .delivered) == .blocked)
        // An inbound or gate status is no delivery report.
        #expect(MessageStatusProgress.merge(current: .sent, incoming: .received) == .sent)
        #expect(MessageStatusProgress.merge(current: .accepted, incoming: .blocked) == .accepted)
    }
}
