import Foundation

/// Decoding of platform payloads into the small structs each adapter declares.
enum JSONPayload {
    /// Decodes `T` from `body`, turning `DecodingError` into a ``CommerceError`` naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data) throws(CommerceError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch let error as DecodingError {
            throw self.commerceError(error)
        } catch {
            throw .malformedPayload(String(describing: error))
        }
    }

    /// Maps a decoding error to a field-level error with a dotted path (`line_items[0].price`).
    static func commerceError(_ error: DecodingError) -> CommerceError {
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(self.path(context.codingPath + [key]))
        case .valueNotFound(_, let context):
            return .missingField(self.path(context.codingPath))
        case .typeMismatch(let type, let context):
            return .invalidField(self.path(context.codingPath), reason: "expected \(type)")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return .malformedPayload("body is not valid JSON") }
            return .invalidField(self.path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .malformedPayload(String(describing: error))
        }
    }

    /// `[a, 0, b]` → `a[0].b`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "(body)" : text
    }
}

/// A JSON id that platforms send as a number or a string; always kept as text.
struct FlexibleID: Decodable, Hashable, Sendable {
    /// The id as text (`981820079255243537`, `"09346904-…"`).
    let value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.value = text
        } else if let number = try? container.decode(Int64.self) {
            self.value = String(number)
        } else if let number = try? container.decode(UInt64.self) {
            self.value = String(number)
        } else {
            throw DecodingError.typeMismatch(
                String.self, .init(codingPath: decoder.codingPath, debugDescription: "expected an id"))
        }
    }
}
