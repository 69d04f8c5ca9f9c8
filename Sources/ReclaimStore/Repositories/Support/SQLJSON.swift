import Foundation

/// JSON text for nested values (line items, addresses, reasons, discount codes) kept in TEXT columns.
///
/// Keys are sorted so equal values always produce equal text; dates inside are epoch milliseconds,
/// like the `*_at` columns.
enum SQLJSON {
    /// Encodes `value` as JSON text.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Encodes `value` as JSON text, or `nil` for `nil` (stored as SQL NULL).
    static func encodeIfPresent(_ value: (some Encodable)?) throws -> String? {
        guard let value else { return nil }
        // Annotated so the non-optional overload is chosen (otherwise this overload calls itself forever).
        let text: String = try Self.encode(value)
        return text
    }

    /// Decodes JSON text written by ``encode(_:)``.
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
