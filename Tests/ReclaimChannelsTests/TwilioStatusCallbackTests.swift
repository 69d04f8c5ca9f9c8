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

    @Test(arguments: [
        ("queued", MessageStatus.accepted), ("accepted", .accepted), ("scheduled", .accepted), ("sending", .accepted),
        ("sent", .sent), ("delivered", .delivered), ("read", .delivered), ("undelivered", .undelivered),
        ("failed", .failed), ("canceled", .failed), ("received", .received),
    ])
    func statusWordsMap(word: String, status: MessageStatus) {
        #expect(TwilioMessageStatus.messageStatus(word) == status)
    }

    @Test func lateReportsNeverMoveStatusBackwards() {
        #expect(MessageStatusProgress.merge(current: .delivered, incoming: .sent) == .delivered)
        #expect(MessageStatusProgress.merge(current: .accepted, incoming: .delivered) == .delivered)
        #expect(MessageStatusProgress.merge(current: .sent, incoming: .undelivered) == .undelivered)
        #expect(MessageStatusProgress.merge(current: .undelivered, incoming: .delivered) == .undelivered)
        #expect(MessageStatusProgress.merge(current: .blocked, incoming: .delivered) == .blocked)
    }
}
