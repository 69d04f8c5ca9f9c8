import Foundation
import Testing

@testable import ReclaimServer

/// The dashboard sign-in throttle: a sliding window of attempts per address.
@Suite struct SignInThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func at(_ seconds: Double) -> Date { self.start.addingTimeInterval(seconds) }

    @Test func fiveAttemptsCloseTheAddressUntilTheFirstAgesOut() async {
        let throttle = SignInThrottle()
        for minute in 0..<5 {
            #expect(await throttle.admit("203.0.113.9", now: self.at(Double(minute) * 60)) == nil, "attempt \(minute + 1)")
        }
        // The first attempt (minute 0) counts until minute 15.
        #expect(await throttle.admit("203.0.113.9", now: self.at(5 * 60)) == 10 * 60)
        #expect(await throttle.admit("198.51.100.7", now: self.at(5 * 60)) == nil)
        // Waiting attempts are not counted: at minute 15 one more goes ahead…
        #expect(await throttle.admit("203.0.113.9", now: self.at(15 * 60)) == nil)
        // …and closes it again until the second one (minute 1) ages out.
        #expect(await throttle.admit("203.0.113.9", now: self.at(15 * 60)) == 60)
    }

    @Test func attemptsOlderThanTheWindowDoNotCount() async {
        let throttle = SignInThrottle()
        for index in 0..<10 {
            // One attempt every four minutes: never five within fifteen.
            #expect(await throttle.admit("203.0.113.9", now: self.at(Double(index) * 4 * 60)) == nil, "attempt \(index)")
        }
    }

    @Test func aSuccessfulSignInClearsTheAddress() async {
        let throttle = SignInThrottle()
        for _ in 0..<4 { _ = await throttle.admit("203.0.113.9", now: self.start) }
        await throttle.signedIn("203.0.113.9")
        for attempt in 1...5 { #expect(await throttle.admit("203.0.113.9", now: self.start) == nil, "attempt \(attempt)") }
        #expect(await throttle.admit("203.0.113.9", now: self.start) != nil)
    }

    @Test func parallelAttemptsCannotSlipPastTheLimit() async {
        let throttle = SignInThrottle()
        let admitted = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<40 { group.addTask { await throttle.admit("203.0.113.9", now: self.start) == nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(admitted == 5)
    }

    @Test func pastCapacityAgedOutThenQuietestAddressesAreForgotten() async {
        let throttle = SignInThrottle(limit: 2, window: 60, capacity: 3)
        _ = await throttle.admit("old", now: self.start)
        for (offset, address) in ["a", "b", "c"].enumerated() {
            _ = await throttle.admit(address, now: self.at(120 + Double(offset) * 2))
            _ = await throttle.admit(address, now: self.at(121 + Double(offset) * 2))
        }
        // "old" aged out and went first; "a", "b" and "c" are still closed.
        for address in ["a", "b", "c"] { #expect(await throttle.admit(address, now: self.at(126)) != nil) }
        _ = await throttle.admit("d", now: self.at(127))
        _ = await throttle.admit("d", now: self.at(128))
        // Four live addresses over a capacity of three: the quietest ("a", last attempt at 121) is forgotten.
        for address in ["b", "c", "d"] { #expect(await throttle.admit(address, now: self.at(129)) != nil) }
        #expect(await throttle.admit("a", now: self.at(129)) == nil)
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
