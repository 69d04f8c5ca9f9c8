import Foundation

/// Sample payloads copied from `shared/reference/protocols/` (and docs examples, see Fixtures/README.md),
/// loaded relative to this file so the tests need nothing outside the repository.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The bytes of `Fixtures/<path>`.
    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: self.directory.appendingPathComponent(path))
    }

    /// A fixture decoded as a JSON object, to derive variants in a test.
    static func object(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: self.data(path)) as? [String: Any] ?? [:]
    }

    /// Serialises a JSON object built in a test.
    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// `2022-01-01T00:00:00Z` and the like, for expected dates.
    static func date(_ text: String) -> Date {
        try! Date.ISO8601FormatStyle().parse(text)
    }
}
