import Foundation
import ReclaimChannels
import ReclaimCore

/// A configuration problem in a store's `sms:` or `email:` section, naming the key.
public struct ChannelConfigurationError: Error, CustomStringConvertible, Sendable {
    /// The key at fault, e.g. `stores[northwind].sms.twilio.auth_token`.
    public var key: String
    /// What is wrong.
    public var problem: String
    public var description: String { "\(self.key): \(self.problem)" }
}

/// Every store's channels, built once at start-up from the configuration and shared by the dispatcher,
/// the demo and the routes. Outbox providers are kept so that the demo and tests can simulate replies.
public struct ChannelDirectory: Sendable {
    private let byStore: [StoreID: StoreChannels]

    /// Creates a directory from ready-made channels (tests).
    public init(_ byStore: [StoreID: StoreChannels]) {
        self.byStore = byStore
    }

    /// Builds every store's channels from `configuration`.
    /// - Parameter clock: The application's clock, for dates the providers stamp.
    /// - Throws: ``ChannelConfigurationError`` naming a missing or invalid key.
    public init(configuration: ReclaimConfiguration, clock: any WallClock) throws {
        var byStore: [StoreID: StoreChannels] = [:]
        for store in configuration.stores {
            byStore[store.id] = try Self.channels(for: store, clock: clock)
        }
        self.byStore = byStore
    }

    /// The store's channels (empty channels for an unknown store).
    public subscript(store: StoreID) -> StoreChannels {
        self.byStore[store] ?? StoreChannels()
    }

    static func channels(for store: StoreConfiguration, clock: any WallClock) throws -> StoreChannels {
        let now: @Sendable () -> Date = { clock.now() }
        var channels = StoreChannels()
        let prefix = "stores[\(store.id)]"
        if let sms = store.sms {
            let built = try Self.smsProvider(sms, key: "\(prefix).sms", now: now)
            channels.sms = built.provider
            channels.smsSender = built.sender
            let type = SenderType(rawValue: sms.senderType ?? SenderType.longCode.rawValue)
            guard let type else {
                throw ChannelConfigurationError(key: "\(prefix).sms.sender_type", problem: "use long_code, toll_free or short_code")
            }
            var throughput = SenderThroughput.default(for: type)
            if let rate = sms.segmentsPerSecond {
                guard rate > 0 else {
                    throw ChannelConfigurationError(key: "\(prefix).sms.segments_per_second", problem: "must be positive")
                }
                throughput = SenderThroughput(segmentsPerSecond: rate)
            }
            channels.throughput = throughput
            // The outbox provider reaches no carrier: it is paced only when a rate is configured.
            if built.provider.name != "outbox" || sms.segmentsPerSecond != nil {
                channels.pacingKey = "\(built.provider.name):\(built.sender.pacingName)"
            }
            channels.pricePerSegment = Dictionary(
                uniqueKeysWithValues: (sms.pricePerSegment ?? [:]).map { ($0.key == "default" ? $0.key : $0.key.uppercased(), $0.value) })
        }
        if let email = store.email {
            channels.email = try Self.emailSender(email, key: "\(prefix).email", now: now)
            guard let from = email.from.flatMap(EmailAddress.init(header:)) else {
                throw ChannelConfigurationError(key: "\(prefix).email.from", problem: "required: `Brand <hello@brand.example>`")
            }
            channels.emailFrom = from
            channels.emailReplyTo = email.replyTo.flatMap(EmailAddress.init(header:))
        }
        return channels
    }

