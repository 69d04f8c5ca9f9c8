import Crypto
import Foundation

/// The per-installation secret that keys every stored address hash, so that a copy of the
/// `suppressions` table cannot be reversed by hashing every possible phone number.
///
/// A stored hash is `HMAC-SHA256(key, hex(SHA-256(normalised address)))` in lower-case hex. Keying the
/// plain digest rather than the address lets ``CreateInstallationSecretsTable`` rekey hashes written
/// before keys existed without knowing the addresses (erased contacts keep only their hash).
///
/// ```swift
/// let key = AddressHashKey.random()
/// let hash = key.hash(normalized: "+13125550123")
/// #expect(hash == key.rekey(digest: AddressHashKey.digest("+13125550123")))
/// ```
///
/// The key lives in the database (``InstallationSecretStore``) and, once loaded, in
/// ``AddressHashKeyHolder/shared``. Its `description` never shows the bytes.
public struct AddressHashKey: Sendable, Hashable, CustomStringConvertible {
    /// The 32 key bytes.
    public let bytes: [UInt8]

    /// A key of exactly 32 bytes.
    /// - Parameter bytes: The key material.
    /// - Returns: `nil` unless `bytes` holds 32 bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// A key from its stored form: 64 lower- or upper-case hex digits.
    /// - Parameter hex: The stored text.
    /// - Returns: `nil` for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    /// A new key from the system's secure random generator.
    public static func random() -> AddressHashKey {
        var generator = SystemRandomNumberGenerator()
        return AddressHashKey(bytes: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })!
    }

    /// The stored form: 64 lower-case hex digits.
    public var hex: String { Self.hex(self.bytes) }

    /// Never the key itself, so that a log line cannot leak it.
    public var description: String { "AddressHashKey(redacted)" }

    /// The keyed hash of an address already normalised by the caller (E.164 phone, lower-cased email).
    /// - Parameter normalized: The normalised address.
    /// - Returns: 64 lower-case hex digits.
    public func hash(normalized: String) -> String {
        self.rekey(digest: Self.digest(normalized))
    }

    /// The keyed hash of a plain digest: how ``CreateInstallationSecretsTable`` turns an unkeyed hash
    /// into a keyed one.
    /// - Parameter digest: Lower-case hex SHA-256 of the normalised address.
    /// - Returns: 64 lower-case hex digits.
    public func rekey(digest: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(digest.utf8), using: SymmetricKey(data: self.bytes))
        return Self.hex(Array(mac))
    }

    /// Lower-case hex SHA-256 of `text`: the unkeyed digest that the keyed hash is taken over.
    /// - Parameter text: The normalised address.
    /// - Returns: 64 lower-case hex digits.
    public static func digest(_ text: String) -> String {
        Self.hex(Array(SHA256.hash(data: Data(text.utf8))))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hex(_ bytes: [UInt8]) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
