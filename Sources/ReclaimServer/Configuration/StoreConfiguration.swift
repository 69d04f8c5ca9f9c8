import ReclaimCore

/// One merchant's section of `reclaim.yml`: brand, platform secrets, providers, policies and flow.
///
/// Everything beyond `id` and `name` is optional so that a store can be configured a piece at a
/// time; features whose settings are missing stay off for that store.
public struct StoreConfiguration: Codable, Sendable {
    /// The `{store}` in routes.
    public var id: StoreID
    /// Brand name in every message.
    public var name: String
    /// IANA time zone of the store.
    public var timezone: String
    /// Default currency.
    public var currency: String
    /// Region for phone numbers written without a country code.
    public var defaultRegion: String
    /// Store website.
    public var website: String?
    /// Further domains the store's links may lead to besides the website's (`link_domains`), e.g. a
    /// separate checkout domain; see ``linkRule``.
    public var linkDomains: [String] = []
    /// Bearer keys for `/api/v1/stores/{id}/…`.
    public var apiKeys: [String]
    /// The on-site capture form (`capture:`), when the store embeds it.
    public var capture: CaptureSection?
    /// Shopify app settings.
    public var shopify: PlatformSection?
    /// WooCommerce settings.
    public var woocommerce: PlatformSection?
    /// BigCommerce settings.
    public var bigcommerce: PlatformSection?
    /// SMS provider settings.
    public var sms: SMSSection?
    /// Email provider settings.
    public var email: EmailSection?
    /// Support contact shown in HELP replies and escalations.
    public var support: SupportSection?
    /// Postal address for email footers.
    public var postalAddress: String?
    /// What the assistant may state about shipping, returns, warranty and FAQ.
    public var policies: JSONValue?
    /// When an idle cart counts as abandoned.
    public var abandonment: AbandonmentSection?
    /// Where escalations are announced.
    public var escalation: EscalationSection?
    /// Preset flow name (`carrier-safe`), as written.
    public let flow: String?
    /// Custom flow definitions, as written.
    public let flows: JSONValue?
    /// The store's flows, parsed and validated from ``flow`` or ``flows`` when this section was decoded: the
    /// only place flows are parsed, so a broken flow fails the load (naming its field) and never a later step.
    public let flowConfiguration: StoreFlowConfiguration
    /// Which engine answers shoppers' replies.
    public var assistant: AssistantSection?
    /// The `discounts:` section as written (margin cap, per-shopper limit, exclusions).
    public let discounts: JSONValue?
    /// The store's discount limits, parsed from ``discounts`` when this section was decoded.
    public let discountPolicy: DiscountPolicy
    /// Consent wording of the store's checkout and Reclaim's double opt-in.
    public var consent: ConsentSection?

