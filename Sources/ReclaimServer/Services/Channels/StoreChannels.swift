import Foundation
import ReclaimChannels
import ReclaimCore

/// One store's ways out: its SMS provider and sender, its email sender and From address, and the
/// pace and prices that go with them. Built once from `reclaim.yml` by ``ChannelDirectory``.
public struct StoreChannels: Sendable {
    /// The SMS provider (`twilio`, `telnyx` or `outbox`), `nil` when the store has no `sms:` section.
    public var sms: (any SMSProvider)?
    /// Who texts are sent from.
    public var smsSender: SMSSender?
    /// The sender's throughput, which the pacer enforces across processes.
    public var throughput: SenderThroughput
    /// The key the pacer stores the sender's bucket under; empty when the sender is not paced.
    public var pacingKey: String
    /// Price per segment in major units by destination country (`default` for the rest).
    public var pricePerSegment: [String: Double]
    /// The email sender (`smtp` or `outbox`), `nil` when the store has no `email:` section.
    public var email: (any EmailSender)?
    /// The From address of emails.
    public var emailFrom: EmailAddress?
    /// The Reply-To address of emails.
    public var emailReplyTo: EmailAddress?

    /// Creates the channels.
    public init(
        sms: (any SMSProvider)? = nil, smsSender: SMSSender? = nil, throughput: SenderThroughput = .longCode,
        pacingKey: String = "", pricePerSegment: [String: Double] = [:], email: (any EmailSender)? = nil,
        emailFrom: EmailAddress? = nil, emailReplyTo: EmailAddress? = nil
    ) {
        self.sms = sms
        self.smsSender = smsSender
        self.throughput = throughput
        self.pacingKey = pacingKey
        self.pricePerSegment = pricePerSegment
        self.email = email
        self.emailFrom = emailFrom
        self.emailReplyTo = emailReplyTo
    }

    /// The configured price of `segments` segments to `country`, rounded up to the minor unit.
    /// - Returns: `nil` when no price is configured for the country and there is no `default`.
    public func configuredCost(segments: Int, country: String?, currency: String = "USD") -> Money? {
        guard let price = country.flatMap({ self.pricePerSegment[$0.uppercased()] }) ?? self.pricePerSegment["default"]
        else { return nil }
        let amount = Decimal(price) * Decimal(max(1, segments))
        return ProviderPrice(amount: amount, currency: currency).money()
    }
}
