/// A JSON value that keeps numbers as their source text, so the events API can tell `2499` from
/// `24.99` and `"2499"` (Foundation's decoders accept `5.0` as an integer).
enum JSONNode: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written (`2499`, `24.99`, `1e3`).
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    /// A short name of the kind of value, for error messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number(let text): text.allSatisfy({ $0.isASCIIDigit || $0 == "-" }) ? "an integer" : "a decimal number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Where and why a body is not JSON.
struct JSONSyntaxError: Error, Sendable {
    /// Byte offset of the problem.
    var offset: Int
    /// What was expected.
    var message: String
}

/// A small strict JSON parser (RFC 8259) producing ``JSONNode``.
struct JSONNodeParser {
    private let bytes: [UInt8]
    private(set) var index = 0
    private var depth = 0
    private static let maxDepth = 64

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one document; trailing non-whitespace is an error.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONNodeParser(bytes)
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.error("unexpected data after the JSON value") }
        return value
    }

    private func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: self.index, message: message) }

    private mutating func skipWhitespace() {
        while self.index < self.bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(self.bytes[self.index]) {
            self.index += 1
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONNode {
        self.skipWhitespace()
        guard self.index < self.bytes.count else { throw self.error("unexpected end of input") }
        switch self.bytes[self.index] {
        case UInt8(ascii: "{"): return try self.object()
        case UInt8(ascii: "["): return try self.array()
        case UInt8(ascii: "\""): return .string(try self.string())
        case UInt8(ascii: "t"): return try self.literal("true", .bool(true))
        case UInt8(ascii: "f"): return try self.literal("false", .bool(false))
        case UInt8(ascii: "n"): return try self.literal("null", .null)
        default: return .number(try self.number())
        }
    }

    private mutating func literal(_ word: String, _ node: JSONNode) throws(JSONSyntaxError) -> JSONNode {
        let utf8 = Array(word.utf8)
        guard self.index + utf8.count <= self.bytes.count,
            Array(self.bytes[self.index..<self.index + utf8.count]) == utf8
        else { throw self.error("invalid literal") }
        self.index += utf8.count
        return node
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONNode {
        try self.enter()
        defer { self.depth -= 1 }
        self.index += 1
        var members: [String: JSONNode] = [:]
        self.skipWhitespace()
        if self.peek() == UInt8(ascii: "}") {
            self.index += 1
            return .object(members)
        }
        while true {
            self.skipWhitespace()
            guard self.peek() == UInt8(ascii: "\"") else { throw self.error("expected a member name") }
            let key = try self.string()
            self.skipWhitespace()
            guard self.peek() == UInt8(ascii: ":") else { throw self.error("expected ':'") }
            self.index += 1
            members[key] = try self.value()
            self.skipWhitespace()
            switch self.peek() {
            case UInt8(ascii: ","): self.index += 1
            case UInt8(ascii: "}"):
                self.index += 1
                return .object(members)
            default: throw self.error("expected ',' or '}'")
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONNode {
        try self.enter()
        defer { self.depth -= 1 }
        self.index += 1
        var elements: [JSONNode] = []
        self.skipWhitespace()
        if self.peek() == UInt8(ascii: "]") {
            self.index += 1
            return .array(elements)
        }
        while true {
            elements.append(try self.value())
            self.skipWhitespace()
            switch self.peek() {
            case UInt8(ascii: ","): self.index += 1
            case UInt8(ascii: "]"):
                self.index += 1
                return .array(elements)
            default: throw self.error("expected ',' or ']'")
            }
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        self.depth += 1
        guard self.depth <= Self.maxDepth else { throw self.error("nested too deeply") }
    }

    private func peek() -> UInt8? { self.index < self.bytes.count ? self.bytes[self.index] : nil }

    // Helpers for the scalar readers in JSONNodeParser+Scalars.swift.
    func peekByte() -> UInt8? { self.peek() }
    mutating func advance() { self.index += 1 }
    func slice(from start: Int) -> ArraySlice<UInt8> { self.bytes[start..<self.index] }
    func syntaxError(_ message: String) -> JSONSyntaxError { self.error(message) }
}