    enum CodingKeys: String, CodingKey {
        case capture
        case id, name, timezone, currency, defaultRegion, website, linkDomains, apiKeys, shopify, woocommerce, bigcommerce, sms,
            email, support, postalAddress, policies, abandonment, flow, flows, escalation, assistant, discounts
        case consent
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decodeIfPresent(String.self, forKey: .name) ?? self.id
        self.timezone = try container.decodeIfPresent(String.self, forKey: .timezone) ?? "America/New_York"
        self.currency = try container.decodeIfPresent(String.self, forKey: .currency) ?? "USD"
        self.defaultRegion = try container.decodeIfPresent(String.self, forKey: .defaultRegion) ?? "US"
        self.website = try container.decodeIfPresent(String.self, forKey: .website)
        self.linkDomains = try container.decodeIfPresent([String].self, forKey: .linkDomains) ?? []
        self.apiKeys = try container.decodeIfPresent([String].self, forKey: .apiKeys) ?? []
        self.capture = try container.decodeIfPresent(CaptureSection.self, forKey: .capture)
        self.shopify = try container.decodeIfPresent(PlatformSection.self, forKey: .shopify)
        self.woocommerce = try container.decodeIfPresent(PlatformSection.self, forKey: .woocommerce)
        self.bigcommerce = try container.decodeIfPresent(PlatformSection.self, forKey: .bigcommerce)
        self.sms = try container.decodeIfPresent(SMSSection.self, forKey: .sms)
        self.email = try container.decodeIfPresent(EmailSection.self, forKey: .email)
        self.support = try container.decodeIfPresent(SupportSection.self, forKey: .support)
        self.postalAddress = try container.decodeIfPresent(String.self, forKey: .postalAddress)
        self.policies = try container.decodeIfPresent(JSONValue.self, forKey: .policies)
        self.abandonment = try container.decodeIfPresent(AbandonmentSection.self, forKey: .abandonment)
        self.escalation = try container.decodeIfPresent(EscalationSection.self, forKey: .escalation)
        self.flow = try container.decodeIfPresent(String.self, forKey: .flow)
        self.flows = try container.decodeIfPresent(JSONValue.self, forKey: .flows)
        self.assistant = try container.decodeIfPresent(AssistantSection.self, forKey: .assistant)
        self.discounts = try container.decodeIfPresent(JSONValue.self, forKey: .discounts)
        self.consent = try container.decodeIfPresent(ConsentSection.self, forKey: .consent)?.validated(
            storeID: self.id, brand: self.name)
        // Last, so a wrongly typed key elsewhere in the section is reported as before.
        self.flowConfiguration = try FlowDefinitionParser.parseStoreFlowConfig(
            flow: self.flow, flows: self.flows, path: "stores[\(self.id)]", currency: self.currency)
        self.discountPolicy = try FlowDefinitionParser.parseDiscountPolicy(
            self.discounts, path: "stores[\(self.id)].discounts", currency: self.currency)
        try self.checkDiscountCredentials()
    }

    /// The domain view of this store.
    public var store: Store {
        Store(
            id: self.id, name: self.name, timezone: self.timezone, currency: self.currency,
            defaultRegion: self.defaultRegion, website: self.website, supportPhone: self.support?.phone,
            supportEmail: self.support?.email, postalAddress: self.postalAddress
        )
    }

    /// Webhook secret and REST credentials of one commerce platform.
    public struct PlatformSection: Codable, Sendable {
        /// Webhook signing secret (Shopify app secret, WooCommerce webhook secret, BigCommerce shared secret).
        public var secret: String?
        /// Shopify shop domain.
        public var shopDomain: String?
        /// Shopify Admin API token.
        public var adminToken: String?
        /// WooCommerce REST consumer key.
        public var consumerKey: String?
        /// WooCommerce REST consumer secret.
        public var consumerSecret: String?
        /// BigCommerce store hash.
        public var storeHash: String?
        /// BigCommerce API token.
        public var accessToken: String?
        /// REST base URL, overridable so a local test server can stand in.
        public var apiBaseURL: String?

        enum CodingKeys: String, CodingKey {
            case secret, shopDomain, adminToken, consumerKey, consumerSecret, storeHash, accessToken
            case apiBaseURL = "apiBaseUrl"
        }
    }

    /// `sms:` section.
    public struct SMSSection: Codable, Sendable {
        /// `twilio`, `telnyx` or `outbox`.
        public var provider: String?
        /// Twilio credentials.
        public var twilio: TwilioSection?
        /// Telnyx credentials.
        public var telnyx: TelnyxSection?
        /// `provider_confirms_opt_out`: the provider already sends its own opt-out confirmation (Twilio's
        /// default STOP auto-reply), so Reclaim sends none. Default `false`: Reclaim sends the one confirmation.
        public var providerConfirmsOptOut: Bool?
        /// `sender_type`: `long_code` (default), `toll_free`, `short_code`: sets the default pace.
        public var senderType: String?
        /// `segments_per_second`: overrides the pace of the sender type.
        public var segmentsPerSecond: Double?
        /// `price_per_segment`: price in major units by destination country (`US: 0.0079`, `default: 0.05`),
        /// used when the provider reports none.
        public var pricePerSegment: [String: Double]?
    }

    /// Twilio Messages API settings.
    public struct TwilioSection: Codable, Sendable {
        /// Account SID (`AC…`).
        public var accountSID: String?
        /// Auth token; also the key for `X-Twilio-Signature`.
        public var authToken: String?
        /// Sending number in E.164.
        public var from: String?
        /// Messaging service SID, used instead of `from` when set.
        public var messagingServiceSID: String?
        /// API base URL.
        public var apiBaseURL: String?

