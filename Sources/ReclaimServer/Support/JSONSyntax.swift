/// Checks that bytes are one well-formed JSON object (RFC 8259) without building any value.
///
/// Webhook routes answer a validly signed but unparsable body with 400 before storing it; decoding
/// happens later in the job (PERFORMANCE-NOTES: decoding is most of a handler's cost). A scan
/// allocates nothing and is several times faster than `JSONSerialization`.
///
/// ```swift
/// if let problem = JSONSyntax.problem(inObject: body) { throw APIError.malformed(problem) }
/// ```
enum JSONSyntax {
    /// Deepest nesting accepted.
    static let maxDepth = 256

    /// `nil` when `bytes` hold one JSON object (surrounding whitespace allowed), else what is wrong and where.
    static func problem(inObject bytes: some Collection<UInt8>) -> String? {
        var scanner = Scanner(bytes: Array(bytes))
        scanner.skipWhitespace()
        guard scanner.peek == UInt8(ascii: "{") else { return "body must be a JSON object" }
        do throws(Failure) {
            try scanner.value(depth: 0)
            scanner.skipWhitespace()
            guard scanner.index == scanner.bytes.count else {
                throw Failure(index: scanner.index, what: "unexpected data after the object")
            }
            return nil
        } catch {
            return "body is not valid JSON: \(error.what) at byte \(error.index)"
        }
    }

    struct Failure: Error {
        var index: Int
        var what: String
    }

    struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var peek: UInt8? { self.index < self.bytes.count ? self.bytes[self.index] : nil }

        mutating func skipWhitespace() {
            while let byte = self.peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { self.index += 1 }
        }

        func fail(_ what: String) -> Failure { Failure(index: self.index, what: what) }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
            guard self.peek == byte else { throw self.fail(self.peek == nil ? "unexpected end of body" : what) }
            self.index += 1
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < JSONSyntax.maxDepth else { throw self.fail("nesting deeper than \(JSONSyntax.maxDepth)") }
            self.skipWhitespace()
            switch self.peek {
            case UInt8(ascii: "{"): try self.container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
            case UInt8(ascii: "["): try self.container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
            case UInt8(ascii: "\""): try self.string()
            case UInt8(ascii: "t"): try self.literal("true")
            case UInt8(ascii: "f"): try self.literal("false")
            case UInt8(ascii: "n"): try self.literal("null")
            case nil: throw self.fail("unexpected end of body")
            default: try self.number()
            }
        }

        mutating func container(close: UInt8, keyed: Bool, depth: Int) throws(Failure) {
            self.index += 1
            self.skipWhitespace()
            if self.peek == close {
                self.index += 1
                return
            }
            while true {
                if keyed {
                    self.skipWhitespace()
                    guard self.peek == UInt8(ascii: "\"") else {
                        throw self.fail(self.peek == nil ? "unexpected end of body" : "expected a member name")
                    }
                    try self.string()
                    self.skipWhitespace()
                    try self.expect(UInt8(ascii: ":"), "expected ':'")
                }
                try self.value(depth: depth + 1)
                self.skipWhitespace()
                if self.peek == UInt8(ascii: ",") {
                    self.index += 1
                    continue
                }
                try self.expect(close, keyed ? "expected ',' or '}'" : "expected ',' or ']'")
                return
            }
        }

        mutating func string() throws(Failure) {
            self.index += 1
            while let byte = self.peek {
                self.index += 1
                switch byte {
                case UInt8(ascii: "\""): return
                case UInt8(ascii: "\\"):
                    guard let escaped = self.peek else { throw self.fail("unexpected end of body") }
                    self.index += 1
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            guard let hex = self.peek, Self.isHex(hex) else { throw self.fail("bad \\u escape") }
                            self.index += 1
                        }
                    } else if !"\"\\/bfnrt".utf8.contains(escaped) {
                        throw Failure(index: self.index - 1, what: "bad escape")
                    }
                case ..<0x20: throw Failure(index: self.index - 1, what: "control character in a string")
                default: continue
                }
            }
            throw self.fail("unterminated string")
        }

        mutating func literal(_ word: String) throws(Failure) {
            for byte in word.utf8 { try self.expect(byte, "expected \(word)") }
        }

        mutating func number() throws(Failure) {
            if self.peek == UInt8(ascii: "-") { self.index += 1 }
            guard let first = self.peek, Self.isDigit(first) else { throw self.fail("unexpected character") }
            self.index += 1
            if first != UInt8(ascii: "0") { self.digits() }
            if self.peek == UInt8(ascii: ".") {
                self.index += 1
                guard self.digits() > 0 else { throw self.fail("expected a digit") }
            }
            if self.peek == UInt8(ascii: "e") || self.peek == UInt8(ascii: "E") {
                self.index += 1
                if self.peek == UInt8(ascii: "+") || self.peek == UInt8(ascii: "-") { self.index += 1 }
                guard self.digits() > 0 else { throw self.fail("expected a digit") }
            }
        }

        @discardableResult
        mutating func digits() -> Int {
            let start = self.index
            while let byte = self.peek, Self.isDigit(byte) { self.index += 1 }
            return self.index - start
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        static func isHex(_ byte: UInt8) -> Bool {
            Self.isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
        }
    }
}
