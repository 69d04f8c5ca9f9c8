@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCommerce
import ReclaimCore

/// Guards `/api/v1/stores/{store}/…`: the bearer key must be one of that store's keys.
///
/// Keys are held only as SHA-256 digests, compared in constant time. A missing or wrong key, or a
/// key of another store, is a 401 that reveals nothing about which stores exist.
public struct StoreAPIKeyMiddleware: RouterMiddleware {
    let digestsByStore: [StoreID: [Data]]

    /// Creates the middleware from the configured stores.
    public init(stores: [StoreConfiguration]) {
        var digests: [StoreID: [Data]] = [:]
        for store in stores {
            digests[store.id] = store.apiKeys.filter { !$0.isEmpty }.map(Self.digest)
        }
        self.digestsByStore = digests
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let store = context.parameters.get("store") else { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError.unauthorized("missing API key: send Authorization: Bearer <key>")
        }
        let presented = Self.digest(String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces))
        guard self.holds(presented, store: store) else { throw APIError.unauthorized("invalid API key for this store") }
        return try await next(request, context)
    }

    /// Whether `presented` (a key's digest) is one of `store`'s keys. Every key is compared, so the time
    /// taken does not depend on which one matched.
    func holds(_ presented: Data, store: StoreID) -> Bool {
        var matched = false
        for digest in self.digestsByStore[store] ?? [] where ConstantTime.equals(digest, presented) { matched = true }
        return matched
    }

    /// The store one of whose keys is `key` (the dashboard's sign-in), checking every store's keys.
    func store(holding key: String) -> StoreID? {
        let presented = Self.digest(key)
        var found: StoreID?
        for store in self.digestsByStore.keys.sorted() where self.holds(presented, store: store) && found == nil { found = store }
        return found
    }

    static func digest(_ key: String) -> Data {
        Data(SHA256.hash(data: Data(key.utf8)))
    }
}
