import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `reclaim demo`: the same seed gives the same numbers, and the printed funnel is what the stats
/// API says about the same database.
@Suite struct DemoTests {
    func simulate(carts: Int, seed: UInt64, in directory: URL) async throws -> (ReclaimConfiguration, DemoReport) {
        var logger = Logger(label: "demo-test")
        logger.logLevel = .critical
        let yaml = DemoStore.configurationYAML(databasePath: directory.appendingPathComponent("demo.sqlite").path, port: 0)
        let configuration = try ConfigurationLoader(environment: [:]).parse(yaml)
        let database = try await ReclaimDatabase.open(url: configuration.database.url, logger: logger)
        do {
            _ = try await Migrator(database: database, logger: logger).migrate()
            let simulation = try DemoSimulation(
                options: DemoOptions(carts: carts, seed: seed), configuration: configuration, database: database, logger: logger)
            try await simulation.run { _ in }
            let report = try await DemoReport.read(database: database.sql, store: DemoStore.id)
            try await database.shutdown()
            return (configuration, report)
        } catch {
            try? await database.shutdown()
            throw error
        }
    }

    @Test func theSameSeedGivesTheSameNumbersAndTheStatsAPIAgrees() async throws {
        let first = try await withTemporaryDirectory { try await self.simulate(carts: 40, seed: 7, in: $0).1 }
        try await withTemporaryDirectory { directory in
            let (configuration, report) = try await self.simulate(carts: 40, seed: 7, in: directory)
            #expect(report.stats == first.stats)
            #expect(report.deferred == first.deferred)
            #expect(report.blocked == first.blocked)
            #expect(report.stats.cartsTotal == 40)
            #expect((report.stats.sentByStep["sms:0"] ?? 0) > 0)
            // The stats route over the same database prints the same funnel.
            let demoDatabase: (inout TestArguments) -> Void = { $0.configuration.database.url = configuration.database.url }
            try await withTestApp(stores: configuration.stores, configure: demoDatabase) { app in
                let response = try await app.client.execute(
                    uri: "/api/v1/stores/\(DemoStore.id)/stats", method: .get,
                    headers: [.authorization: "Bearer \(DemoStore.apiKey)"], body: nil)
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let carts = json["carts"] as? [String: Any]
                #expect(carts?["total"] as? Int == report.stats.cartsTotal)
                #expect(carts?["recovered"] as? Int == report.stats.cartsRecovered)
                #expect(json["clicks"] as? Int == report.stats.clicks)
                #expect(json["opt_outs"] as? Int == report.stats.optOuts)
                #expect((json["recovered_revenue"] as? [String: Any])?["minor"] as? Int == report.stats.recoveredRevenue["USD"])
                #expect((json["sent_by_step"] as? [String: Int]) == report.stats.sentByStep)
            }
        }
    }
}
