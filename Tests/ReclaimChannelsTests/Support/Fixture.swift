import Foundation

/// Reads a fixture copied from the reference protocols.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: self.directory.appendingPathComponent(path))
    }

    static func url(_ path: String) -> URL {
        self.directory.appendingPathComponent(path)
    }
}
