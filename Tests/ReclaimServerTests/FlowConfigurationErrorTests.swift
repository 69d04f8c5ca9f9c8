import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// A broken flow in `reclaim.yml` fails the load with the file, line and column of the field at fault.
@Suite struct FlowConfigurationErrorTests {
    static func config(flows: String) -> String {
        """
        database: { url: "sqlite::memory:" }
        stores:
          - id: other
            name: Other Shop
            currency: USD
          - id: demo
            name: Demo Coffee
            currency: USD
            flows:
        \(flows)
        """
    }

    /// Each case: the flows block (indented under `flows:`), the expected field path, line and column.
    static let cases: [(flows: String, field: String, line: Int, column: Int)] = [
        (
            """
                  - name: main
                    default: true
                    steps:
                      - { delay: 30m, channel: sms, template: check_in_sms }
                      - delay: soon
                        channel: email
                        template: social_proof_email
            """,
            "stores[demo].flows[0].steps[1].delay", 14, 20
        ),
        (
            """
                  - name: main
                    default: true
                    steps:
                      - delay: 1h
                        channel: pigeon
                        template: check_in_sms
            """,
            "stores[demo].flows[0].steps[0].channel", 14, 22
        ),
        (
            """
                  - name: main
                    default: true
                    steps:
                      - delay: 1h
                        channel: sms
                        template: check_in_sms
                        if: cart_value >=
            """,
            "stores[demo].flows[0].steps[0].if", 16, 17
        ),
        (
            """
                  - name: main
                    default: true
                    colour: blue
                    steps: [ { delay: 1h, channel: sms, template: check_in_sms } ]
            """,
            "stores[demo].flows[0].colour", 12, 17
        ),
    ]

    @Test(arguments: 0..<cases.count)
    func namesTheLineOfTheBrokenField(_ index: Int) throws {
        let example = Self.cases[index]
        let error = #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(environment: [:]).parse(Self.config(flows: example.flows), path: "shop.yml")
        }
        guard case .invalidFlow(let path, let line, let column, let field, let reason)? = error else {
            Issue.record("expected invalidFlow, got \(String(describing: error))")
            return
        }
        #expect(path == "shop.yml")
        #expect(field == example.field)
        #expect(line == example.line)
        #expect(column == example.column)
        #expect(!reason.isEmpty)
        #expect(error?.description.hasPrefix("config shop.yml:\(example.line):\(example.column): \(example.field): ") == true)
    }

    @Test func aValidFlowLoads() throws {
        let flows = """
                  - name: main
                    default: true
                    steps: [ { delay: 1h, channel: sms, template: check_in_sms } ]
            """
        let configuration = try ConfigurationLoader(environment: [:]).parse(Self.config(flows: flows))
        #expect(configuration.stores.count == 2)
    }

    /// `reclaim serve` starts by loading its `--config` file: a broken flow stops start-up there, with the
    /// file, line and column of the field at fault.
    @Test func startUpStopsAtABrokenFlowNamingItsFileAndLine() async throws {
        try await withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("shop.yml").path
            try Self.config(flows: Self.cases[0].flows).write(toFile: file, atomically: true, encoding: .utf8)
            let error = #expect(throws: ConfigurationError.self) {
                try ConfigurationLoader(environment: [:]).load(path: file)
            }
            #expect(error?.description.hasPrefix("config \(file):14:20: stores[demo].flows[0].steps[1].delay: ") == true)
        }
    }

    /// A configuration decoded without the loader cannot carry a broken flow either: its decode fails naming
    /// the field (``AppDependencies`` used to fall back silently to "no flows" for such a store).
    @Test func aBrokenFlowFailsTheDecodeOutsideTheLoaderToo() {
        let json = """
            {"stores": [{"id": "demo", "flows": [{"name": "main", "default": true,
              "steps": [{"delay": "soon", "channel": "sms", "template": "check_in_sms"}]}]}]}
            """
        let error = #expect(throws: FlowDefinitionError.self) {
            try JSONDecoder().decode(ReclaimConfiguration.self, from: Data(json.utf8))
        }
        #expect(error?.path == "stores[demo].flows[0].steps[0].delay")
    }

    /// Flows are parsed once, as each store's section is decoded: the directory the app runs on holds exactly
    /// those, and building it parses nothing again (it no longer throws).
    @Test func theAppRunsTheFlowsParsedAtLoad() throws {
        let flows = """
                  - name: main
                    default: true
                    steps: [ { delay: 1h, channel: sms, template: check_in_sms } ]
            """
        let configuration = try ConfigurationLoader(environment: [:]).parse(Self.config(flows: flows))
        let parsed = try #require(configuration.store("demo")?.flowConfiguration)
        #expect(parsed.flows.map(\.name) == ["main"])
        let directory = FlowDirectory(configuration: configuration)
        #expect(directory["demo"] == parsed)
        #expect(directory["other"] == StoreFlowConfiguration())
    }

    @Test(arguments: [
        (
            "stores[demo].flows[0].steps[1].delay",
            [YAMLSourceLocator.Component.key("stores"), .item("demo"), .key("flows"), .item("0"), .key("steps"), .item("1"), .key("delay")]
        ),
        ("flows[0]", [.key("flows"), .item("0")]),
        ("a.b", [.key("a"), .key("b")]),
        ("stores[a.b].x", [.key("stores"), .item("a.b"), .key("x")]),
    ])
    func splitsPaths(_ path: String, _ expected: [YAMLSourceLocator.Component]) {
        #expect(YAMLSourceLocator.components(of: path) == expected)
    }

    @Test func locatesTheDeepestWrittenAncestorOfAMissingKey() {
        let text = "stores:\n  - id: demo\n    flows:\n      - name: main\n"
        let mark = YAMLSourceLocator(text: text).location(of: "stores[demo].flows[0].steps")
        #expect(mark?.line == 4)
        #expect(YAMLSourceLocator.canonical("discountTier?") == YAMLSourceLocator.canonical("discount_tier"))
    }
}
