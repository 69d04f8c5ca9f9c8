extension JSONNodeParser {
    /// Reads `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` and returns its text.
    mutating func number() throws(JSONSyntaxError) -> String {
        let start = self.index
        func digits(_ parser: inout JSONNodeParser) -> Int {
            var count = 0
            while let byte = parser.peekByte(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                parser.advance()
                count += 1
            }
            return count
        }
        if self.peekByte() == UInt8(ascii: "-") { self.advance() }
        let leadingZero = self.peekByte() == UInt8(ascii: "0")
        let whole = digits(&self)
        guard whole > 0, !(leadingZero && whole > 1) else { throw self.syntaxError("invalid number") }
        if self.peekByte() == UInt8(ascii: ".") {
            self.advance()
            guard digits(&self) > 0 else { throw self.syntaxError("invalid number") }
        }
        if let byte = self.peekByte(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            self.advance()
            if let sign = self.peekByte(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { self.advance() }
            guard digits(&self) > 0 else { throw self.syntaxError("invalid number") }
        }
        return String(decoding: self.slice(from: start), as: UTF8.self)
    }

    /// Reads a string literal, resolving escapes (including UTF-16 surrogate pairs).
    mutating func string() throws(JSONSyntaxError) -> String {
        self.advance()  // opening quote
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        while true {
            guard let byte = self.peekByte() else { throw self.syntaxError("unterminated string") }
            self.advance()
            switch byte {
            case UInt8(ascii: "\""):
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll(keepingCapacity: true)
                scalars.append(try self.escape())
            case 0..<0x20:
                throw self.syntaxError("control character in string")
            default:
                run.append(byte)
            }
        }
    }

    private mutating func escape() throws(JSONSyntaxError) -> Unicode.Scalar {
        guard let byte = self.peekByte() else { throw self.syntaxError("unterminated escape") }
        self.advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try self.hex4()
            if (0xD800..<0xDC00).contains(high) {
                guard self.peekByte() == UInt8(ascii: "\\") else { throw self.syntaxError("lone surrogate") }
                self.advance()
                guard self.peekByte() == UInt8(ascii: "u") else { throw self.syntaxError("lone surrogate") }
                self.advance()
                let low = try self.hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw self.syntaxError("lone surrogate") }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                guard let scalar = Unicode.Scalar(value) else { throw self.syntaxError("invalid escape") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw self.syntaxError("lone surrogate") }
            return scalar
        default:
            throw self.syntaxError("invalid escape")
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = self.peekByte(), let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw self.syntaxError("invalid \\u escape")
            }
            self.advance()
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
