/// A shipping or billing address, reduced to what decides jurisdiction and time zone.
public struct PostalAddress: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2 country code (`US`, `CA`, `DE`).
    public var country: String?
    /// State or province code (`FL`, `ON`) or name.
    public var province: String?
    /// City name.
    public var city: String?
    /// Postal or ZIP code.
    public var zip: String?

    /// Creates an address; every part is optional because platforms send partial addresses.
    public init(country: String? = nil, province: String? = nil, city: String? = nil, zip: String? = nil) {
        self.country = country
        self.province = province
        self.city = city
        self.zip = zip
    }
}