        enum CodingKeys: String, CodingKey {
            case accountSID = "accountSid"
            case authToken, from
            case messagingServiceSID = "messagingServiceSid"
            case apiBaseURL = "apiBaseUrl"
        }
    }

    /// Telnyx v2 settings.
    public struct TelnyxSection: Codable, Sendable {
        /// API key (Bearer).
        public var apiKey: String?
        /// Base64 Ed25519 public key for webhook signatures.
        public var publicKey: String?
        /// Sending number in E.164.
        public var from: String?
        /// Messaging profile id.
        public var messagingProfileID: String?
        /// API base URL.
        public var apiBaseURL: String?

        enum CodingKeys: String, CodingKey {
            case apiKey, publicKey, from
            case messagingProfileID = "messagingProfileId"
            case apiBaseURL = "apiBaseUrl"
        }
    }

    /// `email:` section.
    public struct EmailSection: Codable, Sendable {
        /// `smtp` or `outbox`.
        public var provider: String?
        /// From header (`Brand <hello@brand.example>`).
        public var from: String?
        /// SMTP relay.
        public var smtp: SMTPSection?
        /// `reply_to` header.
        public var replyTo: String?
        /// DKIM signing key.
        public var dkim: DKIMSection?
        /// `webhook_secret`: bearer secret for `POST /webhooks/email/{store}` (bounces and complaints).
        public var webhookSecret: String?
    }

    /// DKIM signing settings.
    public struct DKIMSection: Codable, Sendable {
        /// The signing domain (`d=`).
        public var domain: String?
        /// The selector (`s=`).
        public var selector: String?
        /// `rsa-sha256` (default) or `ed25519-sha256`.
        public var algorithm: String?
        /// The private key: PEM for RSA, base64 32-byte seed for Ed25519 (`private_key_file` reads a file).
        public var privateKey: String?
    }

    /// SMTP relay settings.
    public struct SMTPSection: Codable, Sendable {
        /// Relay host.
        public var host: String?
        /// Relay port.
        public var port: Int?
        /// `none`, `starttls` or `tls`.
        public var tls: String?
        /// AUTH user.
        public var username: String?
        /// AUTH password.
        public var password: String?
    }

    /// Support contact.
    public struct SupportSection: Codable, Sendable {
        /// Support phone.
        public var phone: String?
        /// Support email.
        public var email: String?
        /// Opening hours in words.
        public var hours: String?
    }

    /// `escalation:` section: where a conversation that needs a person is announced.
    public struct EscalationSection: Codable, Sendable {
        /// A URL that receives a JSON POST with a Slack-compatible `text` field.
        public var webhookURL: String?

        enum CodingKeys: String, CodingKey {
            case webhookURL = "webhookUrl"
        }
    }

    /// `assistant:` section: `backend: builtin` (default) or `llm` with an OpenAI-compatible endpoint.
    public struct AssistantSection: Codable, Sendable {
        /// `builtin` or `llm`.
        public var backend: String?
        /// The endpoint, when `backend` is `llm`.
        public var llm: LLMSection?
    }

    /// `assistant.llm:` section (`api_key_env: VAR` reads the key from the environment).
    public struct LLMSection: Codable, Sendable {
        /// e.g. `http://127.0.0.1:8080/v1` (llama.cpp), `http://127.0.0.1:11434/v1` (Ollama).
        public var baseURL: String?
        /// Model id.
        public var model: String?
        /// Bearer key, if the endpoint wants one.
        public var apiKey: String?
        /// How long to wait before the built-in engine answers instead, e.g. `8s` (the default).
        public var timeout: String?
        /// Output token bound (default 300).
        public var maxTokens: Int?

        enum CodingKeys: String, CodingKey {
            case baseURL = "baseUrl"
            case model, apiKey, timeout, maxTokens
        }
    }

    /// `abandonment:` section.
    public struct AbandonmentSection: Codable, Sendable {
        /// Idle time after the last cart activity, e.g. `30m`.
        public var idle: String?
    }
}
