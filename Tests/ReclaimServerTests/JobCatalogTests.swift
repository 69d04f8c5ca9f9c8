import Foundation
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// ``JobCatalog`` lists exactly the job kinds the code enqueues. The enqueued kinds are read from the
/// sources (every `enqueue(kind:)` and `NewJob(kind:)`, each constant followed to its string), the listed
/// ones from the catalog itself, so a new kind enqueued without a catalog entry fails here.
@Suite struct JobCatalogTests {
    @Test func everyEnqueuedKindIsInTheCatalogAndNothingElse() async throws {
        let enqueued = try EnqueuedKinds.read()
        #expect(enqueued.count >= 9, "the source scan found too few kinds: \(enqueued.sorted())")
        try await withTestDatabase(.sqlite) { database in
            let dependencies = AppDependencies(
                configuration: .defaults, database: database, clock: TestClock(), logger: testLogger("job-catalog"))
            let catalog = JobCatalog(dependencies)
            #expect(Set(catalog.kinds).count == catalog.kinds.count, "a kind is listed twice: \(catalog.kinds)")
            #expect(enqueued.subtracting(catalog.kinds).isEmpty, "enqueued but not in the catalog")
            #expect(Set(catalog.kinds).subtracting(enqueued).isEmpty, "in the catalog but never enqueued")
            let registry = buildJobRegistry(dependencies)
            #expect(registry.kinds == catalog.kinds.sorted())
        }
    }

    @Test func batchKindsAreTheStepAndDispatchKinds() async throws {
        try await withTestDatabase(.sqlite) { database in
            let dependencies = AppDependencies(
                configuration: .defaults, database: database, clock: TestClock(), logger: testLogger("job-catalog"))
            let registry = buildJobRegistry(dependencies)
            let batched = JobCatalog(dependencies).kinds.filter { registry.batchHandler(for: $0) != nil }
            #expect(Set(batched) == [JourneyJobs.stepKind, MessageDispatcher.jobKind])
        }
    }
}

/// The job kinds `Sources/ReclaimServer` enqueues, read from its source text.
enum EnqueuedKinds {
    struct Unresolved: Error, CustomStringConvertible {
        var description: String
    }

    static func read() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ReclaimServer")
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files[url.lastPathComponent] = try String(contentsOf: url, encoding: .utf8)
        }
        let call = try Regex(#"(?:enqueue|NewJob)\(\s*kind:\s*([A-Za-z_][A-Za-z0-9_.]*)"#)
        var kinds = Set<String>()
        for (name, text) in files {
            for match in text.matches(of: call) {
                guard let expression = match.output[1].substring.map(String.init) else { continue }
                kinds.insert(try Self.resolve(expression, in: Self.typeName(of: name), files: files))
            }
        }
        return kinds
    }

    /// `AbandonmentService+Check.swift` → `AbandonmentService`.
    static func typeName(of file: String) -> String {
        String(file.prefix { $0 != "+" && $0 != "." })
    }

    /// The string a constant (`Self.kind`, `Type.kind`) stands for, following constants defined as
    /// other constants.
    static func resolve(_ expression: String, in type: String, files: [String: String]) throws -> String {
        let parts = expression.split(separator: ".").map(String.init)
        guard parts.count == 2 else { throw Unresolved(description: "kind \(expression) in \(type) is not Type.constant") }
        let owner = parts[0] == "Self" ? type : parts[0]
        let definition = try Regex(#"static let "# + parts[1] + #"\s*=\s*(\S+)"#)
        for (name, text) in files where Self.typeName(of: name) == owner {
            guard let match = text.firstMatch(of: definition), let value = match.output[1].substring else { continue }
            if value.hasPrefix("\"") { return String(value.dropFirst().dropLast()) }
            return try Self.resolve(String(value), in: owner, files: files)
        }
        throw Unresolved(description: "no definition of \(expression) (in \(type))")
    }
}
