import ArgumentParser
import ReclaimServer

/// `reclaim consent`: the consent log.
struct ConsentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Work with the consent log.", subcommands: [ConsentExportCommand.self])
}

/// `reclaim consent export`: every consent record of a store to standard output.
struct ConsentExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print a store's consent records as CSV (or JSON).")

    @OptionGroup var options: CommonOptions
    @Option(help: "Store id (default: the only configured store).") var store: String?
    @Option(help: "csv or json.") var format: String = "csv"

    func run() async throws {
        guard ["csv", "json"].contains(self.format) else { throw ValidationError("--format must be csv or json") }
        let configuration = try self.options.loadConfiguration()
        let logger = CommandContext.stderrLogger(level: self.options.logLevel)
        let storeID = try self.store ?? CommandContext.store(nil, in: configuration).id
        let records = try await CommandContext.run(configuration: configuration, logger: logger) {
            try await ConsentExport.records($0.repositories, storeID: storeID)
        }
        print(self.format == "csv" ? ConsentExport.csv(records) : try ConsentExport.json(records), terminator: "")
    }
}
