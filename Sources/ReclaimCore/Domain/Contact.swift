import Foundation

/// A shopper the store may reach: the person behind one or more carts.
///
/// A contact is unique per store by phone and by email; either may be missing but not both.
public struct Contact: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// The store the shopper belongs to.
    public var storeID: StoreID
    /// Phone number in E.164 form (`+13055550123`).
    public var phone: String?
    /// Email address, lower-cased.
    public var email: String?
    /// Given name, used in greetings.
    public var firstName: String?
    /// Family name.
    public var lastName: String?
    /// BCP 47 locale (`en-US`, `fr-CA`).
    public var locale: String?
    /// Last known shipping or billing address.
    public var address: PostalAddress?
    /// When the contact was first seen.
    public var createdAt: Date
    /// When any field last changed.
    public var updatedAt: Date

    /// Creates a contact.
    public init(
        id: String, storeID: StoreID, phone: String? = nil, email: String? = nil, firstName: String? = nil,
        lastName: String? = nil, locale: String? = nil, address: PostalAddress? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.storeID = storeID
        self.phone = phone
        self.email = email?.lowercased()
        self.firstName = firstName
        self.lastName = lastName
        self.locale = locale
        self.address = address
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// The flow and assistant speak of shoppers; a shopper is a contact.
public typealias Shopper = Contact
