import Foundation
import Testing

@testable import ReclaimServer

/// The key-guess throttle shared by the API and the dashboard sign-in: a sliding window of refused keys
/// per address and overall.
@Suite struct KeyGuessThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func at(_ seconds: Double) -> Date { self.start.addingTimeInterval(seconds) }

    /// One attempt with a key that is right or wrong.
    func attempt(
        _ throttle: KeyGuessThrottle, _ address: String, at seconds: Double, valid: Bool = false
    ) async
        -> KeyGuessThrottle.Verdict<Bool>
    {
        await throttle.attempt(address, now: self.at(seconds)) { valid ? true : nil }
    }

    /// The wait of a verdict, or `nil` when the key was checked.
    func wait(_ verdict: KeyGuessThrottle.Verdict<Bool>) -> TimeInterval? {
        if case .wait(let seconds) = verdict { return seconds }
        return nil
    }

    @Test func fiveRefusedKeysCloseTheAddressUntilTheFirstAgesOut() async {
        let throttle = KeyGuessThrottle()
        for minute in 0..<5 {
            #expect(self.wait(await self.attempt(throttle, "203.0.113.9", at: Double(minute) * 60)) == nil, "attempt \(minute + 1)")
        }
        // The first refusal (minute 0) counts until minute 15; even a right key is not checked meanwhile.
        #expect(self.wait(await self.attempt(throttle, "203.0.113.9", at: 5 * 60, valid: true)) == 10 * 60)
        #expect(self.wait(await self.attempt(throttle, "198.51.100.7", at: 5 * 60)) == nil)
        // Waiting attempts are not counted: at minute 15 one more goes ahead…
        #expect(self.wait(await self.attempt(throttle, "203.0.113.9", at: 15 * 60)) == nil)
        // …and closes it again until the second one (minute 1) ages out.
        #expect(self.wait(await self.attempt(throttle, "203.0.113.9", at: 15 * 60)) == 60)
    }

    @Test func refusalsOlderThanTheWindowDoNotCount() async {
        let throttle = KeyGuessThrottle()
        for index in 0..<10 {
            // One refusal every four minutes: never five within fifteen.
            #expect(self.wait(await self.attempt(throttle, "203.0.113.9", at: Double(index) * 4 * 60)) == nil, "attempt \(index)")
        }
    }

    @Test func aValidKeyOpensAndDoesNotResetTheCount() async {
        let throttle = KeyGuessThrottle()
        for _ in 0..<4 { _ = await self.attempt(throttle, "203.0.113.9", at: 0) }
        guard case .opened(true) = await self.attempt(throttle, "203.0.113.9", at: 1, valid: true) else {
            Issue.record("a valid key should open")
            return
        }
        // The holder of one store's key cannot reset its count between guesses at another store's key.
        #expect(await self.attempt(throttle, "203.0.113.9", at: 2).isRefused)
        #expect(self.wait(await self.attempt(throttle, "203.0.113.9", at: 3)) == 15 * 60 - 3)
    }

    @Test func parallelGuessesCannotSlipPastTheLimit() async {
        let throttle = KeyGuessThrottle()
        let checked = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<40 {
                group.addTask { self.wait(await self.attempt(throttle, "203.0.113.9", at: 0)) == nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(checked == 5)
    }

    @Test func theOverallLimitHoldsEveryAddressButThoseWithAValidKey() async {
        let throttle = KeyGuessThrottle(limits: .init(perAddress: 5, overall: 6, window: 60))
        // A working integration presents its key.
        #expect(self.wait(await self.attempt(throttle, "192.0.2.10", at: 0, valid: true)) == nil)
        // Guesses from many addresses, two each: none reaches its own limit.
        for index in 0..<3 {
            for _ in 0..<2 { #expect(await self.attempt(throttle, "198.51.100.\(index)", at: 10).isRefused) }
        }
        // Six refusals overall: a new address waits until the first of them is a minute old…
        #expect(self.wait(await self.attempt(throttle, "198.51.100.200", at: 20, valid: true)) == 50)
        // …while the integration with a valid key goes on.
        #expect(self.wait(await self.attempt(throttle, "192.0.2.10", at: 20, valid: true)) == nil)
        // A minute after the guesses, everyone is let through again.
        #expect(self.wait(await self.attempt(throttle, "198.51.100.200", at: 70, valid: true)) == nil)
    }

    @Test func pastCapacityAgedOutThenQuietestAddressesAreForgotten() async {
        let throttle = KeyGuessThrottle(limits: .init(perAddress: 2, overall: 1_000, window: 60, capacity: 3))
        _ = await self.attempt(throttle, "old", at: 0)
        for (offset, address) in ["a", "b", "c"].enumerated() {
            _ = await self.attempt(throttle, address, at: 120 + Double(offset) * 2)
            _ = await self.attempt(throttle, address, at: 121 + Double(offset) * 2)
        }
        // "old" aged out and went first; "a", "b" and "c" are still closed.
        for address in ["a", "b", "c"] { #expect(self.wait(await self.attempt(throttle, address, at: 126)) != nil) }
        _ = await self.attempt(throttle, "d", at: 127)
        _ = await self.attempt(throttle, "d", at: 128)
        // Four live addresses over a capacity of three: the quietest ("a", last refusal at 121) is forgotten.
        for address in ["b", "c", "d"] { #expect(self.wait(await self.attempt(throttle, address, at: 129)) != nil) }
        #expect(self.wait(await self.attempt(throttle, "a", at: 129)) == nil)
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
        #expect(KeyGuessThrottle.client(peer: row.peer, forwardedFor: row.forwarded) == row.counted)
    }
}

extension KeyGuessThrottle.Verdict {
    /// Whether the key was checked and refused.
    var isRefused: Bool {
        if case .refused = self { return true }
        return false
    }
}
