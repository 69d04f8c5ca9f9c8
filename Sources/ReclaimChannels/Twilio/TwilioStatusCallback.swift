import Foundation
import ReclaimCore

/// A Twilio status callback: the form Twilio posts to `StatusCallback` on each status change.
///
/// Verify `X-Twilio-Signature` over every received parameter before parsing (Twilio adds parameters
/// without notice). `ErrorCode` comes only with `failed`/`undelivered`; price only where Twilio sends it.
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
    /// `Price` and `PriceUnit`, when present.
    public var price: ProviderPrice?
    /// `NumSegments`, when present.
    public var segments: Int?

    /// Parses the callback's form parameters.
    /// - Parameter parameters: Every POST parameter, in any order.
    /// - Throws: ``TwilioCallbackError/missing(_:)`` without a message SID or status.
    public init(parameters: [(name: String, value: String)]) throws {
        var values: [String: String] = [:]
        for (name, value) in parameters where values[name] == nil { values[name] = value }
        guard let sid = values["MessageSid"] ?? values["SmsSid"], !sid.isEmpty else {
            throw TwilioCallbackError.missing("MessageSid")
        }
        guard let status = values["MessageStatus"] ?? values["SmsStatus"], !status.isEmpty else {
            throw TwilioCallbackError.missing("MessageStatus")
        }
        self.messageSID = sid
        self.messageStatus = status
        self.errorCode = values["ErrorCode"].flatMap { $0.isEmpty ? nil : $0 }
        self.accountSID = values["AccountSid"]
        self.from = values["From"]
        self.to = values["To"]
        self.price = ProviderPrice(amount: values["Price"], currency: values["PriceUnit"])
        self.segments = values["NumSegments"].flatMap(Int.init)
    }

    /// The callback as a provider-neutral report.
    public var report: SMSStatusReport {
        SMSStatusReport(
            provider: "twilio", providerID: self.messageSID, status: TwilioMessageStatus.messageStatus(self.messageStatus),
            providerStatus: self.messageStatus, errorCode: self.errorCode,
            errorAction: self.errorCode.flatMap(Int.init).flatMap(TwilioErrorCodes.callbackAction(code:)),
            segments: self.segments, price: self.price, from: self.from, to: self.to)
    }
}

/// A status callback that cannot be understood.
public enum TwilioCallbackError: Error, Sendable, Hashable {
    /// A required parameter is absent.
    case missing(String)
}
