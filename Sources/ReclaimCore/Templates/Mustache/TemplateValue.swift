/// A value a ``MustacheTemplate`` renders: the tree a template's names are looked up in.
///
/// Falsy values (`false`, `null`, `""`, `0`, `[]`) skip a section and show an inverted one;
/// everything else is truthy. A list section repeats once per element; an object section
/// pushes the object so its members resolve by their short names.
///
/// ```swift
/// let value: TemplateValue = ["brand": "Northwind Coffee", "items": [1, 2], "first_name": .null]
/// ```
public enum TemplateValue: Sendable, Hashable {
    /// Text, rendered as is (HTML-escaped by `{{name}}` in an HTML template).
    case string(String)
    /// A number; whole numbers render without a fraction (`3`, not `3.0`).
    case number(Double)
    /// A flag, mostly for sections.
    case bool(Bool)
    /// A list, repeated by a section.
    case list([TemplateValue])
    /// Named members, reachable by dotted names (`discount.code`).
    case object([String: TemplateValue])
    /// A known name without a value (an optional field that is absent): renders as nothing.
    case null

    /// Whether a section over this value renders (and an inverted section does not).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let flag): flag
        case .string(let text): !text.isEmpty
        case .number(let number): number != 0
        case .list(let items): !items.isEmpty
        case .object: true
        }
    }

    /// The member named `key` when this is an object.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// An optional string as a value: `.null` when `nil`.
    /// - Parameter text: the text, if any.
    public static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.string) ?? .null
    }

    /// An optional whole number as a value: `.null` when `nil`.
    /// - Parameter number: the number, if any.
    public static func optional(_ number: Int?) -> TemplateValue {
        number.map { TemplateValue.number(Double($0)) } ?? .null
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// A string value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// A number value from an integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    /// A number value from a floating-point literal.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// A flag from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// A list from a literal.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// An object from a literal.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
