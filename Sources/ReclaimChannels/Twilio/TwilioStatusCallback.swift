import Foundation
import ReclaimCore

/// A Twilio status callback: the form Twilio posts to `StatusCallback` on each status change, read
/// into a provider-neutral ``SMSStatusReport`` (the outbox applies it like any other report).
///
/// Verify `X-Twilio-Signature` over every received parameter before parsing (Twilio adds parameters
/// without notice). `ErrorCode` comes only with `failed`/`undelivered`; price only where Twilio sends it.
/// What each part means for the outbox is decided here, once:
/// - the status word by ``TwilioMessageStatus/messageStatus(_:)`` (`sending` is `accepted`);
/// - the error code by ``TwilioErrorCodes/callbackAction(code:)`` (21610 and 30004 suppress the number);
/// - the price by ``ProviderPrice/money(rounding:)`` (rounded up to the currency's minor unit).
///
/// ```swift
/// let callback = try TwilioStatusCallback(parameters: form.pairs)
/// let status = MessageStatusProgress.merge(current: row.status, incoming: callback.report.status)
/// ```
public struct TwilioStatusCallback: Sendable, Hashable {
    /// `MessageSid` (or its alias `SmsSid`).
    public var messageSID: String
    /// `MessageStatus` (or `SmsStatus`): `queued`, `sending`, `sent`, `delivered`, `undelivered`, `failed`, `read`.
    public var messageStatus: String
    /// `ErrorCode`, when present.
    public var errorCode: String?
    /// `AccountSid`.
    public var accountSID: String?
    /// `From`.
    public var from: String?
    /// `To`.
    public var to: String?
    /// `Price` and `PriceUnit` (USD when Twilio omits the unit), when present.
    public var price: ProviderPrice?
    /// `NumSegments`, when present.
    public var segments: Int?

    /// Parses the callback's form parameters. Each name's first value counts, trimmed; a blank value
    /// counts as absent.
    /// - Parameter parameters: Every POST parameter, in any order.
    /// - Throws: ``TwilioCallbackError/missing(_:)`` without a message SID or status.
    public init(parameters: [(name: String, value: String)]) throws {
        var values: [String: String] = [:]
        for (name, value) in parameters where values[name] == nil { values[name] = value }
        let field = { (name: String) -> String? in
            let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines)
            return value?.isEmpty == false ? value : nil
        }
        guard let sid = field("MessageSid") ?? field("SmsSid") else { throw TwilioCallbackError.missing("MessageSid") }
        guard let status = field("MessageStatus") ?? field("SmsStatus") else {
            throw TwilioCallbackError.missing("MessageStatus")
        }
        self.messageSID = sid
        self.messageStatus = status
        self.errorCode = field("ErrorCode")
        self.accountSID = field("AccountSid")
        self.from = field("From")
        self.to = field("To")
        self.price = field("Price").flatMap { ProviderPrice(amount: $0, currency: field("PriceUnit") ?? "USD") }
        self.segments = field("NumSegments").flatMap { Int($0) }
    }

    /// The callback as a provider-neutral report.
    public var report: SMSStatusReport {
        SMSStatusReport(
            provider: "twilio", providerID: self.messageSID, status: TwilioMessageStatus.messageStatus(self.messageStatus),
            providerStatus: self.messageStatus, errorCode: self.errorCode,
            errorAction: self.errorCode.flatMap { Int($0) }.flatMap(TwilioErrorCodes.callbackAction(code:)),
            segments: self.segments, price: self.price, from: self.from, to: self.to)
    }
}

/// A status callback that cannot be understood.
public enum TwilioCallbackError: Error, Sendable, Hashable {
    /// A required parameter is absent (or blank), by its name.
    case missing(String)
}
