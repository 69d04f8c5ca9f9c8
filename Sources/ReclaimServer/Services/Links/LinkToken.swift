import Foundation

/// Unguessable tokens for tracked links and unsubscribe pages: 12 characters of base 62 from the
/// system's secure random source (about 71 bits), short enough to keep a text in one segment.
enum LinkToken {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// A new token of `length` characters.
    static func make(length: Int = 12) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)] })
    }
}
