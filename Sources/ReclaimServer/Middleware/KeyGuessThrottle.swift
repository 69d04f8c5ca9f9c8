import Foundation
import HTTPTypes

/// Slows down guessing store API keys, wherever a key is presented: the `/api/v1` bearer key
/// (``StoreAPIKeyMiddleware``) and the dashboard sign-in. One instance per application
/// (the application's `keyGuesses`), so both count against the same budget.
///
/// - After ``Limits/perAddress`` refused keys from one address within ``Limits/window``, that address
///   waits, without its key being checked, until its oldest refusal is ``Limits/window`` old.
/// - After ``Limits/overall`` refused keys from all addresses together within the window, every address
///   waits except those that presented a valid key within the window (they keep only their own limit), so
///   guessing from many addresses is slowed too without locking out the integrations already working.
/// - A valid key does not clear the address's refusals: the holder of one store's key could otherwise
///   reset its count between guesses at another store's key.
///
/// ```swift
/// switch await throttle.attempt(address, now: now, check: { keys.store(holding: key) }) {
/// case .opened(let store): …
/// case .refused: … // 401
/// case .wait(let seconds): … // 429, Retry-After: seconds
/// }
/// ```
///
/// The key is checked inside the actor, so parallel attempts cannot slip past a limit. It lives in memory:
/// a restart forgets it, and each process counts its own attempts. At most ``Limits/capacity`` addresses
/// are remembered; past that, those whose refusals have aged out go first, then the longest quiet.
actor KeyGuessThrottle {
    /// The limits of a throttle.
    struct Limits: Sendable, Hashable {
        /// Refused keys that close one address (5).
        var perAddress: Int = 5
        /// Refused keys from all addresses that close every address not known good (100).
        var overall: Int = 100
        /// How long a refusal counts, and a valid key makes its address known good (15 minutes).
        var window: TimeInterval = 15 * 60
        /// Most addresses remembered at once (10,000).
        var capacity: Int = 10_000
    }

    /// What came of one attempt.
    enum Verdict<Opened: Sendable>: Sendable {
        /// The key was valid; the value is what the check returned.
        case opened(Opened)
        /// The key was checked and refused (and counted).
        case refused
        /// Too many refusals: the key was not checked; try again after this many seconds (at least 1).
        case wait(TimeInterval)
    }

    let limits: Limits

    /// Creates an empty throttle.
    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Refusal times of each address, oldest first, none older than the window.
    private var refusals: [String: [Date]] = [:]
    /// Refusal times of every address, oldest first, at most ``Limits/overall`` of them.
    private var allRefusals: [Date] = []
    /// When each known-good address last presented a valid key.
    private var goodSince: [String: Date] = [:]

    /// Checks one presented key from `address`, unless the address must wait.
    /// - Parameters:
    ///   - address: The counted address (``client(peer:forwardedFor:)``).
    ///   - now: The current time.
    ///   - check: Whether the key opens something: its result, or `nil` for a wrong key. Runs on the actor,
    ///     so it must be quick and must not suspend.
    func attempt<Opened: Sendable>(
        _ address: String, now: Date, check: @Sendable () -> Opened?
    ) -> Verdict<Opened> {
        let recent = self.recent(address, now: now)
        if recent.count >= self.limits.perAddress, let oldest = recent.first {
            return .wait(self.wait(since: oldest, now: now))
        }
        self.allRefusals.removeAll { now.timeIntervalSince($0) >= self.limits.window }
        if !self.isKnownGood(address, now: now), self.allRefusals.count >= self.limits.overall,
            let oldest = self.allRefusals.first
        {
            return .wait(self.wait(since: oldest, now: now))
        }
        if let opened = check() {
            self.goodSince[address] = now
            if self.goodSince.count > self.limits.capacity { self.forgetGood(now: now) }
            return .opened(opened)
        }
        self.refusals[address] = recent + [now]
        self.allRefusals.append(now)
        if self.allRefusals.count > self.limits.overall { self.allRefusals.removeFirst(self.allRefusals.count - self.limits.overall) }
        if self.refusals.count > self.limits.capacity { self.forget(now: now) }
        return .refused
    }

    /// The address an attempt is counted under: the peer's, or, when the peer is this machine (a
    /// reverse proxy in front of Reclaim), the last address in its `X-Forwarded-For`.
    static func client(peer: String?, forwardedFor: String?) -> String {
        let peer = peer ?? "unknown"
        guard Self.isLoopback(peer),
            let forwarded = forwardedFor?.split(separator: ",").last?
                .trimmingCharacters(in: .whitespaces), !forwarded.isEmpty
        else { return peer }
        return forwarded
    }

    private static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }

    static let forwardedForHeader = HTTPField.Name("X-Forwarded-For")!
    static let retryAfterHeader = HTTPField.Name("Retry-After")!

    /// The `Retry-After` value of a wait: whole seconds, rounded up.
    static func retryAfter(_ wait: TimeInterval) -> String {
        "\(Int(wait.rounded(.up)))"
    }

    private func wait(since oldest: Date, now: Date) -> TimeInterval {
        max(1, oldest.addingTimeInterval(self.limits.window).timeIntervalSince(now))
    }

    private func recent(_ address: String, now: Date) -> [Date] {
        (self.refusals[address] ?? []).filter { now.timeIntervalSince($0) < self.limits.window }
    }

    private func isKnownGood(_ address: String, now: Date) -> Bool {
        self.goodSince[address].map { now.timeIntervalSince($0) < self.limits.window } ?? false
    }

    /// Drops addresses whose refusals have aged out, then the longest quiet until under capacity.
    private func forget(now: Date) {
        self.refusals = self.refusals.filter { _, times in
            times.last.map { now.timeIntervalSince($0) < self.limits.window } ?? false
        }
        let excess = self.refusals.count - self.limits.capacity
        guard excess > 0 else { return }
        let quietest = self.refusals.sorted { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }
            .prefix(excess)
        for (address, _) in quietest { self.refusals[address] = nil }
    }

    /// Drops known-good addresses that aged out, then the oldest until under capacity.
    private func forgetGood(now: Date) {
        self.goodSince = self.goodSince.filter { now.timeIntervalSince($0.value) < self.limits.window }
        let excess = self.goodSince.count - self.limits.capacity
        guard excess > 0 else { return }
        for (address, _) in self.goodSince.sorted(by: { $0.value < $1.value }).prefix(excess) { self.goodSince[address] = nil }
    }
}
