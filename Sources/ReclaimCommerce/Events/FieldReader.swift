import Foundation
import ReclaimCore

/// Reads typed fields out of ``JSONNode`` objects, collecting one error per bad field instead of
/// stopping at the first.
final class FieldReader {
    /// Problems found so far.
    private(set) var errors: [EventValidationError.FieldError] = []

    static let missing = "required field is missing"

    func fail(_ path: String, _ message: String) {
        self.errors.append(EventValidationError.FieldError(path: path, message: message))
    }

    /// The member, treating JSON `null` as absent.
    func member(_ object: [String: JSONNode], _ key: String) -> JSONNode? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    func object(_ object: [String: JSONNode], _ key: String, at path: String, required: Bool) -> [String: JSONNode]? {
        guard let value = self.member(object, key) else {
            if required { self.fail(path, Self.missing) }
            return nil
        }
        guard case .object(let members) = value else {
            self.fail(path, "expected an object, got \(value.kindName)")
            return nil
        }
        return members
    }

    func array(_ object: [String: JSONNode], _ key: String, at path: String, required: Bool) -> [JSONNode]? {
        guard let value = self.member(object, key) else {
            if required { self.fail(path, Self.missing) }
            return nil
        }
        guard case .array(let elements) = value else {
            self.fail(path, "expected an array, got \(value.kindName)")
            return nil
        }
        return elements
    }

    /// A string; a required one must not be blank.
    func string(_ object: [String: JSONNode], _ key: String, at path: String, required: Bool = false) -> String? {
        guard let value = self.member(object, key) else {
            if required { self.fail(path, Self.missing) }
            return nil
        }
        guard case .string(let text) = value else {
            self.fail(path, "expected a string, got \(value.kindName)")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if required { self.fail(path, "must not be empty") }
            return nil
        }
        return trimmed
    }

    /// An identifier: a non-empty string, or an integer (platform ids often are), as text.
    func identifier(_ object: [String: JSONNode], _ key: String, at path: String, required: Bool = false) -> String? {
        if case .number(let text)? = self.member(object, key) {
            guard Self.isInteger(text) else {
                self.fail(path, "expected a string or an integer id, got \(text)")
                return nil
            }
            return text
        }
        return self.string(object, key, at: path, required: required)
    }

    /// An integer written without fraction or exponent, within `range` when one is given.
    func integer(
        _ object: [String: JSONNode], _ key: String, at path: String, required: Bool = false,
        in range: ClosedRange<Int>? = nil
    ) -> Int? {
        guard let value = self.member(object, key) else {
            if required { self.fail(path, Self.missing) }
            return nil
        }
        guard case .number(let text) = value, Self.isInteger(text) else {
            self.fail(path, "expected an integer, got \(Self.show(value))")
            return nil
        }
        guard let number = Int(text), range?.contains(number) ?? true else {
            let bounds = range.map { "\($0.lowerBound)…\($0.upperBound)" } ?? "\(Int.min)…\(Int.max)"
            self.fail(path, "\(Self.clip(text)) is out of range: expected an integer within \(bounds)")
            return nil
        }
        return number
    }

    /// A quantity: an integer from 1 to ``AmountLimits/maxQuantity``.
    func quantity(_ object: [String: JSONNode], _ key: String, at path: String) -> Int? {
        guard let quantity = self.integer(object, key, at: path, required: true, in: Int.min...AmountLimits.maxQuantity)
        else { return nil }
        guard quantity >= 1 else {
            self.fail(path, "must be at least 1, got \(quantity)")
            return nil
        }
        return quantity
    }

    /// Money: a non-negative integer in minor units. Floats and strings are refused with a hint.
    func money(_ object: [String: JSONNode], _ key: String, at path: String, required: Bool = false) -> Int? {
        guard let value = self.member(object, key) else {
            if required { self.fail(path, Self.missing) }
            return nil
        }
        let hint = "money must be an integer in minor units (2499 for 24.99)"
        switch value {
        case .number(let text) where Self.isInteger(text):
            guard let amount = Int(text), amount <= AmountLimits.maxMinorUnits else {
                self.fail(path, "amount \(Self.clip(text)) is out of range: at most \(AmountLimits.maxMinorUnits) minor units")
                return nil
            }
            guard amount >= 0 else {
                self.fail(path, "money must not be negative, got \(Self.clip(text))")
                return nil
            }
            return amount
        case .number(let text):
            self.fail(path, "\(hint), got the decimal number \(Self.clip(text))")
        case .string(let text):
            self.fail(path, "\(hint), got the string \"\(Self.clip(text))\"")
        default:
            self.fail(path, "\(hint), got \(value.kindName)")
        }
        return nil
    }

    func bool(_ object: [String: JSONNode], _ key: String, at path: String) -> Bool? {
        guard let value = self.member(object, key) else { return nil }
        guard case .bool(let flag) = value else {
            self.fail(path, "expected true or false, got \(value.kindName)")
            return nil
        }
        return flag
    }

    /// An ISO 8601 time with an offset or `Z`.
    func date(_ object: [String: JSONNode], _ key: String, at path: String, required: Bool = false) -> Date? {
        guard let text = self.string(object, key, at: path, required: required) else { return nil }
        guard Self.hasOffset(text), let date = CommerceDates.iso8601(text) else {
            self.fail(path, "expected an ISO 8601 time with offset (2025-01-31T14:05:00-05:00), got \"\(text)\"")
            return nil
        }
        return date
    }

    /// An absolute `http` or `https` URL.
    func url(_ object: [String: JSONNode], _ key: String, at path: String) -> String? {
        guard let text = self.string(object, key, at: path) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host != nil
        else {
            self.fail(path, "expected an absolute http(s) URL, got \"\(text)\"")
            return nil
        }
        return text
    }

    /// A three-letter ISO 4217 code, upper-cased.
    func currency(_ object: [String: JSONNode], _ key: String, at path: String) -> String? {
        guard let text = self.string(object, key, at: path, required: true) else { return nil }
        guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            self.fail(path, "expected an ISO 4217 currency code like USD, got \"\(text)\"")
            return nil
        }
        return text.uppercased()
    }

    /// An array of strings.
    func strings(_ object: [String: JSONNode], _ key: String, at path: String) -> [String] {
        guard let elements = self.array(object, key, at: path, required: false) else { return [] }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                self.fail("\(path)[\(index)]", "expected a string, got \(element.kindName)")
                continue
            }
            result.append(text)
        }
        return result
    }

    static func isInteger(_ text: String) -> Bool {
        !text.isEmpty && text.drop(while: { $0 == "-" }).allSatisfy(\.isASCIIDigit)
    }

    static func hasOffset(_ text: String) -> Bool {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return true }
        let tail = text.suffix(6)
        return tail.count == 6 && (tail.first == "+" || tail.first == "-") && tail.dropFirst(3).first == ":"
    }

    /// A number or string as quoted in an error: at most 40 characters (a body may hold a huge one).
    static func clip(_ text: String) -> String { text.count <= 40 ? text : text.prefix(40) + "…" }

    static func show(_ value: JSONNode) -> String {
        switch value {
        case .number(let text): Self.clip(text)
        case .string(let text): "the string \"\(Self.clip(text))\""
        default: value.kindName
        }
    }
}
