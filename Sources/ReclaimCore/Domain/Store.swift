/// A merchant's store as Reclaim knows it: identity, brand, locale defaults and contact facts
/// that appear in every message. Platform credentials live in configuration, not here.
public struct Store: Codable, Sendable, Hashable, Identifiable {
    /// Route identifier (`northwind`).
    public var id: StoreID
    /// Brand name shown in every message.
    public var name: String
    /// IANA time zone of the store (`America/New_York`).
    public var timezone: String
    /// Default ISO 4217 currency.
    public var currency: String
    /// ISO 3166-1 alpha-2 region for phone numbers written without a country code.
    public var defaultRegion: String
    /// The store's website.
    public var website: String?
    /// Support contact phone, in E.164 form.
    public var supportPhone: String?
    /// Support contact email.
    public var supportEmail: String?
    /// Postal address required in marketing email footers.
    public var postalAddress: String?

    /// Creates a store.
    public init(
        id: StoreID, name: String, timezone: String, currency: String, defaultRegion: String,
        website: String? = nil, supportPhone: String? = nil, supportEmail: String? = nil, postalAddress: String? = nil
    ) {
        self.id = id
        self.name = name
        self.timezone = timezone
        self.currency = currency
        self.defaultRegion = defaultRegion
        self.website = website
        self.supportPhone = supportPhone
        self.supportEmail = supportEmail
        self.postalAddress = postalAddress
    }
}