    static func smsProvider(
        _ sms: StoreConfiguration.SMSSection, key: String, now: @escaping @Sendable () -> Date
    ) throws -> (provider: any SMSProvider, sender: SMSSender) {
        switch sms.provider ?? "outbox" {
        case "twilio":
            guard let twilio = sms.twilio, let sid = twilio.accountSID, let token = twilio.authToken else {
                throw ChannelConfigurationError(key: "\(key).twilio", problem: "account_sid and auth_token are required")
            }
            let configuration = TwilioConfiguration(
                accountSID: sid, authToken: token, baseURL: twilio.apiBaseURL ?? "https://api.twilio.com")
            return (
                TwilioSMSProvider(configuration: configuration, now: now),
                try Self.sender(number: twilio.from, service: twilio.messagingServiceSID, key: "\(key).twilio")
            )
        case "telnyx":
            guard let telnyx = sms.telnyx, let apiKey = telnyx.apiKey else {
                throw ChannelConfigurationError(key: "\(key).telnyx.api_key", problem: "required")
            }
            let configuration = TelnyxConfiguration(apiKey: apiKey, baseURL: telnyx.apiBaseURL ?? "https://api.telnyx.com")
            return (
                TelnyxSMSProvider(configuration: configuration, now: now),
                try Self.sender(number: telnyx.from, service: telnyx.messagingProfileID, key: "\(key).telnyx")
            )
        case "outbox":
            let from = sms.twilio?.from ?? sms.telnyx?.from ?? "+15005550006"
            return (OutboxSMSProvider(now: now), .number(from))
        case let other:
            throw ChannelConfigurationError(key: "\(key).provider", problem: "unknown provider \"\(other)\": use twilio, telnyx or outbox")
        }
    }

    static func sender(number: String?, service: String?, key: String) throws -> SMSSender {
        switch (number, service) {
        case (let number?, let service?): return .numberInService(number: number, service: service)
        case (let number?, nil): return .number(number)
        case (nil, let service?): return .messagingService(service)
        case (nil, nil): throw ChannelConfigurationError(key: "\(key).from", problem: "a sending number or messaging service is required")
        }
    }

    static func emailSender(
        _ email: StoreConfiguration.EmailSection, key: String, now: @escaping @Sendable () -> Date
    ) throws -> any EmailSender {
        let renderer = EmailRenderer(dkim: try email.dkim.map { try Self.dkimSigner($0, key: "\(key).dkim") }, now: now)
        switch email.provider ?? "outbox" {
        case "smtp":
            guard let smtp = email.smtp, let host = smtp.host else {
                throw ChannelConfigurationError(key: "\(key).smtp.host", problem: "required")
            }
            guard let tls = SMTPTLSMode(rawValue: smtp.tls ?? "starttls") else {
                throw ChannelConfigurationError(key: "\(key).smtp.tls", problem: "use none, starttls or tls")
            }
            let credentials = smtp.username.map { SMTPCredentials(username: $0, password: smtp.password ?? "") }
            let port = smtp.port ?? (tls == .tls ? 465 : 587)
            // Plaintext AUTH only towards a local relay (tests, a sidecar MTA).
            let local = ["127.0.0.1", "localhost", "::1"].contains(host)
            let configuration = SMTPConfiguration(
                host: host, port: port, tls: tls, credentials: credentials, allowsPlaintextAuth: local)
            return SMTPEmailSender(configuration: configuration, renderer: renderer)
        case "outbox":
            return OutboxEmailSender(renderer: renderer, now: now)
        case let other:
            throw ChannelConfigurationError(key: "\(key).provider", problem: "unknown provider \"\(other)\": use smtp or outbox")
        }
    }

    static func dkimSigner(_ dkim: StoreConfiguration.DKIMSection, key: String) throws -> DKIMSigner {
        guard let domain = dkim.domain, let selector = dkim.selector, let privateKey = dkim.privateKey else {
            throw ChannelConfigurationError(key: key, problem: "domain, selector and private_key (or private_key_file) are required")
        }
        let signingKey: DKIMSigner.Key
        switch dkim.algorithm ?? "rsa-sha256" {
        case "rsa-sha256": signingKey = .rsa(pem: privateKey)
        case "ed25519-sha256":
            guard let seed = Data(base64Encoded: privateKey.trimmingCharacters(in: .whitespacesAndNewlines)), seed.count == 32 else {
                throw ChannelConfigurationError(key: "\(key).private_key", problem: "an Ed25519 key is a base64 32-byte seed")
            }
            signingKey = .ed25519(seed: seed)
        case let other:
            throw ChannelConfigurationError(key: "\(key).algorithm", problem: "unknown \"\(other)\": use rsa-sha256 or ed25519-sha256")
        }
        do {
            return try DKIMSigner(domain: domain, selector: selector, key: signingKey)
        } catch {
            throw ChannelConfigurationError(key: "\(key).private_key", problem: "unreadable key: \(error)")
        }
    }
}

extension SMSSender {
    /// The name the pacer keys the sender's bucket by.
    var pacingName: String {
        switch self {
        case .number(let number): number
        case .messagingService(let service): service
        case .numberInService(let number, _): number
        }
    }
}
