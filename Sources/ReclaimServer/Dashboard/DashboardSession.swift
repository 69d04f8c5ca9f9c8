@preconcurrency import Crypto
import Foundation
import ReclaimCommerce
import ReclaimCore

/// A merchant's signed-in dashboard session, carried in the `reclaim_dashboard` cookie.
///
/// The cookie is `v1.<store>.<expires>.<nonce>.<mac>`: the store id (base64url), the expiry in Unix
/// seconds, a random nonce and an HMAC-SHA256 over the rest. The MAC key is derived from the store's
/// API keys, so there is no server-side session table, a session survives a restart, and rotating a
/// store's keys signs every one of its sessions out. A session opens one store's dashboard only.
public struct DashboardSession: Sendable, Hashable {
    /// The store whose dashboard this session opens.
    public var storeID: StoreID
    /// When the cookie stops being accepted.
    public var expiresAt: Date
    /// Random per sign-in; also the seed of the form token.
    public var nonce: String

    /// How long a sign-in lasts.
    public static let lifetime: TimeInterval = 12 * 3600
    /// The cookie's name.
    public static let cookieName = "reclaim_dashboard"

    /// A new session for `store`, valid for ``lifetime`` from `now`.
    public static func start(store: StoreID, now: Date) -> DashboardSession {
        var bytes = SystemRandomNumberGenerator()
        let nonce = Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &bytes) })
        return DashboardSession(storeID: store, expiresAt: now.addingTimeInterval(Self.lifetime), nonce: Self.base64URL(nonce))
    }

    /// The cookie value, signed with `key`.
    public func cookieValue(key: SymmetricKey) -> String {
        let payload = self.payload
        return payload + "." + Self.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)))
    }

    /// The token every dashboard form carries, so that another site cannot post a form on the
    /// merchant's behalf (the cookie is also `SameSite=Strict`).
    public func formToken(key: SymmetricKey) -> String {
        Self.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data("form:\(self.nonce)".utf8), using: key)))
    }

    /// Whether `token` is this session's form token (compared in constant time).
    public func accepts(formToken token: String, key: SymmetricKey) -> Bool {
        ConstantTime.equals(Data(token.utf8), Data(self.formToken(key: key).utf8))
    }

    /// The session in a cookie value, if it is well formed, signed with the key `keyForStore` gives
    /// for its store, and not expired at `now`.
    public static func verify(_ value: String, now: Date, keyForStore: (StoreID) -> SymmetricKey?) -> DashboardSession? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, parts[0] == "v1", let storeData = Self.decodeBase64URL(parts[1]),
            let store = String(data: storeData, encoding: .utf8), let expires = Int(parts[2]),
            let mac = Self.decodeBase64URL(parts[4]), let key = keyForStore(store)
        else { return nil }
        let payload = parts[0..<4].joined(separator: ".")
        guard HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(payload.utf8), using: key) else { return nil }
        let session = DashboardSession(storeID: store, expiresAt: Date(timeIntervalSince1970: TimeInterval(expires)), nonce: parts[3])
        return session.expiresAt > now ? session : nil
    }

    /// The signing key of a store's sessions: derived from its API keys; `nil` when it has none (its
    /// dashboard cannot be opened).
    public static func signingKey(apiKeys: [String]) -> SymmetricKey? {
        let keys = apiKeys.filter { !$0.isEmpty }.sorted()
        guard !keys.isEmpty else { return nil }
        let material = "reclaim dashboard session v1\u{0}" + keys.joined(separator: "\u{0}")
        return SymmetricKey(data: Data(SHA256.hash(data: Data(material.utf8))))
    }

    private var payload: String {
        "v1.\(Self.base64URL(Data(self.storeID.utf8))).\(Int(self.expiresAt.timeIntervalSince1970)).\(self.nonce)"
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decodeBase64URL(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
