import ArgumentParser
import Foundation
import ReclaimCore
import ReclaimServer

/// `reclaim policy`: questions for the compliance policy engine.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Ask the compliance policy engine.", subcommands: [PolicyCheckCommand.self])
}

/// `reclaim policy check`: send, defer (until when) or block, with every reason.
struct PolicyCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Decide whether a marketing text may go to a number now, and why.")

    @OptionGroup var options: CommonOptions
    @Option(help: "Phone number, E.164 or national in the store's region.") var phone: String
    @Option(help: #"Address as JSON: {"country","province","city","zip"}."#) var address: String?
    @Option(help: "Instant to judge, ISO 8601 with offset (default now).") var at: String?
    @Option(help: "Store id (default: the only configured store).") var store: String?
    @Option(help: "sms or email (default sms).") var channel: String?
    @Option(help: "Assume this consent instead of the recorded one.") var consent: String?
    @Flag(help: "Print the JSON the HTTP route returns.") var json = false

    func run() async throws {
        let configuration = try self.options.loadConfiguration()
        let logger = CommandContext.stderrLogger(level: self.options.logLevel)
        let address = try self.address.map { text in
            do { return try JSONDecoder().decode(PostalAddress.self, from: Data(text.utf8)) } catch {
                throw ValidationError("--address is not a JSON address object")
            }
        }
        let request = PolicyCheckRequest(
            phone: self.phone, address: address, at: self.at, channel: self.channel,
            consent: self.consent)
        let answer = try await CommandContext.run(configuration: configuration, logger: logger) { dependencies in
            let store = try CommandContext.store(self.store, in: configuration)
            do {
                // A timing what-if: a number with nothing on record is judged as if consent were in order
                // (and the output says so); --consent none judges it without.
                return try await dependencies.policyCheckService().check(
                    store: store, request: request, fallbackConsent: .expressWritten)
            } catch let error as APIError {
                throw ValidationError(error.message)
            }
        }
        print(self.json ? try answer.json() : answer.text)
    }
}
