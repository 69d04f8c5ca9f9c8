import Foundation
import SQLKit

/// Typed column readers shared by every `Row` mapping, so SQLite and PostgreSQL decode alike.
extension SQLRow {
    /// A non-null TEXT column.
    func text(_ column: String) throws -> String {
        try self.decode(column: column, as: String.self)
    }

    /// A nullable TEXT column.
    func optionalText(_ column: String) throws -> String? {
        try self.decode(column: column, as: String?.self)
    }

    /// A non-null BIGINT column.
    func integer(_ column: String) throws -> Int {
        try self.decode(column: column, as: Int.self)
    }

    /// A nullable BIGINT column.
    func optionalInteger(_ column: String) throws -> Int? {
        try self.decode(column: column, as: Int?.self)
    }

    /// A BIGINT 0/1 column read as a flag (booleans are stored as integers on both dialects).
    func flag(_ column: String) throws -> Bool {
        try self.integer(column) != 0
    }

    /// A non-null BIGINT epoch-milliseconds column.
    func date(_ column: String) throws -> Date {
        SQLTime.date(try self.integer(column))
    }

    /// A nullable BIGINT epoch-milliseconds column.
    func optionalDate(_ column: String) throws -> Date? {
        try self.optionalInteger(column).map(SQLTime.date)
    }

    /// A TEXT column holding a string-backed enum's raw value.
    /// - Throws: ``RepositoryError/corruptValue(column:value:)`` for an unknown raw value.
    func enumeration<E: RawRepresentable>(_ column: String, as type: E.Type = E.self) throws -> E
    where E.RawValue == String {
        let raw = try self.text(column)
        guard let value = E(rawValue: raw) else { throw RepositoryError.corruptValue(column: column, value: raw) }
        return value
    }

    /// A nullable TEXT column holding JSON written by ``SQLJSON``.
    func optionalJSON<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        guard let text = try self.optionalText(column) else { return nil }
        return try SQLJSON.decode(type, from: text)
    }

    /// A non-null TEXT column holding JSON written by ``SQLJSON``.
    func json<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try SQLJSON.decode(type, from: try self.text(column))
    }
}
