import Foundation

/// Decoding of platform payloads into the small structs each adapter declares.
enum JSONPayload {
    /// Decodes `T` from `body`, turning `DecodingError` into a ``CommerceError`` naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data) throws(CommerceError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch let error as DecodingError {
            // Foundation answers a number too large for its type ("quantity": 1e300) with "not valid JSON"
            // and no path: find the number so the error names its field.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let path = self.outOfRangeNumber(in: body)
            {
                throw .outOfRange(path, reason: "number is out of range: its magnitude must stay below 2^63")
            }
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
            // Foundation refuses a number that does not fit the declared type (a quantity of 1e300)
            // with "Number … is not representable/does not fit": the number is out of range.
            let words = context.debugDescription
            if words.contains("not representable") || words.contains("does not fit") || words.contains("fit in") {
                return .outOfRange(self.path(context.codingPath), reason: "number is out of range: \(words.prefix(120))")
            }
            return .invalidField(self.path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .malformedPayload(String(describing: error))
        }
    }

    /// The path (`line_items[0].quantity`) of the first number, by sorted keys, whose magnitude does
    /// not fit in 64 bits (`99999999999999999999`, `1e300`); `nil` when there is none or the body is
    /// not JSON.
    static func outOfRangeNumber(in body: Data) -> String? {
        guard let root = try? JSONNodeParser.parse(Array(body)) else { return nil }
        func search(_ node: JSONNode, _ path: String) -> String? {
            switch node {
            case .number(let text):
                let magnitude = Double(text).map(abs) ?? .infinity
                return magnitude >= 9.223_372_036_854_775_807e18 ? path : nil
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    if let found = search(element, "\(path)[\(index)]") { return found }
                }
                return nil
            case .object(let members):
                for key in members.keys.sorted() {
                    if let found = search(members[key]!, path.isEmpty ? key : "\(path).\(key)") { return found }
                }
                return nil
            default:
                return nil
            }
        }
        return search(root, "")
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

    /// An id already read as text.
    init(_ value: String) { self.value = value }

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
