import ArgumentParser
import Logging
import ReclaimServer
import ReclaimStore

/// `reclaim migrate`: applies pending schema migrations and exits. Running it twice is a no-op.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply database schema migrations and exit.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let logger = try self.options.bootstrapLogging()
        let configuration = try self.options.loadConfiguration()
        let database = try await ReclaimDatabase.open(url: configuration.database.url, logger: logger)
        do {
            let applied = try await Migrator(database: database, logger: logger).migrate()
            print(applied.isEmpty ? "database is up to date" : "applied \(applied.count) migrations: \(applied.joined(separator: ", "))")
            try await database.shutdown()
        } catch {
            try? await database.shutdown()
            throw error
        }
    }
}
