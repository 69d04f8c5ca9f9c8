import ArgumentParser

/// The `reclaim` command: abandoned-cart recovery by compliant SMS and email.
struct ReclaimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reclaim",
        abstract: "Wins back abandoned carts with compliant, conversational SMS coordinated with email.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, DemoCommand.self, PolicyCommand.self, ConsentCommand.self, ConnectCommand.self,
        ]
    )
}
