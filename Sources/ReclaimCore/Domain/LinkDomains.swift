import Foundation

/// The hosts a store's links may lead to: each configured domain and its subdomains, over `http` or
/// `https`. A leading `www.` is dropped from a configured domain, so `https://www.shop.example` also
/// allows `shop.example` and `checkout.shop.example`.
///
/// Recovery links are built from payloads (a WooCommerce order's `payment_url`, an event's
/// `recovery_url`); a payload naming any other host must not turn Reclaim's `/r/` links into a redirect
/// to someone else's site.
///
/// ```swift
/// let domains = LinkDomains(["https://shop.example", "pay.example"])
/// domains.allows("https://checkout.shop.example/cart")  // true
/// domains.allows("https://shop.example.evil.test/")      // false
/// ```
public struct LinkDomains: Sendable, Hashable {
    /// The allowed domains, lowercased, without `www.`.
    public let domains: [String]

    /// Creates the rule from URLs (`https://shop.example/`) or bare host names (`pay.example`); entries
    /// without a host are skipped.
    public init(_ entries: [String]) {
        var domains: [String] = []
        for entry in entries {
            guard let host = Self.host(of: entry) ?? Self.host(of: "https://" + entry) else { continue }
            let domain = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            if !domain.isEmpty, !domains.contains(domain) { domains.append(domain) }
        }
        self.domains = domains
    }

    /// Whether `url` is an absolute `http`/`https` URL on one of the domains (or a subdomain of one).
    public func allows(_ url: String) -> Bool {
        guard let host = Self.host(of: url) else { return false }
        return self.domains.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// `url` when it is allowed; otherwise `fallback` when that is allowed; otherwise `nil`.
    public func confine(_ url: String?, fallback: String?) -> String? {
        if let url, self.allows(url) { return url }
        if let fallback, self.allows(fallback) { return fallback }
        return nil
    }

    /// The lowercased host of an absolute `http`/`https` URL without user info, or `nil`.
    static func host(of url: String) -> String? {
        guard let components = URLComponents(string: url.trimmingCharacters(in: .whitespaces)),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            components.user == nil, components.password == nil,
            var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        while host.hasSuffix(".") { host.removeLast() }
        return host.isEmpty ? nil : host
    }
}
