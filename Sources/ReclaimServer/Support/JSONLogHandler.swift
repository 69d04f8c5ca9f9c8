import Foundation
import Logging

/// A swift-log handler writing one JSON object per line to standard output:
/// `{"ts":"…","level":"info","label":"reclaim","msg":"…", …metadata}`.
///
/// Standard error is kept for the one-line fatal message of the command line, so scripts can
/// tell a failure from a log.
public struct JSONLogHandler: LogHandler {
    /// Handler-level metadata merged into every record.
    public var metadata: Logger.Metadata = [:]
    /// Minimum level written.
    public var logLevel: Logger.Level
    let label: String

    /// Creates a handler for `label` at `level`.
    public init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var record: [String: Any] = [
            "ts": Self.timestamp(),
            "level": event.level.rawValue,
            "label": self.label,
            "msg": event.message.description,
        ]
        let merged = self.metadata.merging(event.metadata ?? [:]) { _, new in new }
        for (key, value) in merged where record[key] == nil {
            record[key] = Self.plain(value)
        }
        guard var data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }

    private static func plain(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(Self.plain)
        case .dictionary(let members): members.mapValues(Self.plain)
        }
    }

    private static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
