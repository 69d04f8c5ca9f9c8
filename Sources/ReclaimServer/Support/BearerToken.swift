import Foundation

/// The token of an `Authorization: Bearer <token>` header (the scheme in any case, spaces around the
/// token trimmed), or `nil` when the header is missing, names another scheme or carries no token.
enum BearerToken {
    static func from(_ authorization: String?) -> String? {
        guard let authorization, authorization.lowercased().hasPrefix("bearer ") else { return nil }
        let token = authorization.dropFirst(7).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
