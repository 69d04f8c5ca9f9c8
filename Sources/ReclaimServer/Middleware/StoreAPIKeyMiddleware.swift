@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ReclaimCommerce
import ReclaimCore

/// Guards `/api/v1/stores/{store}/…`: the bearer key must be one of that store's keys.
///
/// Keys are held only as SHA-256 digests, compared in constant time. A missing or wrong key, or a
/// key of another store, is a 401 that reveals nothing about which stores exist. Wrong keys are counted
/// by the application's ``KeyGuessThrottle``: too many from one address, or from everywhere, and the key
/// is not even checked (429 with `Retry-After`). A missing key is not a guess and is not counted.
///
/// It fails closed: a route without a `{store}` parameter is a 404, a store that is not configured or has
/// no keys a 401; nothing reaches the handler without a key of the store in the route.
public struct StoreAPIKeyMiddleware: RouterMiddleware {
    let digestsByStore: [StoreID: [Data]]
    let throttle: KeyGuessThrottle
    let clock: any WallClock

    /// Creates the middleware from the configured stores, counting wrong keys in the application's throttle.
    init(stores: [StoreConfiguration], throttle: KeyGuessThrottle, clock: any WallClock) {
        var digests: [StoreID: [Data]] = [:]
        for store in stores {
            digests[store.id] = store.apiKeys.filter { !$0.isEmpty }.map(Self.digest)
        }
        self.digestsByStore = digests
        self.throttle = throttle
        self.clock = clock
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let store = context.parameters.get("store"), !store.isEmpty else { throw APIError.notFound("store") }
        guard let key = BearerToken.from(request.headers[.authorization]) else {
            throw APIError.unauthorized("missing API key: send Authorization: Bearer <key>")
        }
        let address = KeyGuessThrottle.client(
            peer: context.remoteAddress, forwardedFor: request.headers[KeyGuessThrottle.forwardedForHeader])
        let digests = self.digestsByStore
        let verdict = await self.throttle.attempt(address, now: self.clock.now()) { () -> Bool? in
            Self.holds(Self.digest(key), among: digests[store] ?? []) ? true : nil
        }
        switch verdict {
        case .opened:
            return try await next(request, context)
        case .refused:
            throw APIError.unauthorized("invalid API key for this store")
        case .wait(let seconds):
            context.logger.warning("API key guesses throttled", metadata: ["address": "\(address)"])
            throw APIError(
                .tooManyRequests, code: "too_many_requests",
                message: "too many invalid API keys; try again in \(KeyGuessThrottle.retryAfter(seconds)) seconds",
                headers: [KeyGuessThrottle.retryAfterHeader: KeyGuessThrottle.retryAfter(seconds)])
        }
    }

    /// Whether `presented` (a key's digest) is one of `store`'s keys. Every key is compared, so the time
    /// taken does not depend on which one matched.
    func holds(_ presented: Data, store: StoreID) -> Bool {
        Self.holds(presented, among: self.digestsByStore[store] ?? [])
    }

    private static func holds(_ presented: Data, among digests: [Data]) -> Bool {
        var matched = false
        for digest in digests where ConstantTime.equals(digest, presented) { matched = true }
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
