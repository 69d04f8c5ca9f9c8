import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import Testing

@testable import ReclaimServer

/// `/api/v1/stores/{store}/…` keys over HTTP: wrong keys are throttled (shared with the dashboard sign-in)
/// and the key middleware fails closed.
@Suite struct APIKeyGuardTests {
    @Test func fiveWrongKeysCloseTheAPIForFifteenMinutesWithRetryAfter() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            // A missing key is no guess and is not counted.
            for _ in 0..<3 { #expect(try await app.api(.get, "/carts/C1", key: nil).status == .unauthorized) }
            for attempt in 1...5 {
                #expect(try await app.api(.get, "/carts/C1", key: "rk_guess_\(attempt)_0123456789abcdef").status == .unauthorized)
            }
            // Now even the right key is not checked.
            let closed = try await app.api(.get, "/carts/C1")
            #expect(closed.status == .tooManyRequests)
            #expect(closed.headers[KeyGuessThrottle.retryAfterHeader] == "900")
            #expect(closed.errorCode == "too_many_requests")
            app.clock.advance(by: 15 * 60)
            #expect(try await app.api(.get, "/carts/C1").status == .notFound)
        }
    }

    @Test func guessesAtTheAPICountAtTheDashboardSignInToo() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            for attempt in 1...5 {
                #expect(
                    try await app.api(.post, "/policy/check", json: [String: Any](), key: "rk_guess_\(attempt)").status == .unauthorized)
            }
            var merchant = DashboardClient(app.client)
            #expect(try await merchant.signIn(key: Commerce.apiKey).status == .tooManyRequests)
        }
    }

    @Test func everyKeyedOperationDocumentsThe429() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.client.execute(uri: "/openapi.json", method: .get, headers: [:], body: nil)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var keyed = 0
            for (path, operations) in paths {
                for (method, value) in operations {
                    guard let operation = value as? [String: Any], operation["security"] != nil else { continue }
                    keyed += 1
                    #expect((operation["responses"] as? [String: Any])?["429"] != nil, "\(method) \(path)")
                }
            }
            #expect(keyed > 5)
        }
    }

    /// A router with the key middleware on a group that has a `{store}` parameter and one that has none.
    func withGuardedRouter(_ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        var stores = try Commerce.stores()
        stores += try ConfigurationLoader(environment: [:]).parse("stores: [ { id: keyless, name: Keyless } ]").stores
        let guardMiddleware = StoreAPIKeyMiddleware(stores: stores, throttle: KeyGuessThrottle(), clock: TestClock())
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: JSONErrorMiddleware())
        router.group("scoped/:store").add(middleware: guardMiddleware).get("x") { _, _ in "reached" }
        router.group("unscoped").add(middleware: guardMiddleware).get("x") { _, _ in "reached" }
        try await Application(router: router).test(.router, body)
    }

    @Test func theKeyMiddlewareFailsClosed() async throws {
        try await withGuardedRouter { client async throws in
            func get(_ path: String, key: String?) async throws -> TestResponse {
                var headers = HTTPFields()
                if let key { headers[.authorization] = "Bearer \(key)" }
                return try await client.execute(uri: path, method: .get, headers: headers, body: nil)
            }
            // The right key of the store in the route is the only way through.
            let reached = try await get("/scoped/\(Commerce.store)/x", key: Commerce.apiKey)
            #expect(reached.status == .ok)
            #expect(String(buffer: reached.body) == "reached")
            // No {store} in the route: never passed through, whatever the key.
            #expect(try await get("/unscoped/x", key: Commerce.apiKey).status == .notFound)
            #expect(try await get("/unscoped/x", key: nil).status == .notFound)
            // A store that is not configured, or has no keys: 401 with any key, including another store's.
            #expect(try await get("/scoped/nosuch/x", key: Commerce.apiKey).status == .unauthorized)
            #expect(try await get("/scoped/keyless/x", key: Commerce.apiKey).status == .unauthorized)
            #expect(try await get("/scoped/keyless/x", key: "").status == .unauthorized)
            // A blank bearer value is a missing key.
            #expect(try await get("/scoped/\(Commerce.store)/x", key: " ").status == .unauthorized)
        }
    }
}
