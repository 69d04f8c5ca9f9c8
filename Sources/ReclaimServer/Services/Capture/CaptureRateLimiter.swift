import Foundation

/// Limits capture posts (`POST /c/{store}`) per client IP and per phone or email, in a sliding window.
///
/// Each counted key keeps the times of its recent posts; a key with ``Limits/perIP`` (IP) or
/// ``Limits/perAddress`` (address) posts in the last ``Limits/window`` waits until the oldest ages out.
/// It lives in memory, like ``KeyGuessThrottle``: a restart forgets it and each process counts its own posts.
/// At most ``Limits/capacity`` keys are remembered; past that, the longest quiet go first.
actor CaptureRateLimiter {
    /// The limits.
    struct Limits: Sendable, Hashable {
        /// Posts from one IP address per window (20).
        var perIP: Int = 20
        /// Posts naming one phone or email per window (3).
        var perAddress: Int = 3
        /// The window (one hour).
        var window: TimeInterval = 3600
        /// Most keys remembered at once (50,000).
        var capacity: Int = 50_000
    }

    let limits: Limits
    private var hits: [String: [Date]] = [:]

    /// Creates an empty limiter.
    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Counts one post from `ip`; the seconds to wait instead when the IP is over its limit.
    func admit(ip: String, now: Date) -> TimeInterval? {
        self.admit("ip:" + ip, limit: self.limits.perIP, now: now)
    }

    /// Counts one post naming `address` on `channel`; the seconds to wait instead when it is over its limit.
    func admit(address: String, channel: String, now: Date) -> TimeInterval? {
        self.admit("\(channel):\(address)", limit: self.limits.perAddress, now: now)
    }

    private func admit(_ key: String, limit: Int, now: Date) -> TimeInterval? {
        var recent = (self.hits[key] ?? []).filter { now.timeIntervalSince($0) < self.limits.window }
        if recent.count >= limit, let oldest = recent.first {
            self.hits[key] = recent
            return max(1, oldest.addingTimeInterval(self.limits.window).timeIntervalSince(now))
        }
        recent.append(now)
        if self.hits[key] == nil, self.hits.count >= self.limits.capacity { self.evict(now: now) }
        self.hits[key] = recent
        return nil
    }

    /// Drops keys whose posts aged out, then, if still full, the longest quiet half.
    private func evict(now: Date) {
        self.hits = self.hits.filter { _, times in times.last.map { now.timeIntervalSince($0) < self.limits.window } ?? false }
        guard self.hits.count >= self.limits.capacity else { return }
        let quiet = self.hits.sorted { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }
        for (key, _) in quiet.prefix(self.hits.count / 2) { self.hits[key] = nil }
    }
}
