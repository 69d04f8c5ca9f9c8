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
    /// a comma, quote or line break are quoted, quotes doubled. Erased values are empty. A value a
    /// spreadsheet would run as a formula is neutralised (see ``neutralised(_:)``).
    public static func csv(_ records: [ConsentRecord]) -> String {
        var lines = [self.columns.joined(separator: ",")]
        for record in records {
            lines.append(self.fields(record).map { self.quoted(self.neutralised($0 ?? "")) }.joined(separator: ","))
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

    /// Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// The value with a single quote in front when it starts with a formula trigger (`=`, `+`, `-`,
    /// `@`, tab, carriage return), so that a disclosure, user agent or page URL sent by a shopper or a
    /// platform cannot run in the spreadsheet of whoever opens the export. A plain signed number
    /// (an E.164 phone such as `+13125550120`) cannot hold a formula and is kept as it is.
    static func neutralised(_ field: String) -> String {
        guard let first = field.first, self.formulaTriggers.contains(first) else { return field }
        let rest = field.dropFirst()
        let isPlainNumber = (first == "+" || first == "-") && !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
        return isPlainNumber ? field : "'" + field
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
