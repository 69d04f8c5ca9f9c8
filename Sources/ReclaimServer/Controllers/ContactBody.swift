import ReclaimCore

/// The shopper as the cart and conversation responses show them (`GET …/carts/{id}`,
/// `GET …/conversations/{id}`): Reclaim's contact id, the addresses whole, the name and the locale.
struct ContactBody: Codable, Sendable {
    var id: String
    var phone: String?
    var email: String?
    var firstName: String?
    var lastName: String?
    var locale: String?

    enum CodingKeys: String, CodingKey {
        case id, phone, email
        case firstName = "first_name"
        case lastName = "last_name"
        case locale
    }

    init(_ contact: Contact) {
        self.id = contact.id
        self.phone = contact.phone
        self.email = contact.email
        self.firstName = contact.firstName
        self.lastName = contact.lastName
        self.locale = contact.locale
    }
}
