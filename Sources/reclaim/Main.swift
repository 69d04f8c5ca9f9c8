import ArgumentParser
import Foundation
import ReclaimServer

/// Entry point: runs the command and turns any failure into one line on standard error.
@main
enum Main {
    static func main() async {
        do {
            var command = try ReclaimCommand.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = ReclaimCommand.exitCode(for: error)
            if code == .success || error is CleanExit {
                ReclaimCommand.exit(withError: error)
            }
            FileHandle.standardError.write(Data("reclaim: \(FatalMessage.line(for: error))\n".utf8))
            exit(code == .success ? 1 : code.rawValue)
        }
    }
}

/// One readable line for any error that ends the process.
enum FatalMessage {
    static func line(for error: any Error) -> String {
        let text = ReclaimCommand.message(for: error)
        let first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "unknown error"
        return first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
    }
}
