import Foundation
import Testing

@testable import ReclaimServer

/// The dashboard sign-in throttle: a sliding window of refusals per address.
@Suite struct SignInThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func theFifthRefusalClosesTheAddressUntilTheFirstAgesOut() async {
        let throttle = SignInThrottle()
        for minute in 0..<4 {
            await throttle.refused("203.0.113.9", now: self.start.addingTimeInterval(Double(minute) * 60))
            #expect(await throttle.wait(for: "203.0.113.9", now: self.start.addingTimeInterval(Double(minute) * 60)) == nil)
        }
        await throttle.refused("203.0.113.9", now: self.start.addingTimeInterval(4 * 60))
        // The first refusal (minute 0) counts until minute 15.
        #expect(await throttle.wait(for: "203.0.113.9", now: self.start.addingTimeInterval(5 * 60)) == 10 * 60)
        #expect(await throttle.wait(for: "198.51.100.7", now: self.start.addingTimeInterval(5 * 60)) == nil)
        #expect(await throttle.wait(for: "203.0.113.9", now: self.start.addingTimeInterval(15 * 60)) == nil)
        // One more refusal closes it again until the second one (minute 1) ages out.
        await throttle.refused("203.0.113.9", now: self.start.addingTimeInterval(15 * 60))
        #expect(await throttle.wait(for: "203.0.113.9", now: self.start.addingTimeInterval(15 * 60)) == 60)
    }

    @Test func refusalsOlderThanTheWindowDoNotCount() async {
        let throttle = SignInThrottle()
        for index in 0..<10 {
            // One refusal every four minutes: never five within fifteen.
            let now = self.start.addingTimeInterval(Double(index) * 4 * 60)
            await throttle.refused("203.0.113.9", now: now)
            #expect(await throttle.wait(for: "203.0.113.9", now: now) == nil, "refusal \(index)")
        }
    }

    @Test func aSuccessfulSignInClearsTheAddress() async {
        let throttle = SignInThrottle()
        for _ in 0..<4 { await throttle.refused("203.0.113.9", now: self.start) }
        await throttle.signedIn("203.0.113.9")
        await throttle.refused("203.0.113.9", now: self.start)
        #expect(await throttle.wait(for: "203.0.113.9", now: self.start) == nil)
    }

    @Test func pastCapacityAgedOutThenQuietestAddressesAreForgotten() async {
        let throttle = SignInThrottle(limit: 2, window: 60, capacity: 3)
        await throttle.refused("old", now: self.start)
        for (offset, address) in ["a", "b", "c"].enumerated() {
            await throttle.refused(address, now: self.start.addingTimeInterval(120 + Double(offset) * 2))
            await throttle.refused(address, now: self.start.addingTimeInterval(121 + Double(offset) * 2))
        }
        // "old" aged out and went first; "a", "b" and "c" are still closed.
        for address in ["a", "b", "c"] { #expect(await throttle.wait(for: address, now: self.start.addingTimeInterval(126)) != nil) }
        await throttle.refused("d", now: self.start.addingTimeInterval(127))
        await throttle.refused("d", now: self.start.addingTimeInterval(128))
        // Four live addresses over a capacity of three: the quietest ("a", last refused at 121) is forgotten.
        #expect(await throttle.wait(for: "a", now: self.start.addingTimeInterval(129)) == nil)
        for address in ["b", "c", "d"] { #expect(await throttle.wait(for: address, now: self.start.addingTimeInterval(129)) != nil) }
    }

    static let clients: [(peer: String?, forwarded: String?, counted: String)] = [
        ("203.0.113.9", nil, "203.0.113.9"),
        ("203.0.113.9", "198.51.100.7", "203.0.113.9"),  // only a proxy on this machine is believed
        ("127.0.0.1", "198.51.100.7, 192.0.2.4", "192.0.2.4"),  // the proxy's own entry is the last one
        ("::1", " 2001:db8::1 ", "2001:db8::1"),
        ("127.0.0.1", nil, "127.0.0.1"),
        ("127.0.0.1", "", "127.0.0.1"),
        (nil, "198.51.100.7", "unknown"),
    ]

    @Test(arguments: 0..<clients.count)
    func theCountedAddress(_ index: Int) {
        let row = Self.clients[index]
        #expect(SignInThrottle.client(peer: row.peer, forwardedFor: row.forwarded) == row.counted)
    }
}
