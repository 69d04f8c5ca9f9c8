/// What the assistant may say about shipping, returns, warranty and common questions: the store's
/// `policies` section of `reclaim.yml` (CONTRACT.md). Nothing else is ever stated as policy.
public struct StorePolicies: Codable, Sendable, Hashable {
    /// Shipping policy.
    public var shipping: ShippingPolicy?
    /// Returns policy.
    public var returns: PolicyText?
    /// Warranty policy.
    public var warranty: PolicyText?
    /// Questions and answers.
    public var faq: [FAQEntry]

    /// Creates policies.
    public init(
        shipping: ShippingPolicy? = nil, returns: PolicyText? = nil, warranty: PolicyText? = nil,
        faq: [FAQEntry] = []
    ) {
        self.shipping = shipping
        self.returns = returns
        self.warranty = warranty
        self.faq = faq
    }

    /// Decodes `policies`; every section is optional (a store without `faq` keeps its shipping policy).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.shipping = try container.decodeIfPresent(ShippingPolicy.self, forKey: .shipping)
        self.returns = try container.decodeIfPresent(PolicyText.self, forKey: .returns)
        self.warranty = try container.decodeIfPresent(PolicyText.self, forKey: .warranty)
        self.faq = try container.decodeIfPresent([FAQEntry].self, forKey: .faq) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case shipping, returns, warranty, faq
    }
}

/// `policies.shipping`: `{ text, free_over, flat_rate, countries }`.
public struct ShippingPolicy: Codable, Sendable, Hashable {
    /// The store's own shipping text.
    public var text: String?
    /// Free shipping at or above this subtotal, minor units.
    public var freeOver: Int?
    /// Flat rate below the threshold, minor units.
    public var flatRate: Int?
    /// ISO 3166-1 alpha-2 destinations.
    public var countries: [String]

    enum CodingKeys: String, CodingKey {
        case text, countries
        case freeOver = "free_over"
        case flatRate = "flat_rate"
    }

    /// Creates a shipping policy.
    public init(text: String? = nil, freeOver: Int? = nil, flatRate: Int? = nil, countries: [String] = []) {
        self.text = text
        self.freeOver = freeOver
        self.flatRate = flatRate
        self.countries = countries
    }

    /// Decodes `policies.shipping`; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.text = try container.decodeIfPresent(String.self, forKey: .text)
        self.freeOver = try container.decodeIfPresent(Int.self, forKey: .freeOver)
        self.flatRate = try container.decodeIfPresent(Int.self, forKey: .flatRate)
        self.countries = try container.decodeIfPresent([String].self, forKey: .countries) ?? []
    }
}

/// A policy given as the store's own text (`policies.returns`, `policies.warranty`).
public struct PolicyText: Codable, Sendable, Hashable {
    /// The text.
    public var text: String

    /// Creates a policy text.
    public init(text: String) {
        self.text = text
    }
}

/// One FAQ entry, `{ q, a }`.
public struct FAQEntry: Codable, Sendable, Hashable {
    /// The question.
    public var question: String
    /// The store's answer.
    public var answer: String

    enum CodingKeys: String, CodingKey {
        case question = "q"
        case answer = "a"
    }

    /// Creates an entry.
    public init(question: String, answer: String) {
        self.question = question
        self.answer = answer
    }
}
