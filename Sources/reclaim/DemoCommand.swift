import ArgumentParser
import Foundation
import ReclaimServer

/// `reclaim demo`: the whole product on an embedded SQLite database with simulated shoppers.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Recover simulated abandoned carts end to end on a temporary database, and print the funnel.")

    @Option(help: "How many carts to simulate.") var carts = 200
    @Option(help: "Seed: the same seed prints the same numbers.") var seed: UInt64 = 42
    @Option(help: "Virtual seconds per real second (0: as fast as possible).") var speed: Double = 0
    @Flag(help: "Keep serving the demo data over HTTP afterwards.") var serve = false
    @Option(help: "Port for --serve.") var port = 8080

    func run() async throws {
        try await runDemo(DemoOptions(carts: self.carts, seed: self.seed, speed: self.speed), serve: self.serve, port: self.port)
    }
}
