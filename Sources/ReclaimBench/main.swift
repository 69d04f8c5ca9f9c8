import Foundation
import Logging
import ReclaimStore

/// `ReclaimBench [--sqlite PATH] [--postgres URL] [--jobs N] [--claims N] [--rate N] [--seconds S]`:
/// the job-queue benchmark run by `bench/queue`.
struct BenchOptions {
    var sqlitePath: String?
    var postgresURL: String?
    var jobs = 1_000_000
    var claims = 100_000
    var rate = 2_000
    var seconds = 10.0

    static func parse(_ arguments: [String]) -> BenchOptions {
        var options = BenchOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            let value = iterator.next() ?? ""
            switch argument {
            case "--sqlite": options.sqlitePath = value
            case "--postgres": options.postgresURL = value
            case "--jobs": options.jobs = Int(value) ?? options.jobs
            case "--claims": options.claims = Int(value) ?? options.claims
            case "--rate": options.rate = Int(value) ?? options.rate
            case "--seconds": options.seconds = Double(value) ?? options.seconds
            default:
                FileHandle.standardError.write(Data("ReclaimBench: unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
        return options
    }
}

var logger = Logger(label: "reclaim.bench")
logger.logLevel = .warning
let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
var urls: [String] = []
if let path = options.sqlitePath { urls.append("sqlite://\(path)") }
if let url = options.postgresURL { urls.append(url) }
if urls.isEmpty {
    FileHandle.standardError.write(Data("usage: ReclaimBench [--sqlite PATH] [--postgres URL] [--jobs N] …\n".utf8))
    exit(2)
}
for url in urls {
    let database = try await ReclaimDatabase.open(url: url, logger: logger)
    do {
        try await Migrator(database: database, logger: logger).migrate()
        try await QueueBench(database: database, options: options).run()
    } catch {
        try? await database.shutdown()
        FileHandle.standardError.write(Data("ReclaimBench: \(DatabaseErrors.describe(error))\n".utf8))
        exit(1)
    }
    try await database.shutdown()
}
