import ArgumentParser
import Logging
import ReclaimServer

/// `reclaim serve`: HTTP, scheduler and dispatcher in one process until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the HTTP server and background workers.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Serve HTTP only; leave jobs to other processes.")
    var noWorker = false

    func run() async throws {
        let logger = try self.options.bootstrapLogging()
        let arguments = ServeArguments(
            configuration: try self.options.loadConfiguration(), runsWorker: !self.noWorker, logger: logger)
        try await runApplication(arguments)
    }
}

/// Production arguments for ``buildApplication(_:)``.
struct ServeArguments: AppArguments {
    let configuration: ReclaimConfiguration
    let runsWorker: Bool
    let logger: Logger
}
