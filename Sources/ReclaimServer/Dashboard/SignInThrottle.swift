import Foundation
import HTTPTypes

/// Slows down guessing store API keys at the dashboard sign-in: after ``limit`` refused attempts from
/// one address within ``window``, that address is refused without the key being checked until its
/// oldest refusal is ``window`` old. A successful sign-in clears the address.
///
/// ```swift
/// let throttle = SignInThrottle()
/// if let wait = await throttle.admit("203.0.113.9", now: now) { /* 429, Retry-After: wait */ }
/// // … check the key; when it opens a store:
/// await throttle.signedIn("203.0.113.9")
/// ```
///
/// It lives in memory: a restart forgets it, and each process counts its own attempts. At most
/// ``capacity`` addresses are remembered; past that, those whose refusals have aged out go first,
/// then the longest quiet.
actor SignInThrottle {
    /// Refused attempts that close an address (5).
    let limit: Int
    /// How long a refusal counts (15 minutes).
    let window: TimeInterval
    /// Most addresses remembered at once (10,000).
    let capacity: Int

    /// Creates an empty throttle.
    init(limit: Int = 5, window: TimeInterval = 15 * 60, capacity: Int = 10_000) {
        self.limit = limit
        self.window = window
        self.capacity = capacity
    }

    /// The address a sign-in is counted under: the peer's, or, when the peer is this machine (a
    /// reverse proxy in front of Reclaim), the last address in its `X-Forwarded-For`.
    static func client(peer: String?, forwardedFor: String?) -> String {
        let peer = peer ?? "unknown"
        guard Self.isLoopback(peer), let forwarded = forwardedFor?.split(separator: ",").last?
            .trimmingCharacters(in: .whitespaces), !forwarded.isEmpty
        else { return peer }
        return forwarded
    }

    private static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }

    static let forwardedForHeader = HTTPField.Name("X-Forwarded-For")!
    static let retryAfterHeader = HTTPField.Name("Retry-After")!

    /// Refusal times of each address, oldest first, none older than ``window``.
    private var refusals: [String: [Date]] = [:]

    /// Lets one sign-in attempt from `address` go ahead and counts it as refused until
    /// ``signedIn(_:)`` says otherwise, or returns how long the address must wait (not counted).
    /// Counting before the key is checked means parallel attempts cannot slip past the limit.
    func admit(_ address: String, now: Date) -> TimeInterval? {
        var recent = self.recent(address, now: now)
        if recent.count >= self.limit, let oldest = recent.first {
            return max(1, oldest.addingTimeInterval(self.window).timeIntervalSince(now))
        }
        recent.append(now)
        self.refusals[address] = recent
        if self.refusals.count > self.capacity { self.forget(now: now) }
        return nil
    }

    /// Clears `address` after a successful sign-in.
    func signedIn(_ address: String) {
        self.refusals[address] = nil
    }

    private func recent(_ address: String, now: Date) -> [Date] {
        (self.refusals[address] ?? []).filter { now.timeIntervalSince($0) < self.window }
    }

    /// Drops addresses whose refusals have aged out, then the longest quiet until under capacity.
    private func forget(now: Date) {
        self.refusals = self.refusals.filter { _, times in times.last.map { now.timeIntervalSince($0) < self.window } ?? false }
        let excess = self.refusals.count - self.capacity
        guard excess > 0 else { return }
        let quietest = self.refusals.sorted { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }.prefix(excess)
        for (address, _) in quietest { self.refusals[address] = nil }
    }
}
