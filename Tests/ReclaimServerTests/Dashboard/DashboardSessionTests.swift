@preconcurrency import Crypto
import Foundation
import Testing

@testable import ReclaimServer

/// The dashboard's signed session cookie: what it accepts and everything it refuses.
@Suite struct DashboardSessionTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let key = DashboardSession.signingKey(apiKeys: ["rk_live_one"])!
    static let other = DashboardSession.signingKey(apiKeys: ["rk_live_two"])!

    static func keys(_ store: String) -> SymmetricKey? {
        ["northwind": key, "acme": other][store]
    }

    @Test func aSignedCookieRoundTripsUntilItExpires() throws {
        let session = DashboardSession.start(store: "northwind", now: Self.now)
        let cookie = session.cookieValue(key: Self.key)
        #expect(DashboardSession.verify(cookie, now: Self.now, keyForStore: Self.keys) == session)
        let lastSecond = Self.now.addingTimeInterval(DashboardSession.lifetime - 1)
        #expect(DashboardSession.verify(cookie, now: lastSecond, keyForStore: Self.keys) != nil)
        let expired = Self.now.addingTimeInterval(DashboardSession.lifetime)
        #expect(DashboardSession.verify(cookie, now: expired, keyForStore: Self.keys) == nil)
    }

    @Test func twoSignInsGetDifferentNoncesAndFormTokens() {
        let first = DashboardSession.start(store: "northwind", now: Self.now)
        let second = DashboardSession.start(store: "northwind", now: Self.now)
        #expect(first.nonce != second.nonce)
        #expect(first.formToken(key: Self.key) != second.formToken(key: Self.key))
        #expect(first.accepts(formToken: first.formToken(key: Self.key), key: Self.key))
        #expect(!first.accepts(formToken: second.formToken(key: Self.key), key: Self.key))
        #expect(!first.accepts(formToken: "", key: Self.key))
    }

    /// Each forgery: a cookie that must open nothing.
    static let forgeries: [(String, @Sendable (String) -> String)] = [
        (
            "another store named in a northwind cookie",
            { cookie in
                var parts = cookie.split(separator: ".").map(String.init)
                parts[1] = DashboardSession.base64URL(Data("acme".utf8))
                return parts.joined(separator: ".")
            }
        ),
        (
            "a later expiry",
            { cookie in
                var parts = cookie.split(separator: ".").map(String.init)
                parts[2] = String(Int(parts[2])! + 86_400)
                return parts.joined(separator: ".")
            }
        ),
        ("a MAC cut short", { String($0.dropLast(4)) }),
        ("no MAC", { $0.split(separator: ".").dropLast().joined(separator: ".") }),
        ("another version", { "v2" + $0.dropFirst(2) }),
        (
            "an unknown store",
            { _ in
                DashboardSession.start(store: "nobody", now: Self.now).cookieValue(key: Self.key)
            }
        ),
        (
            "signed with another store's key",
            { _ in
                DashboardSession.start(store: "northwind", now: Self.now).cookieValue(key: Self.other)
            }
        ),
        ("empty", { _ in "" }),
        ("garbage", { _ in "v1.....!!" }),
    ]

    @Test(arguments: 0..<forgeries.count)
    func aForgedCookieOpensNothing(_ index: Int) {
        let (name, forge) = Self.forgeries[index]
        let cookie = DashboardSession.start(store: "northwind", now: Self.now).cookieValue(key: Self.key)
        #expect(DashboardSession.verify(forge(cookie), now: Self.now, keyForStore: Self.keys) == nil, "\(name)")
    }

    @Test func theKeyFollowsTheStoresAPIKeys() {
        #expect(DashboardSession.signingKey(apiKeys: []) == nil)
        #expect(DashboardSession.signingKey(apiKeys: [""]) == nil)
        #expect(DashboardSession.signingKey(apiKeys: ["a", "b"]) == DashboardSession.signingKey(apiKeys: ["b", "a"]))
        #expect(DashboardSession.signingKey(apiKeys: ["a"]) != DashboardSession.signingKey(apiKeys: ["a", "b"]))
    }
}
