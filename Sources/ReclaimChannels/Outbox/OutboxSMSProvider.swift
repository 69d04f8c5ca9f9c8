import Foundation
import ReclaimCore

/// An in-process SMS provider for development and the demo: accepts every text (unless its rule says
/// otherwise) with a generated id, records what was sent, and simulates delivery reports and replies.
///
/// Nothing is persisted here: the lead's dispatcher stores ``records`` and applies the reports from
/// ``takeStatusReports()`` exactly as it would apply a real provider's callbacks. Sends deduplicate on
/// ``SMSSendRequest/idempotencyKey``, so repeating a send returns the first result.
///
/// ```swift
/// let outbox = OutboxSMSProvider(rule: .undelivered(to: ["+15550000000"]))
/// let result = try await outbox.send(request)
/// for report in await outbox.takeStatusReports() { apply(report) }
/// ```
public actor OutboxSMSProvider: SMSProvider {
    /// One accepted text.
    public struct Record: Sendable, Hashable, Codable {
        /// The generated id (`OB…`).
        public var providerID: String
        /// What was asked.
        public var request: SMSSendRequest
        /// When it was accepted.
        public var acceptedAt: Date
        /// Its latest simulated status.
        public var status: MessageStatus
        /// Segments, from Reclaim's segment counter.
        public var segments: Int
        /// The simulated error code, for undelivered/failed.
        public var errorCode: String?
    }

    /// `outbox`.
    public nonisolated let name = "outbox"
    /// The outbox deduplicates on the idempotency key.
    public nonisolated var deduplicatesRetries: Bool { true }

    private var rule: OutboxRule
    private let now: @Sendable () -> Date
    private let makeID: @Sendable () -> String
    private var byID: [String: Int] = [:]
    private var byKey: [String: Int] = [:]
    private var pendingReports: [SMSStatusReport] = []
    /// Every accepted text, in order.
    public private(set) var records: [Record] = []

    /// Creates an outbox.
    /// - Parameters:
    ///   - rule: What happens to each text (default: delivered).
    ///   - now: The clock.
    ///   - makeID: Id generator (default `OB` + 32 hex digits).
    public init(
        rule: OutboxRule = .deliverAll, now: @escaping @Sendable () -> Date = Date.init,
        makeID: @escaping @Sendable () -> String = { "OB" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased() }
    ) {
        self.rule = rule
        self.now = now
        self.makeID = makeID
    }

    /// Replaces the simulation rule.
    /// - Parameter rule: The new rule.
    public func setRule(_ rule: OutboxRule) {
        self.rule = rule
    }

    /// Accepts a text (see ``OutboxRule``) and queues its simulated reports.
    /// - Parameter request: The text.
    /// - Returns: The generated id with status ``MessageStatus/accepted``; the first result again for a repeated key.
    /// - Throws: The rule's ``ProviderError`` for ``OutboxOutcome/reject(_:)``.
    public func send(_ request: SMSSendRequest) async throws -> SMSSendResult {
        if let index = self.byKey[request.idempotencyKey] { return self.result(self.records[index]) }
        let outcome = self.rule.decide(request)
        if case .reject(let error) = outcome { throw error }
        let record = Record(
            providerID: self.makeID(), request: request, acceptedAt: self.now(), status: .accepted,
            segments: SMSSegmenter.segmentCount(request.body))
        self.records.append(record)
        self.byID[record.providerID] = self.records.count - 1
        self.byKey[request.idempotencyKey] = self.records.count - 1
        self.simulate(outcome, for: record.providerID)
        return self.result(record)
    }

    /// The latest simulated state of a text.
    /// - Parameter providerID: The id from ``send(_:)``.
    /// - Returns: Its report, or `nil` for an unknown id.
    public func lookup(providerID: String) async throws -> SMSStatusReport? {
        guard let index = self.byID[providerID] else { return nil }
        let record = self.records[index]
        return self.report(record, status: record.status, errorCode: record.errorCode)
    }

    /// Simulated status reports since the last call, oldest first, as a provider's callbacks would bring them.
    /// - Returns: The reports; the queue is emptied.
    public func takeStatusReports() -> [SMSStatusReport] {
        defer { self.pendingReports.removeAll() }
        return self.pendingReports
    }

    /// A simulated reply from the shopper, shaped like a provider's inbound webhook.
    /// - Parameters:
    ///   - from: The shopper's number.
    ///   - to: Our number.
    ///   - text: What they wrote.
    /// - Returns: The inbound message with a generated id.
    public func simulateReply(from: String, to: String, text: String) -> InboundSMS {
        InboundSMS(provider: self.name, providerID: self.makeID(), from: from, to: to, text: text, receivedAt: self.now())
    }

    private func simulate(_ outcome: OutboxOutcome, for providerID: String) {
        switch outcome {
        case .deliver:
            self.advance(providerID, to: .sent, errorCode: nil)
            self.advance(providerID, to: .delivered, errorCode: nil)
        case .undeliver(let code):
            self.advance(providerID, to: .sent, errorCode: nil)
            self.advance(providerID, to: .undelivered, errorCode: code)
        case .fail(let code):
            self.advance(providerID, to: .failed, errorCode: code)
        case .stayAccepted, .reject:
            break
        }
    }

    private func advance(_ providerID: String, to status: MessageStatus, errorCode: String?) {
        guard let index = self.byID[providerID] else { return }
        self.records[index].status = status
        self.records[index].errorCode = errorCode
        self.pendingReports.append(self.report(self.records[index], status: status, errorCode: errorCode))
    }

    private func report(_ record: Record, status: MessageStatus, errorCode: String?) -> SMSStatusReport {
        SMSStatusReport(
            provider: self.name, providerID: record.providerID, status: status, providerStatus: status.rawValue,
            errorCode: errorCode, errorAction: errorCode.flatMap(Int.init).flatMap(TwilioErrorCodes.callbackAction(code:)),
            segments: record.segments, from: record.request.sender.number, to: record.request.to, occurredAt: self.now())
    }

    private func result(_ record: Record) -> SMSSendResult {
        SMSSendResult(
            provider: self.name, providerID: record.providerID, status: .accepted, providerStatus: "accepted",
            segments: record.segments)
    }
}
