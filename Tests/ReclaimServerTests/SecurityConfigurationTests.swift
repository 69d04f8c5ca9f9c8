import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// The security settings of `reclaim.yml`: API key rules at load, the metrics token, the shutdown
/// deadline and the extra link domains.
@Suite struct SecurityConfigurationTests {
    /// A file with two stores, the second with `keys`.
    static func yaml(keys: [String]) -> String {
        let list = keys.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            stores:
              - { id: first, name: First, api_keys: ["3f9a1c7e52b04d8e9a6b1c2d3e4f5a6b"] }
              - { id: second, name: Second, api_keys: [\(list)] }
            """
    }

    func load(_ text: String, environment: [String: String] = [:]) throws -> ReclaimConfiguration {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reclaim-\(UUID().uuidString).yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ConfigurationLoader(environment: environment).load(path: path)
    }

    static let refused: [(key: String, reason: String)] = [
        ("rk_demo_key_change_me", "example key"),
        ("short-key-123", "at least 24 random characters"),
        ("rk_test_commerce_key", "at least 24 random characters"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "does not look random"),
        ("abababababababababababababababab", "does not look random"),
    ]

    @Test(arguments: 0..<refused.count)
    func aWeakOrExampleKeyFailsTheLoadNamingTheStoreAndIndex(_ index: Int) throws {
        let row = Self.refused[index]
        let text = Self.yaml(keys: ["0123456789abcdef0123456789abcdef", row.key])
        #expect {
            try self.load(text)
        } throws: { error in
            let message = "\(error)"
            return message.contains("stores[1].api_keys[1]") && message.contains("store \"second\"")
                && message.contains(row.reason) && !message.contains(row.key) && !message.contains("\n")
        }
    }

    static let accepted = [
        "3f9a1c7e52b04d8e9a6b1c2d",  // openssl rand -hex 12
        "rk_test_acceptance_key_0123456789abcdef",  // the public acceptance suite's key
        "Zr8-qL2_xV9wT4mK7pN1sB6cH3jF0dYe",
    ]

    @Test(arguments: accepted)
    func aLongRandomKeyLoads(_ key: String) throws {
        let configuration = try self.load(Self.yaml(keys: [key]))
        #expect(configuration.store("second")?.apiKeys == [key])
    }

    @Test func theDemoAndTestsParseWithoutTheKeyRules() throws {
        // `reclaim demo` builds its configuration with `parse`, which leaves keys alone.
        let configuration = try ConfigurationLoader(environment: [:]).parse(Self.yaml(keys: ["rk_demo_key_change_me"]))
        #expect(configuration.store("second")?.apiKeys == ["rk_demo_key_change_me"])
    }

    @Test func theMetricsTokenComesFromTheFileOrTheEnvironment() throws {
        #expect(try self.load("server: { port: 9000 }").server.metricsToken == nil)
        #expect(try self.load("server: { metrics_token: \"scrape-me\" }").server.metricsToken == "scrape-me")
        let fromVariable = try self.load("server: { metrics_token_env: SCRAPE }", environment: ["SCRAPE": "from-env"])
        #expect(fromVariable.server.metricsToken == "from-env")
        let overridden = try self.load("server: { metrics_token: \"file\" }", environment: ["RECLAIM_METRICS_TOKEN": "override"])
        #expect(overridden.server.metricsToken == "override")
    }

    @Test func theShutdownTimeoutDefaultsToThirtySecondsAndMustBeADuration() throws {
        #expect(try self.load("server: { port: 9000 }").server.shutdownTimeout == "30s")
        #expect(try self.load("server: { shutdown_timeout: 2m }").server.shutdownTimeout == "2m")
        #expect {
            try self.load("server: { shutdown_timeout: soon }")
        } throws: { error in
            "\(error)".contains("shutdownTimeout") && "\(error)".contains("invalid duration")
        }
    }

    @Test func linkDomainsAddToTheWebsiteAndShopDomain() throws {
        let store = try #require(
            try ConfigurationLoader(environment: [:]).parse(
                """
                stores:
                  - id: s
                    website: https://www.summit.example
                    link_domains: [pay.summit-checkout.example]
                    shopify: { secret: x, shop_domain: summit.myshopify.com }
                """
            ).store("s"))
        #expect(store.linkRule.domains == ["summit.example", "summit.myshopify.com", "pay.summit-checkout.example"])
    }
}
