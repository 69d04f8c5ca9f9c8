import ArgumentParser
import Foundation
import ReclaimServer

/// `reclaim connect shopify|woocommerce|bigcommerce --store ID`: registers Reclaim's webhooks with the platform
/// and imports the catalog; prints what was done and what is missing.
struct ConnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Register Reclaim's webhooks with the store's platform and import its catalog (safe to run again).")

    @OptionGroup var options: CommonOptions
    @Argument(help: "shopify, woocommerce or bigcommerce.") var platform: String
    @Option(help: "Store id (default: the only configured store).") var store: String?
    @Flag(help: "Print the plan only: list the platform's subscriptions, change nothing, import nothing.") var dryRun = false

    func run() async throws {
        guard let platform = ConnectPlatform(rawValue: self.platform.lowercased()) else {
            throw ValidationError("platform must be shopify, woocommerce or bigcommerce, not \"\(self.platform)\"")
        }
        let configuration = try self.options.loadConfiguration()
        let logger = CommandContext.stderrLogger(level: self.options.logLevel)
        let store = try CommandContext.store(self.store, in: configuration)
        let report = try await CommandContext.run(configuration: configuration, logger: logger) { dependencies in
            await PlatformConnector(dependencies: dependencies).connect(
                platform, store: store, dryRun: self.dryRun)
        }
        print(report.text, terminator: "")
        if let failure = report.failure { throw CommandError(failure) }
    }
}
