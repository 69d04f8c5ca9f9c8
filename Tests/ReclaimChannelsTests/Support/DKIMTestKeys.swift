import Crypto
import Foundation
import _CryptoExtras

/// Keys generated once per test run.
enum DKIMTestKeys {
    static let rsaPEM: String = try! _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation
    static let ed25519Seed: Data = Curve25519.Signing.PrivateKey().rawRepresentation
}
