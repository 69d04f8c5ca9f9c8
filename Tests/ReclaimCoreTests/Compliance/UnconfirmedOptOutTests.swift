import Foundation
import Testing

@testable import ReclaimCore

/// An ambiguous "stop" (`opt_out_unconfirmed`) stops marketing at once but lets the answer to the
/// shopper's own message and the HELP reply through; a clear opt-out stops everything but its
/// confirmation and HELP.
@Suite struct UnconfirmedOptOutTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var reason: SuppressionReason
        var purpose: MessagePurpose
        var blocked: Bool
        var testDescription: String { "\(self.reason.rawValue) \(self.purpose.rawValue) → \(self.blocked ? "blocked" : "allowed")" }
    }

    static let rows: [Row] = [
        Row(reason: .optOutUnconfirmed, purpose: .flowStep, blocked: true),
        Row(reason: .optOutUnconfirmed, purpose: .reply, blocked: false),
        Row(reason: .optOutUnconfirmed, purpose: .helpReply, blocked: false),
        Row(reason: .optOutUnconfirmed, purpose: .optOutConfirmation, blocked: true),
        Row(reason: .optOutUnconfirmed, purpose: .optInConfirmation, blocked: true),
        Row(reason: .optedOut, purpose: .flowStep, blocked: true),
        Row(reason: .optedOut, purpose: .reply, blocked: true),
        Row(reason: .optedOut, purpose: .helpReply, blocked: false),
        Row(reason: .optedOut, purpose: .optOutConfirmation, blocked: false),
        Row(reason: .optedOut, purpose: .optInConfirmation, blocked: true),
        Row(reason: .erased, purpose: .reply, blocked: true),
        Row(reason: .erased, purpose: .helpReply, blocked: true),
        Row(reason: .carrierBlocked, purpose: .reply, blocked: true),
    ]

    static let now = ComplianceFixture.local("2026-11-24 13:00", "America/New_York")

    static func request(_ purpose: MessagePurpose, suppression: SuppressionReason?) -> SendRequest {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "NY", areaCode: "212"))
        return SendRequest(
            channel: .sms, purpose: purpose, location: location, consent: .assumed(.expressWritten), suppression: suppression,
            history: SendHistory(lastInboundAt: Self.now.addingTimeInterval(-30), optOutReceivedAt: Self.now.addingTimeInterval(-30)),
            now: Self.now)
    }

    @Test(arguments: Self.rows)
    func theGateTreatsEachSuppressionByPurpose(_ row: Row) {
        let decision = SendGate.decide(Self.request(row.purpose, suppression: row.reason))
        #expect(decision.reasonCodes.contains("suppressed_\(row.reason.rawValue)") == row.blocked)
        if !row.blocked, row.purpose != .flowStep {
            #expect(decision.verdict == .send)
        }
    }

    @Test func theDecisionRecordsTheSuppressionItWasMadeUnder() {
        let decision = SendGate.decide(Self.request(.reply, suppression: .optOutUnconfirmed))
        #expect(decision.record.suppression == .optOutUnconfirmed)
        #expect(SendGate.decide(Self.request(.reply, suppression: nil)).record.suppression == nil)
    }

    @Test(arguments: ["Summit Outfitters", "Northwind", String(repeating: "Very Long Brand Name ", count: 3)])
    func theQuestionOffersStopAndStartInOneSegment(brand: String) {
        let question = ComplianceTexts.optOutQuestion(brand: brand)
        #expect(question.hasPrefix("\(brand):"))
        #expect(question.contains("Reply STOP"))
        #expect(question.contains("START"))
        #expect(!question.contains("?"))  // nothing a bare "yes" or "no" could answer
        #expect(SMSSegmenter.segmentCount(question) == 1 || brand.count > 40)
    }

    @Test func theQuestionIsAllowedAsAReplyAtNight() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "NY", areaCode: "212"))
        let night = ComplianceFixture.local("2026-11-23 23:45", "America/New_York")
        let request = SendRequest(
            channel: .sms, purpose: .reply, location: location, consent: .assumed(.expressWritten),
            suppression: .optOutUnconfirmed, history: SendHistory(lastInboundAt: night),
            content: .init(text: ComplianceTexts.optOutQuestion(brand: "Northwind"), brand: "Northwind", isFirstMessage: false),
            now: night)
        #expect(SendGate.decide(request).verdict == .send)
    }
}
