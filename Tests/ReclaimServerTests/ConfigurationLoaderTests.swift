import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// `reclaim.yml` parsing, secret references and environment overrides.
@Suite struct ConfigurationLoaderTests {
    static let contractExample = """
        database: { url: "sqlite://reclaim.sqlite" }
        server: { host: 127.0.0.1, port: 8080, public_url: "https://reclaim.example.com" }
        stores:
          - id: northwind
            name: Northwind Coffee
            timezone: America/New_York
            currency: USD
            default_region: US
            website: https://northwind.example
            api_keys: ["key-1"]
            shopify: { secret: "shh", shop_domain: "northwind.myshopify.com", admin_token: "tok", api_base_url: "http://127.0.0.1:1" }
            sms:
              provider: twilio
              twilio: { account_sid: "AC1", auth_token_env: TEST_TWILIO_TOKEN, from: "+15550001111", api_base_url: "https://api.twilio.com" }
            email:
              provider: smtp
              from: "Northwind Coffee <hello@northwind.example>"
              smtp: { host: smtp.example.com, port: 587, tls: starttls, username: "u", password: "p" }
            support: { phone: "+15550002222", email: "help@northwind.example", hours: "Mon–Fri 9–5 ET" }
            postal_address: "1 Harbor Way, Portland, ME 04101, USA"
            policies:
              shipping: { text: "Free over $50", free_over: 5000, flat_rate: 595, countries: [US, CA] }
              faq: [ { q: "Do you price match?", a: "No." } ]
            abandonment: { idle: 30m }
            flow: carrier-safe
        """

    @Test func parsesTheContractExample() throws {
        let loader = ConfigurationLoader(environment: ["TEST_TWILIO_TOKEN": "secret-token"])
        let configuration = try loader.parse(Self.contractExample)
        #expect(configuration.server.publicURL == "https://reclaim.example.com")
        #expect(configuration.server.port == 8080)
        let store = try #require(configuration.store("northwind"))
        #expect(store.name == "Northwind Coffee")
        #expect(store.defaultRegion == "US")
        #expect(store.apiKeys == ["key-1"])
        #expect(store.shopify?.shopDomain == "northwind.myshopify.com")
        #expect(store.shopify?.apiBaseURL == "http://127.0.0.1:1")
        #expect(store.sms?.twilio?.accountSID == "AC1")
        #expect(store.sms?.twilio?.authToken == "secret-token")
        #expect(store.email?.smtp?.port == 587)
        #expect(store.abandonment?.idle == "30m")
        #expect(store.policies?["shipping"]?["free_over"] == .number(5000))
        #expect(store.flow == "carrier-safe")
    }

    @Test func missingSecretVariableIsNamed() {
        #expect {
            try ConfigurationLoader(environment: [:]).parse(Self.contractExample)
        } throws: { error in
            "\(error)".contains("TEST_TWILIO_TOKEN")
        }
    }

    @Test func wrongTypeNamesTheKey() {
        let text = "server: { port: eighty }"
        #expect {
            try ConfigurationLoader(environment: [:]).parse(text)
        } throws: { error in
            let line = "\(error)"
            return line.contains("port") && line.contains("integer") && !line.contains("\n")
        }
    }

    @Test func invalidYAMLIsOneLine() {
        #expect {
            try ConfigurationLoader(environment: [:]).parse("stores: [ {id: a")
        } throws: { error in
            "\(error)".contains("not valid YAML") && !"\(error)".contains("\n")
        }
    }

    @Test func environmentOverridesFileAndDefaults() throws {
        try withTemporaryFile(contents: "database: { url: \"sqlite://file.sqlite\" }\nserver: { port: 9000 }\n") { path in
            let loader = ConfigurationLoader(environment: [
                "RECLAIM_DATABASE_URL": "sqlite://env.sqlite", "RECLAIM_PORT": "9100", "RECLAIM_PUBLIC_URL": "https://x.example",
            ])
            let configuration = try loader.load(path: path)
            #expect(configuration.database.url == "sqlite://env.sqlite")
            #expect(configuration.server.port == 9100)
            #expect(configuration.server.host == "127.0.0.1")
            #expect(configuration.server.publicURL == "https://x.example")
        }
    }

    @Test func unreadableConfigFileIsOneClearLine() {
        #expect {
            try ConfigurationLoader(environment: [:]).load(path: "/nonexistent/reclaim.yml")
        } throws: { error in
            "\(error)" == "cannot read config /nonexistent/reclaim.yml: no such file"
        }
    }

    @Test func secretsCanComeFromFiles() throws {
        try withTemporaryFile(contents: "file-secret\n") { secretPath in
            let text = "stores: [ { id: s, shopify: { secret_file: \"\(secretPath)\" } } ]"
            let configuration = try ConfigurationLoader(environment: [:]).parse(text)
            #expect(configuration.store("s")?.shopify?.secret == "file-secret")
        }
    }

    private func withTemporaryFile(contents: String, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reclaim-\(UUID().uuidString).yml").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }
}
