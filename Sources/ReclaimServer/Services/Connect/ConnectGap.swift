import Foundation

/// One thing a store's configuration lacks for `reclaim connect` or for its first text: the key to set and
/// what goes wrong without it.
public struct ConnectGap: Sendable, Hashable {
    /// The configuration key (`server.public_url`).
    public var key: String
    /// What goes wrong without it and what to do, in one sentence.
    public var message: String
    /// Whether `reclaim connect` cannot register webhooks without it (the command then exits non-zero).
    public var blocksWebhooks: Bool

    /// Creates a gap.
    public init(key: String, message: String, blocksWebhooks: Bool = false) {
        self.key = key
        self.message = message
        self.blocksWebhooks = blocksWebhooks
    }

    /// Everything `platform` lacks in `store` and `configuration`, blocking gaps first.
    static func gaps(_ platform: ConnectPlatform, store: StoreConfiguration, configuration: ReclaimConfiguration) -> [ConnectGap] {
        var gaps: [ConnectGap] = []
        let credentials = platform.missingCredentials(store)
        if !credentials.isEmpty {
            gaps.append(
                ConnectGap(
                    key: credentials.joined(separator: ", "),
                    message: "no admin credentials: Reclaim cannot reach the \(platform.rawValue) admin API", blocksWebhooks: true))
        }
        if (platform.section(store)?.secret?.trimmingCharacters(in: .whitespaces) ?? "").isEmpty {
            gaps.append(
                ConnectGap(
                    key: "\(platform.rawValue).secret",
                    message: "no webhook secret: Reclaim would refuse every delivery (401)", blocksWebhooks: true))
        }
        let publicURL = configuration.server.baseURL
        let components = URLComponents(string: publicURL)
        if components?.scheme?.lowercased() != "https" || (components?.host ?? "").isEmpty {
            gaps.append(
                ConnectGap(
                    key: "server.public_url",
                    message: "public_url is \(publicURL), not an https address the platform can reach: set it (or RECLAIM_PUBLIC_URL)",
                    blocksWebhooks: true))
        } else if let host = components?.host?.lowercased(), ["localhost", "127.0.0.1", "::1"].contains(host) || host.hasSuffix(".local") {
            gaps.append(
                ConnectGap(
                    key: "server.public_url", message: "public_url points at \(host), which the platform cannot reach", blocksWebhooks: true
                ))
        }
        let provider = store.sms?.provider?.lowercased()
        if provider == nil || provider?.isEmpty == true {
            gaps.append(ConnectGap(key: "sms.provider", message: "no SMS provider: no text can go out (set twilio or telnyx)"))
        } else if provider == "outbox" {
            gaps.append(ConnectGap(key: "sms.provider", message: "SMS provider is outbox: texts are stored, not sent"))
        }
        // What the store lacks before its platform's consent counts (the same list as the start-up warning
        // and the dashboard banner).
        gaps += StoreReadiness(store).problems.map { ConnectGap(key: $0.key, message: $0.message) }
        return gaps
    }
}
