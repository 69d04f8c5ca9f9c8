import Foundation
import ReclaimCore

/// The shopper's contact details as the platform sent them: nothing is normalised here.
///
/// `phone` is raw text (`"+1(502)-459-2181"`, `"(555) 555-5555"`); turning it into E.164 needs the
/// store's default region and belongs to the phone module. `email` is trimmed and lower-cased.
public struct CommerceContact: Codable, Sendable, Hashable {
    /// Phone number exactly as typed on the platform, when any.
    public var phone: String?
    /// Email address, lower-cased.
    public var email: String?
    /// Given name.
    public var firstName: String?
    /// Family name.
    public var lastName: String?
    /// Locale or language tag (`en`, `en-US`), when the platform knows it.
    public var locale: String?

    /// Creates contact details; blank strings become `nil` and the email is lower-cased.
    public init(
        phone: String? = nil, email: String? = nil, firstName: String? = nil, lastName: String? = nil,
        locale: String? = nil
    ) {
        self.phone = phone.nonBlank
        self.email = email.nonBlank?.lowercased()
        self.firstName = firstName.nonBlank
        self.lastName = lastName.nonBlank
        self.locale = locale.nonBlank
    }

    /// Whether a message could be sent at all: a phone or an email is present.
    public var isReachable: Bool { self.phone != nil || self.email != nil }
}

extension Optional where Wrapped == String {
    /// The trimmed string, or `nil` when absent or only whitespace.
    var nonBlank: String? {
        guard let value = self?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}

extension String {
    /// The trimmed string, or `nil` when only whitespace.
    var nonBlankValue: String? { Optional(self).nonBlank }
}
