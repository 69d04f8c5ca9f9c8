import Foundation
import ReclaimCore
import ReclaimStore

/// The consent log as a file: RFC 4180 CSV for `GET …/consents/export.csv` and
/// `reclaim consent export`, or JSON with the same fields.
///
/// ```swift
/// let records = try await ConsentExport.records(repositories, storeID: "northwind")
/// print(ConsentExport.csv(records), terminator: "")
/// ```
public enum ConsentExport {
    /// The CSV header, in column order.
    public static let columns = [
        "recorded_at", "occurred_at", "channel", "address", "kind", "source", "ip", "user_agent", "page_url",
        "disclosure_text", "disclosure_hash", "double_opt_in_confirmed_at",
    ]

    /// Every record of the store, oldest first (read in pages).
    /// - Parameters:
    ///   - repositories: Where the log lives.
    ///   - storeID: The store.
    public static func records(_ repositories: ReclaimRepositories, storeID: StoreID) async throws -> [ConsentRecord] {
        var all: [ConsentRecord] = []
        let page = 1000
        while true {
            let batch = try await repositories.consent.export(storeID: storeID, limit: page, offset: all.count)
            all += batch
            if batch.count < page { return all }
        }
    }

    /// The records as CSV: the header line, then one line per record, CRLF-terminated; fields with
    /// a comma, quote or line break are quoted, quotes doubled. Erased values are empty.
    public static func csv(_ records: [ConsentRecord]) -> String {
        var lines = [self.columns.joined(separator: ",")]
        for record in records {
            lines.append(self.fields(record).map { self.quoted($0 ?? "") }.joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// The records as a JSON array of objects keyed like the CSV header (missing values `null`).
    public static func json(_ records: [ConsentRecord]) throws -> String {
        let objects: [[String: Any]] = records.map { record in
            var object: [String: Any] = [:]
            for (column, value) in zip(self.columns, self.fields(record)) { object[column] = value ?? NSNull() }
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One record's values in ``columns`` order.
    static func fields(_ record: ConsentRecord) -> [String?] {
        [
            self.time(record.recordedAt), self.time(record.occurredAt), record.channel.rawValue,
            record.address.isEmpty ? nil : record.address, record.kind.rawValue, record.source.rawValue, record.ip,
            record.userAgent, record.pageURL, record.disclosureText, record.disclosureHash,
            record.doubleOptInConfirmedAt.map(self.time),
        ]
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
