import ArgumentParser
import Logging
import ReclaimServer

/// Flags shared by every subcommand.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: reclaim.yml in the working directory, if present).")
    var config: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    /// The configuration with environment overrides applied.
    func loadConfiguration() throws -> ReclaimConfiguration {
        try ConfigurationLoader().load(path: self.config)
    }

    /// Bootstraps JSON logging to standard output once per process.
    func bootstrapLogging() throws -> Logger {
        guard let level = Logger.Level(rawValue: self.logLevel.lowercased()) else {
            throw ValidationError("unknown log level \"\(self.logLevel)\"")
        }
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        return Logger(label: "reclaim")
    }
}
