import Foundation

extension Channel {
    /// An address in the form its suppression hash is taken over: surrounding white space trimmed, and an
    /// email lower-cased; a phone stays as given (callers pass E.164). The keyed hash itself
    /// (`AddressHash.of`) is in ReclaimStore, beside its key: it needs HMAC, and Core has no crypto.
    /// - Parameter address: The phone or email.
    /// - Returns: The normalised address.
    public func normalizedAddress(_ address: String) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        return self == .email ? trimmed.lowercased() : trimmed
    }
}
